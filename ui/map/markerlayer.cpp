#include "ui/map/markerlayer.h"

#include "ui/map/mappalette.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

// Grid cells of 5° keep a world-wide query to a few thousand cells and a zoomed-in query to
// a handful.
constexpr double kCellSize = 5 * MapProjection::kUnitsPerDegree;
// Symbols reach past the world edge by at most their fan radius plus half a sprite; at the
// smallest zoom that is well under this many scene units.
constexpr double kMarkerBoundingMargin = 400;
// The selection ring is the widest decoration around a symbol.
constexpr double kSelectionRadius = 11.5;
constexpr double kDecorationExtent = kSelectionRadius + 3;
// Neighbouring symbols in a fan are at least this far apart (centre to centre), in pixels:
// a symbol is ~15 px wide, so they touch but do not cover each other.
constexpr double kFanSpacing = 15.0;

} // namespace

MarkerLayer::MarkerLayer(const MapProjection &projection, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_projection(projection)
    , m_world(projection.worldRect())
    , m_grid(projection.worldRect(), kCellSize)
{
    setFlag(ItemUsesExtendedStyleOption);
}

quint64 MarkerLayer::groupKeyFor(const QPointF &scenePos)
{
    // Buckets of 0.01 scene units (0.001°, about 100 m): pods "at the same place" share
    // one bucket, while separate sites within a city do not.
    const auto x = quint32(qint32(std::lround(scenePos.x() * 100)));
    const auto y = quint32(qint32(std::lround(scenePos.y() * 100)));
    return (quint64(x) << 32) | y;
}

QPointF MarkerLayer::fanOffset(qsizetype slot, qsizetype groupSize)
{
    if (groupSize <= 1)
        return {};
    if (groupSize <= 8) {
        // A ring just wide enough for the spacing; the first slot starts off the vertical so
        // pairs sit side by side and triples form a triangle.
        const double n = double(groupSize);
        const double radius = std::max(9.0, kFanSpacing / (2 * std::sin(std::numbers::pi / n)));
        const double angle
            = -std::numbers::pi / 2 + std::numbers::pi / n + 2 * std::numbers::pi * slot / n;
        return {radius * std::cos(angle), radius * std::sin(angle)};
    }
    // Bigger groups: a sunflower spiral, evenly dense for any count.
    constexpr double kGoldenAngle = 2.399963229728653;
    const double radius = 0.57 * kFanSpacing * std::sqrt(double(slot) + 1);
    const double angle = double(slot) * kGoldenAngle;
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

QPoint MarkerLayer::symbolPixel(const QPointF &devicePoint)
{
    return {int(std::floor(devicePoint.x())), int(std::floor(devicePoint.y()))};
}

MarkerLayer::Entry MarkerLayer::makeEntry(const MapMarker &marker) const
{
    Entry entry;
    entry.marker = marker;
    entry.scenePos = m_projection.toScene(marker.latitude, marker.longitude);
    entry.groupKey = groupKeyFor(entry.scenePos);
    entry.shape = MarkerSprites::shapeFor(marker.kind);
    return entry;
}

void MarkerLayer::addEntry(const Entry &entry)
{
    const int index = int(m_entries.size());
    m_entries.append(entry);
    m_indexById.insert(entry.marker.id, index);
    m_grid.insert(index, entry.scenePos);
    QStringList &members = m_groups[entry.groupKey];
    members.insert(
        std::lower_bound(members.begin(), members.end(), entry.marker.id), entry.marker.id);
}

void MarkerLayer::takeEntry(int index)
{
    const Entry &entry = m_entries.at(index);
    m_grid.remove(index, entry.scenePos);
    auto group = m_groups.find(entry.groupKey);
    if (group != m_groups.end()) {
        group->removeOne(entry.marker.id);
        if (group->isEmpty())
            m_groups.erase(group);
    }
    m_indexById.remove(entry.marker.id);
    const int last = int(m_entries.size()) - 1;
    if (index != last) {
        // Swap-remove keeps removal O(1); only the moved entry's references change.
        m_entries[index] = std::move(m_entries[last]);
        m_grid.renumber(last, index, m_entries.at(index).scenePos);
        m_indexById[m_entries.at(index).marker.id] = index;
    }
    m_entries.removeLast();
}

void MarkerLayer::layoutGroup(quint64 key)
{
    const QStringList members = m_groups.value(key);
    const qsizetype size = members.size();
    for (qsizetype slot = 0; slot < size; ++slot) {
        Entry &entry = m_entries[m_indexById.value(members.at(slot))];
        entry.fanOffset = fanOffset(slot, size);
        entry.drawsHub = size > 1 && slot == 0;
        m_maxFanRadius
            = std::max(m_maxFanRadius, std::hypot(entry.fanOffset.x(), entry.fanOffset.y()));
    }
}

QRectF MarkerLayer::sceneAreaOf(const Entry &entry) const
{
    const double reach
        = (std::hypot(entry.fanOffset.x(), entry.fanOffset.y()) + kDecorationExtent + 2)
        / m_pixelsPerUnit;
    return {entry.scenePos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)};
}

void MarkerLayer::invalidateGroup(quint64 key)
{
    const QStringList members = m_groups.value(key);
    for (const QString &id : members)
        update(sceneAreaOf(m_entries.at(m_indexById.value(id))));
}

void MarkerLayer::setMarkers(const QList<MapMarker> &markers)
{
    m_entries.clear();
    m_indexById.clear();
    m_groups.clear();
    m_grid.clear();
    m_maxFanRadius = 0;
    m_entries.reserve(markers.size());
    for (const MapMarker &marker : markers) {
        // A repeated id replaces the earlier marker, exactly as upsertMarker() would.
        if (const int existing = m_indexById.value(marker.id, -1); existing >= 0)
            takeEntry(existing);
        addEntry(makeEntry(marker));
    }
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        layoutGroup(it.key());
    if (!m_indexById.contains(m_selected))
        m_selected.clear();
    if (!m_indexById.contains(m_hovered))
        m_hovered.clear();
    update();
}

QList<QPointF> MarkerLayer::upsertMarker(const MapMarker &marker)
{
    Entry fresh = makeEntry(marker);
    const int index = m_indexById.value(marker.id, -1);
    if (index >= 0 && m_entries.at(index).groupKey == fresh.groupKey) {
        // Same place: the fan layout is unchanged, only this symbol needs repainting.
        Entry &entry = m_entries[index];
        update(sceneAreaOf(entry));
        if (entry.scenePos != fresh.scenePos) {
            m_grid.remove(index, entry.scenePos);
            m_grid.insert(index, fresh.scenePos);
        }
        entry.marker = marker;
        entry.scenePos = fresh.scenePos;
        entry.shape = fresh.shape;
        update(sceneAreaOf(entry));
        return {};
    }
    QList<QPointF> changed;
    if (index >= 0) {
        const quint64 oldKey = m_entries.at(index).groupKey;
        changed.append(m_entries.at(index).scenePos);
        invalidateGroup(oldKey);
        takeEntry(index);
        layoutGroup(oldKey);
        invalidateGroup(oldKey);
    }
    invalidateGroup(fresh.groupKey);
    changed.append(fresh.scenePos);
    addEntry(fresh);
    layoutGroup(fresh.groupKey);
    invalidateGroup(fresh.groupKey);
    return changed;
}

QList<QPointF> MarkerLayer::removeMarker(const QString &id)
{
    const int index = m_indexById.value(id, -1);
    if (index < 0)
        return {};
    const quint64 key = m_entries.at(index).groupKey;
    const QPointF position = m_entries.at(index).scenePos;
    invalidateGroup(key);
    takeEntry(index);
    layoutGroup(key);
    invalidateGroup(key);
    if (m_selected == id)
        m_selected.clear();
    if (m_hovered == id)
        m_hovered.clear();
    return {position};
}

std::optional<MapMarker> MarkerLayer::marker(const QString &id) const
{
    const int index = m_indexById.value(id, -1);
    if (index < 0)
        return std::nullopt;
    return m_entries.at(index).marker;
}

QRectF MarkerLayer::markersSceneRect() const
{
    if (m_entries.isEmpty())
        return {};
    double left = m_entries.first().scenePos.x(), right = left;
    double top = m_entries.first().scenePos.y(), bottom = top;
    for (const Entry &entry : m_entries) {
        left = std::min(left, entry.scenePos.x());
        right = std::max(right, entry.scenePos.x());
        top = std::min(top, entry.scenePos.y());
        bottom = std::max(bottom, entry.scenePos.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

void MarkerLayer::setSelectedId(const QString &id)
{
    const QString next = m_indexById.contains(id) ? id : QString();
    if (next == m_selected)
        return;
    if (const int old = m_indexById.value(m_selected, -1); old >= 0)
        update(sceneAreaOf(m_entries.at(old)));
    m_selected = next;
    if (const int now = m_indexById.value(m_selected, -1); now >= 0)
        update(sceneAreaOf(m_entries.at(now)));
}

void MarkerLayer::setHoveredId(const QString &id)
{
    const QString next = m_indexById.contains(id) ? id : QString();
    if (next == m_hovered)
        return;
    if (const int old = m_indexById.value(m_hovered, -1); old >= 0)
        update(sceneAreaOf(m_entries.at(old)));
    m_hovered = next;
    if (const int now = m_indexById.value(m_hovered, -1); now >= 0)
        update(sceneAreaOf(m_entries.at(now)));
}

void MarkerLayer::setPixelsPerUnit(double pixelsPerUnit)
{
    if (pixelsPerUnit > 0)
        m_pixelsPerUnit = pixelsPerUnit;
}

QPointF MarkerLayer::symbolCentre(const Entry &entry, const QTransform &deviceTransform) const
{
    const QPoint pixel = symbolPixel(deviceTransform.map(entry.scenePos) + entry.fanOffset);
    return QPointF(pixel) + QPointF(0.5, 0.5);
}

std::optional<QPointF> MarkerLayer::devicePos(
    const QString &id, const QTransform &deviceTransform) const
{
    const int index = m_indexById.value(id, -1);
    if (index < 0)
        return std::nullopt;
    return symbolCentre(m_entries.at(index), deviceTransform);
}

QString MarkerLayer::markerAt(const QPointF &devicePoint, const QTransform &deviceTransform) const
{
    const double pixelsPerUnit
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(deviceTransform);
    if (m_entries.isEmpty() || pixelsPerUnit <= 0 || !deviceTransform.isInvertible())
        return {};
    const QPointF scenePoint = deviceTransform.inverted().map(devicePoint);
    const double reach = (m_maxFanRadius + MarkerSprites::kHitRadius + 1) / pixelsPerUnit;
    m_scratch.clear();
    m_grid.query(
        QRectF(scenePoint - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)), &m_scratch);
    QString best;
    double bestDistance = MarkerSprites::kHitRadius;
    for (const int index : std::as_const(m_scratch)) {
        const Entry &entry = m_entries.at(index);
        const QPointF delta = symbolCentre(entry, deviceTransform) - devicePoint;
        const double distance = std::hypot(delta.x(), delta.y());
        // The selected symbol is painted on top, so it wins a tie with what it covers.
        if (distance < bestDistance
            || (distance == bestDistance && entry.marker.id == m_selected)) {
            bestDistance = distance;
            best = entry.marker.id;
        }
    }
    return best;
}

int MarkerLayer::symbolsIn(const QRectF &deviceRect, const QTransform &deviceTransform) const
{
    const double pixelsPerUnit
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(deviceTransform);
    if (m_entries.isEmpty() || pixelsPerUnit <= 0 || !deviceTransform.isInvertible())
        return 0;
    const double reach = (m_maxFanRadius + MarkerSprites::kHalfExtent) / pixelsPerUnit;
    m_scratch.clear();
    m_grid.query(
        deviceTransform.inverted().mapRect(deviceRect).adjusted(-reach, -reach, reach, reach),
        &m_scratch);
    const double half = MarkerSprites::kHalfExtent - 1; // the visible shape, not the sprite
    const QRectF grown = deviceRect.adjusted(-half, -half, half, half);
    int count = 0;
    for (const int index : std::as_const(m_scratch)) {
        if (grown.contains(symbolCentre(m_entries.at(index), deviceTransform)))
            ++count;
    }
    return count;
}

double MarkerLayer::clearanceAt(const QPointF &scenePos) const
{
    const auto group = m_groups.constFind(groupKeyFor(scenePos));
    if (group == m_groups.constEnd() || group->isEmpty())
        return 0;
    const QPointF outermost = fanOffset(group->size() - 1, group->size());
    return std::hypot(outermost.x(), outermost.y()) + MarkerSprites::kHalfExtent;
}

QRectF MarkerLayer::boundingRect() const
{
    return m_world.adjusted(-kMarkerBoundingMargin, -kMarkerBoundingMargin, kMarkerBoundingMargin,
        kMarkerBoundingMargin);
}

void MarkerLayer::drawSymbol(QPainter *painter, const Entry &entry,
    const QTransform &deviceTransform, qreal devicePixelRatio)
{
    const QPoint pixel = symbolPixel(deviceTransform.map(entry.scenePos) + entry.fanOffset);
    const QPixmap &sprite = m_sprites.sprite(entry.shape, entry.marker.color, devicePixelRatio);
    painter->drawPixmap(
        pixel - QPoint(MarkerSprites::kHalfExtent, MarkerSprites::kHalfExtent), sprite);
}

void MarkerLayer::drawRing(QPainter *painter, const Entry &entry, const QTransform &deviceTransform,
    const QColor &color, double radius, double width) const
{
    painter->setPen(QPen(color, width));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(symbolCentre(entry, deviceTransform), radius, radius);
}

void MarkerLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_entries.isEmpty())
        return;
    const QTransform deviceTransform = painter->worldTransform();
    const double pixelsPerUnit
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(deviceTransform);
    if (pixelsPerUnit <= 0)
        return;
    const double margin
        = (m_maxFanRadius + MarkerSprites::kHalfExtent + kDecorationExtent) / pixelsPerUnit;
    m_scratch.clear();
    m_grid.query(option->exposedRect.adjusted(-margin, -margin, margin, margin), &m_scratch);
    const QRectF deviceExposed = deviceTransform.mapRect(option->exposedRect)
                                     .adjusted(-kDecorationExtent, -kDecorationExtent,
                                         kDecorationExtent, kDecorationExtent);
    const qreal devicePixelRatio = painter->device() ? painter->device()->devicePixelRatioF() : 1;

    // Map every candidate once. The view only scales and translates, so the common case
    // skips QTransform::map()'s general path; at 5,000 markers that is measurable.
    const bool simple = deviceTransform.type() <= QTransform::TxScale;
    const double m11 = deviceTransform.m11(), m22 = deviceTransform.m22();
    const double dx = deviceTransform.dx(), dy = deviceTransform.dy();
    auto toDevice = [&](const QPointF &scene) {
        return simple ? QPointF(m11 * scene.x() + dx, m22 * scene.y() + dy)
                      : deviceTransform.map(scene);
    };
    QVarLengthArray<QLineF, 256> spokes;
    QVarLengthArray<QPointF, 64> hubs;
    QVarLengthArray<std::pair<int, QPoint>, 1024> visible;
    const int selected = m_indexById.value(m_selected, -1);
    const int hovered = m_indexById.value(m_hovered, -1);
    for (const int index : std::as_const(m_scratch)) {
        const Entry &entry = m_entries.at(index);
        const QPointF position = toDevice(entry.scenePos);
        const QPoint pixel = symbolPixel(position + entry.fanOffset);
        if (!entry.fanOffset.isNull()) {
            // Fanned groups: a spoke from the true position to each symbol, a dot on it.
            spokes.append(QLineF(position, QPointF(pixel) + QPointF(0.5, 0.5)));
            if (entry.drawsHub)
                hubs.append(position);
        }
        if (deviceExposed.contains(pixel) && index != selected && index != hovered)
            visible.append({index, pixel});
    }

    painter->save();
    // Symbols have a fixed size in device pixels, so draw them untransformed.
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (!spokes.isEmpty()) {
        painter->setPen(QPen(MapPalette::spoke(), 1.0));
        painter->drawLines(spokes.constData(), int(spokes.size()));
        painter->setPen(QPen(MapPalette::markerOutline(), 1.0));
        painter->setBrush(MapPalette::spoke());
        for (const QPointF &hub : std::as_const(hubs))
            painter->drawEllipse(hub, 2.6, 2.6);
    }
    const QPoint spriteOffset(MarkerSprites::kHalfExtent, MarkerSprites::kHalfExtent);
    for (const auto &[index, pixel] : std::as_const(visible)) {
        const Entry &entry = m_entries.at(index);
        painter->drawPixmap(pixel - spriteOffset,
            m_sprites.sprite(entry.shape, entry.marker.color, devicePixelRatio));
    }
    // Hovered and selected symbols go last so nothing overlaps them.
    if (hovered >= 0 && hovered != selected) {
        const Entry &entry = m_entries.at(hovered);
        drawRing(painter, entry, deviceTransform, MapPalette::hoverRing(), 11, 1.5);
        drawSymbol(painter, entry, deviceTransform, devicePixelRatio);
    }
    if (selected >= 0) {
        const Entry &entry = m_entries.at(selected);
        drawRing(
            painter, entry, deviceTransform, MapPalette::markerOutline(), kSelectionRadius, 4.5);
        drawRing(
            painter, entry, deviceTransform, MapPalette::selectionRing(), kSelectionRadius, 2.2);
        drawSymbol(painter, entry, deviceTransform, devicePixelRatio);
    }
    painter->restore();
}
