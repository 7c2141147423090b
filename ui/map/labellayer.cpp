#include "ui/map/labellayer.h"

#include "ui/map/mappalette.h"
#include "ui/map/markerlayer.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr double kLabelBoundingMargin = 2000; // labels extend past their anchor in pixels
constexpr double kHaloWidth = 3.5;
constexpr double kGap = 3; // between the markers around the anchor and the label
constexpr double kBadgeGap = 1;
constexpr double kEdgeMargin = 2; // between a label slid into view and the view's edge
constexpr double kFarStep = 24; // how much further out each outer ring of spots lies

} // namespace

LabelLayer::LabelLayer(
    const MapProjection &projection, const MarkerLayer *markers, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_projection(projection)
    , m_markers(markers)
    , m_world(projection.worldRect())
    , m_font(QGuiApplication::font())
    , m_badgeFont(QGuiApplication::font())
{
    // Pixel sizes, not points: the map's text must not change with the screen's DPI
    // setting relative to the symbols, which are sized in pixels too.
    m_font.setPixelSize(12);
    m_font.setWeight(QFont::DemiBold);
    m_font.setLetterSpacing(QFont::PercentageSpacing, 103);
    m_badgeFont.setPixelSize(10);
}

void LabelLayer::setLabels(const QList<MapLabel> &labels)
{
    m_labels.clear();
    m_labels.reserve(labels.size());
    for (const MapLabel &label : labels) {
        m_labels.append({label, m_projection.toScene(label.latitude, label.longitude),
            m_badges.value(label.id), m_alerts.contains(label.id), {}, 0});
    }
    update();
}

void LabelLayer::setBadges(
    const QHash<QString, QString> &textByLabelId, const QSet<QString> &alertIds)
{
    m_badges = textByLabelId;
    m_alerts = alertIds;
    for (Label &label : m_labels) {
        const QString badge = m_badges.value(label.label.id);
        const bool alert = m_alerts.contains(label.label.id);
        if (badge != label.badge || alert != label.alert) {
            label.badge = badge;
            label.alert = alert;
            label.sprite = {};
        }
    }
    update();
}

void LabelLayer::markersChangedAt(const QList<QPointF> &scenePositions)
{
    // A marker symbol (or a fan around it) reaches this far from its position.
    constexpr double kMarkerReach = 48;
    for (const QPointF &position : scenePositions) {
        const QPointF device = m_lastTransform.map(position);
        const QRectF reach(device - QPointF(kMarkerReach, kMarkerReach),
            QSizeF(2 * kMarkerReach, 2 * kMarkerReach));
        for (const QRectF &area : std::as_const(m_candidateAreas)) {
            if (area.intersects(reach)) {
                update();
                return;
            }
        }
    }
}

void LabelLayer::setKeepOut(const QRectF &deviceRect)
{
    if (deviceRect == m_keepOut)
        return;
    m_keepOut = deviceRect;
    update();
}

QRectF LabelLayer::boundingRect() const
{
    return m_world.adjusted(
        -kLabelBoundingMargin, -kLabelBoundingMargin, kLabelBoundingMargin, kLabelBoundingMargin);
}

void LabelLayer::renderSprite(Label *label, qreal devicePixelRatio) const
{
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF badgeMetrics(m_badgeFont);
    const double pad = kHaloWidth / 2 + 1;
    const double textWidth = metrics.horizontalAdvance(label->label.text);
    const double textHeight = metrics.height();
    const bool hasBadge = !label->badge.isEmpty();
    const double badgeWidth = hasBadge ? badgeMetrics.horizontalAdvance(label->badge) + 10 : 0;
    const double badgeHeight = hasBadge ? badgeMetrics.height() + 2 : 0;
    const double width = std::ceil(std::max(textWidth, badgeWidth) + 2 * pad);
    const double height
        = std::ceil(textHeight + 2 * pad + (hasBadge ? badgeHeight + kBadgeGap : 0));

    QImage image(
        QSize(int(std::ceil(width * devicePixelRatio)), int(std::ceil(height * devicePixelRatio))),
        QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    // Halo: the glyph outlines stroked wide in the background colour, then crisp text on top.
    const QPointF baseline((width - textWidth) / 2, pad + metrics.ascent());
    QPainterPath outline;
    outline.addText(baseline, m_font, label->label.text);
    QPen halo(MapPalette::labelHalo(), kHaloWidth);
    halo.setJoinStyle(Qt::RoundJoin);
    painter.strokePath(outline, halo);
    painter.setFont(m_font);
    painter.setPen(MapPalette::labelText());
    painter.drawText(baseline, label->label.text);

    if (hasBadge) {
        const QRectF pill(
            (width - badgeWidth) / 2, pad + textHeight + kBadgeGap, badgeWidth, badgeHeight);
        const bool alert = label->alert;
        painter.setPen(QPen(alert ? MapPalette::badgeAlertBorder() : MapPalette::badgeBorder(), 1));
        painter.setBrush(
            alert ? MapPalette::badgeAlertBackground() : MapPalette::badgeBackground());
        painter.drawRoundedRect(
            pill.adjusted(0.5, 0.5, -0.5, -0.5), badgeHeight / 2, badgeHeight / 2);
        painter.setFont(m_badgeFont);
        painter.setPen(alert ? MapPalette::badgeAlertText() : MapPalette::badgeText());
        painter.drawText(pill, Qt::AlignCenter, label->badge);
    }
    painter.end();
    label->sprite = QPixmap::fromImage(image);
    label->spriteRatio = devicePixelRatio;
}

void LabelLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_labels.isEmpty())
        return;
    const QTransform deviceTransform = painter->worldTransform();
    const QRectF deviceExposed = deviceTransform.mapRect(option->exposedRect);
    const qreal devicePixelRatio = painter->device() ? painter->device()->devicePixelRatioF() : 1;
    const QRectF viewRect = painter->device()
        ? QRectF(0, 0, painter->device()->width(), painter->device()->height())
        : QRectF();

    painter->save();
    painter->setWorldTransform(QTransform());
    // Placement runs over every label on every paint — there are few — so a partial repaint
    // places them exactly as the full one did.
    QList<QRectF> placed;
    if (!m_keepOut.isNull())
        placed.append(m_keepOut);
    m_candidateAreas.clear();
    m_placed.clear();
    m_lastTransform = deviceTransform;
    for (Label &label : m_labels) {
        if (label.label.text.isEmpty())
            continue;
        if (label.sprite.isNull() || label.spriteRatio != devicePixelRatio)
            renderSprite(&label, devicePixelRatio);
        const QSizeF size = label.sprite.deviceIndependentSize();
        const QPointF anchor = deviceTransform.map(label.scenePos);
        const double clear = std::max(4.0, m_markers ? m_markers->clearanceAt(label.scenePos) : 0);
        // Preferred spots first: centred below, above, then beside, then the corners; where
        // all of those would cover a marker (a dense cluster at 1280×720), the four sides again
        // one and two steps further out.
        const double w = size.width(), h = size.height(), off = clear + kGap;
        const double diagonal = off * 0.7;
        std::array<QRectF, 16> candidates{{
            QRectF(QPointF(anchor.x() - w / 2, anchor.y() + off), size),
            QRectF(QPointF(anchor.x() - w / 2, anchor.y() - off - h), size),
            QRectF(QPointF(anchor.x() + off, anchor.y() - h / 2), size),
            QRectF(QPointF(anchor.x() - off - w, anchor.y() - h / 2), size),
            QRectF(QPointF(anchor.x() + diagonal, anchor.y() + diagonal), size),
            QRectF(QPointF(anchor.x() - diagonal - w, anchor.y() + diagonal), size),
            QRectF(QPointF(anchor.x() + diagonal, anchor.y() - diagonal - h), size),
            QRectF(QPointF(anchor.x() - diagonal - w, anchor.y() - diagonal - h), size),
        }};
        for (int ring = 1; ring <= 2; ++ring) {
            const double far = off + ring * kFarStep;
            const int at = 4 + 4 * ring;
            candidates[at] = QRectF(QPointF(anchor.x() - w / 2, anchor.y() + far), size);
            candidates[at + 1] = QRectF(QPointF(anchor.x() - w / 2, anchor.y() - far - h), size);
            candidates[at + 2] = QRectF(QPointF(anchor.x() + far, anchor.y() - h / 2), size);
            candidates[at + 3] = QRectF(QPointF(anchor.x() - far - w, anchor.y() - h / 2), size);
        }
        // A region near the view's edge keeps its label in view: each spot slides inwards
        // (an anchor outside the view keeps its label where it is, cut, pointing off-screen).
        if (viewRect.contains(anchor)) {
            const QRectF inner
                = viewRect.adjusted(kEdgeMargin, kEdgeMargin, -kEdgeMargin, -kEdgeMargin);
            for (QRectF &candidate : candidates) {
                if (candidate.width() <= inner.width())
                    candidate.moveLeft(std::clamp(
                        candidate.left(), inner.left(), inner.right() - candidate.width()));
                if (candidate.height() <= inner.height())
                    candidate.moveTop(std::clamp(
                        candidate.top(), inner.top(), inner.bottom() - candidate.height()));
            }
        }
        QRectF area;
        for (const QRectF &candidate : candidates)
            area |= candidate;
        m_candidateAreas.append(area);
        // The first spot that overlaps no placed label and hides the fewest markers.
        const QRectF *best = nullptr;
        int bestHidden = 0;
        for (const QRectF &candidate : candidates) {
            const bool collides = std::any_of(placed.cbegin(), placed.cend(),
                [&](const QRectF &other) { return other.intersects(candidate); });
            if (collides)
                continue;
            const int hidden = m_markers ? m_markers->symbolsIn(candidate, deviceTransform) : 0;
            if (!best || hidden < bestHidden) {
                best = &candidate;
                bestHidden = hidden;
            }
            if (hidden == 0)
                break;
        }
        if (!best)
            continue;
        // Whole pixels keep the cached text as crisp as when it was rendered.
        const QRectF snapped(QPointF(std::round(best->x()), std::round(best->y())), size);
        placed.append(snapped);
        m_placed.insert(label.label.id, snapped);
        if (snapped.intersects(deviceExposed))
            painter->drawPixmap(snapped.topLeft(), label.sprite);
    }
    painter->restore();
}
