#pragma once

#include <QDialog>
#include <QLocale>
#include <QUrl>

class QTextBrowser;

/**
 * The user guide (Help → User Guide, F1): bundled HTML in the console's language (English when
 * there is none for it), opened at the topic of the panel in use. Non-modal, so the guide can
 * stay open beside the window it explains.
 */
class HelpBrowser : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpBrowser)

public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    /** The guide for @p locale: qrc:/help/guide.<language>.html, or the English one. */
    static QUrl guideUrl(const QLocale &locale = QLocale());
    /** Shows the guide at @p topic (an anchor: "map", "pods", "compliance", …; empty: top). */
    void showTopic(const QString &topic);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
