#pragma once

#include <QLabel>
#include <QResizeEvent>

#include <algorithm>

/**
 * A word-wrapping label that asks for the height its text needs at its current width. Nested
 * layouts (a form inside a dock's box layout) do not pass QLabel's height-for-width on, so a
 * plain wrapping label squeezed by a short dock clipped its second line ("… 0 langsam · 3 nicht
 * bedient" in the German routing explorer at 1280×720).
 */
class WrapLabel : public QLabel
{
public:
    explicit WrapLabel(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setWordWrap(true);
    }

    QSize minimumSizeHint() const override
    {
        QSize size = QLabel::minimumSizeHint();
        if (width() > 0)
            size.setHeight(std::max(size.height(), heightForWidth(width())));
        return size;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (event->oldSize().width() != event->size().width())
            updateGeometry(); // the needed height changed with the width
    }
};
