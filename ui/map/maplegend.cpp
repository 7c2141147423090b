#include "ui/map/maplegend.h"

#include "ui/map/mappalette.h"

#include <QEvent>
#include <QPainter>

namespace {

constexpr int kPadding = 8;
constexpr int kSymbolWidth = 22;
constexpr int kColumnGap = 14;
constexpr int kMargin = 10; // from the map's edges

} // namespace

MapLegend::MapLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // the map under it stays usable
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
    setAccessibleName(tr("Map legend"));
    if (parent)
        parent->installEventFilter(this);
}

void MapLegend::setSection(const LegendSection &section)
{
    auto it = std::find_if(m_sections.begin(), m_sections.end(),
        [&](const LegendSection &s) { return s.key == section.key; });
    if (it != m_sections.end())
        *it = section;
    else
        m_sections.append(section);
    QStringList lines;
    for (const auto &s : std::as_const(m_sections))
        for (const auto &e : s.entries)
            lines << QStringLiteral("%1: %2").arg(s.title, e.text);
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    reposition();
    update();
}

void MapLegend::setWanted(bool wanted)
{
    m_wanted = wanted;
    updateVisibility();
}

MapLegend::Layout MapLegend::layout() const
{
    const QFontMetrics fm(font());
    const int line = std::max(fm.height(), 2 * 6 + 1) + 2;
    // Two columns when there are three sections or more: half the height on a short map.
    const int columns = m_sections.size() >= 3 ? 2 : 1;
    const int perColumn = int((m_sections.size() + columns - 1) / columns);
    Layout out;
    int x = kPadding;
    int maxBottom = 0;
    for (int c = 0; c < columns; ++c) {
        int y = kPadding;
        int columnWidth = 0;
        for (int i = c * perColumn; i < std::min<int>(int(m_sections.size()), (c + 1) * perColumn);
             ++i) {
            const LegendSection &s = m_sections.at(i);
            QFont bold = font();
            bold.setBold(true);
            const int titleWidth = QFontMetrics(bold).horizontalAdvance(s.title);
            out.titles.append(QRect(x, y, titleWidth, line));
            columnWidth = std::max(columnWidth, titleWidth);
            y += line;
            QList<QRect> symbols;
            QList<QRect> texts;
            for (const LegendEntry &e : s.entries) {
                symbols.append(QRect(x, y, kSymbolWidth, line));
                const int w = fm.horizontalAdvance(e.text);
                texts.append(QRect(x + kSymbolWidth + 4, y, w, line));
                columnWidth = std::max(columnWidth, kSymbolWidth + 4 + w);
                y += line;
            }
            out.symbols.append(symbols);
            out.texts.append(texts);
            y += 4;
        }
        maxBottom = std::max(maxBottom, y);
        x += columnWidth + kColumnGap;
    }
    out.size = QSize(x - kColumnGap + kPadding, maxBottom - 4 + kPadding);
    return out;
}

QSize MapLegend::sizeHint() const
{
    return m_sections.isEmpty() ? QSize() : layout().size;
}

QRect MapLegend::symbolRect(const QString &key, int index) const
{
    const Layout l = layout();
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections.at(i).key == key && index >= 0 && index < l.symbols.at(i).size())
            return l.symbols.at(i).at(index);
    return {};
}

void MapLegend::reposition()
{
    resize(sizeHint());
    if (QWidget *p = parentWidget())
        move(kMargin, p->height() - height() - kMargin);
    updateVisibility();
}

void MapLegend::updateVisibility()
{
    const QWidget *p = parentWidget();
    // The key must never hide most of the map: it needs room above and beside it.
    const bool room
        = p && p->height() >= height() * 2 + kMargin && p->width() >= width() * 2 + kMargin;
    setVisible(m_wanted && room && !m_sections.isEmpty());
}

bool MapLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        reposition();
    return QWidget::eventFilter(watched, event);
}

void MapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(MapPalette::badgeBorder());
    painter.setBrush(MapPalette::badgeBackground());
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const Layout l = layout();
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_sections.size(); ++i) {
        const LegendSection &s = m_sections.at(i);
        painter.setFont(bold);
        painter.setPen(MapPalette::labelText());
        painter.drawText(l.titles.at(i), Qt::AlignLeft | Qt::AlignVCenter, s.title);
        painter.setFont(font());
        for (int j = 0; j < s.entries.size(); ++j) {
            const LegendEntry &e = s.entries.at(j);
            const QRect symbol = l.symbols.at(i).at(j);
            if (e.symbol == LegendEntry::Symbol::Marker) {
                const QPixmap &sprite = m_sprites.sprite(e.shape, e.color, devicePixelRatioF());
                const QSizeF logical = sprite.deviceIndependentSize();
                painter.drawPixmap(QPointF(symbol.center().x() - logical.width() / 2 + 0.5,
                                       symbol.center().y() - logical.height() / 2 + 0.5),
                    sprite);
            } else {
                painter.setPen(QPen(e.color, 2.5,
                    e.symbol == LegendEntry::Symbol::DashedLine ? Qt::DashLine : Qt::SolidLine,
                    Qt::RoundCap));
                painter.drawLine(symbol.left() + 2, symbol.center().y(), symbol.right() - 2,
                    symbol.center().y());
            }
            painter.setPen(MapPalette::badgeText());
            painter.drawText(l.texts.at(i).at(j), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        }
    }
}
