#include "models/map/topojsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace {

// Deeper nesting than this is not a real map but a hostile or broken file; stop before the
// stack does.
constexpr int kMaxCollectionDepth = 16;

bool readPair(const QJsonValue &value, double *x, double *y)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
        return false;
    *x = pair.at(0).toDouble();
    *y = pair.at(1).toDouble();
    return std::isfinite(*x) && std::isfinite(*y);
}

// Squared, to keep square roots out of the simplification's inner loop.
double squaredDistanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t = lengthSquared > 0
        ? std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0)
        : 0.0;
    const QPointF d = p - (a + t * ab);
    return QPointF::dotProduct(d, d);
}

// Douglas–Peucker over [first, last] of `points`, marking survivors in `keep`. Iterative so
// that a pathological arc cannot overflow the stack.
void markSurvivors(
    const QPolygonF &points, qsizetype first, qsizetype last, double tolerance, QList<bool> *keep)
{
    QList<std::pair<qsizetype, qsizetype>> pending{{first, last}};
    while (!pending.isEmpty()) {
        const auto [from, to] = pending.takeLast();
        double worst = -1;
        qsizetype worstIndex = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const double d = squaredDistanceToSegment(points.at(i), points.at(from), points.at(to));
            if (d > worst) {
                worst = d;
                worstIndex = i;
            }
        }
        if (worstIndex >= 0 && worst > tolerance * tolerance) {
            (*keep)[worstIndex] = true;
            pending.append({from, worstIndex});
            pending.append({worstIndex, to});
        }
    }
}

QPolygonF simplifyArc(const QPolygonF &arc, double tolerance)
{
    if (arc.size() <= 2)
        return arc;
    // Work on a copy with continuous longitudes so an arc crossing the antimeridian is not
    // judged by its 360° jump; the output keeps the original points.
    QPolygonF unwrapped = arc;
    for (qsizetype i = 1; i < unwrapped.size(); ++i) {
        double dx = arc.at(i).x() - arc.at(i - 1).x();
        dx -= 360.0 * std::round(dx / 360.0);
        unwrapped[i].setX(unwrapped.at(i - 1).x() + dx);
    }
    QList<bool> keep(arc.size(), false);
    keep.first() = keep.last() = true;
    const qsizetype last = arc.size() - 1;
    if (unwrapped.first() == unwrapped.last()) {
        // A closed arc (a whole island) has no baseline; split it at its farthest point.
        qsizetype far = 1;
        double farDistance = -1;
        for (qsizetype i = 1; i < last; ++i) {
            const QPointF d = unwrapped.at(i) - unwrapped.first();
            if (QPointF::dotProduct(d, d) > farDistance) {
                farDistance = QPointF::dotProduct(d, d);
                far = i;
            }
        }
        keep[far] = true;
        markSurvivors(unwrapped, 0, far, tolerance, &keep);
        markSurvivors(unwrapped, far, last, tolerance, &keep);
    } else {
        markSurvivors(unwrapped, 0, last, tolerance, &keep);
    }
    // Keep survivors less than a quarter turn of longitude apart. An arc along a pole edge
    // (Antarctica's) is a straight line in lon/lat; cut down to its end points it would no
    // longer show that it runs all the way round the globe.
    constexpr double kMaxLongitudeStep = 80;
    double anchor = unwrapped.first().x();
    for (qsizetype i = 1; i < arc.size(); ++i) {
        if (std::abs(unwrapped.at(i).x() - anchor) > kMaxLongitudeStep && !keep.at(i - 1)) {
            keep[i - 1] = true;
            anchor = unwrapped.at(i - 1).x();
        }
        if (keep.at(i))
            anchor = unwrapped.at(i).x();
    }
    QPolygonF out;
    for (qsizetype i = 0; i < arc.size(); ++i) {
        if (keep.at(i))
            out.append(arc.at(i));
    }
    return out;
}

} // namespace

QPolygonF TopoJsonReader::stitchRing(const QList<int> &arcReferences, const QList<QPolygonF> &arcs)
{
    QPolygonF ring;
    for (const int index : arcReferences) {
        const bool reversed = index < 0;
        const QPolygonF &arc = arcs.at(reversed ? ~index : index);
        const qsizetype count = arc.size();
        // Consecutive arcs share their junction point; add it once.
        for (qsizetype i = ring.isEmpty() ? 0 : 1; i < count; ++i)
            ring.append(arc.at(reversed ? count - 1 - i : i));
    }
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
    return ring;
}

bool TopoJsonReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool TopoJsonReader::load(const QByteArray &json)
{
    m_arcs.clear();
    m_simplifiedArcs.clear();
    m_objects = {};
    m_error.clear();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"type").toString() != u"Topology")
        return fail(tr("not a TopoJSON topology (\"type\" must be \"Topology\")"));
    if (!root.value(u"objects").isObject())
        return fail(tr("the topology has no \"objects\" member"));
    if (!root.value(u"arcs").isArray())
        return fail(tr("the topology has no \"arcs\" array"));

    bool quantized = false;
    double scaleX = 1, scaleY = 1, translateX = 0, translateY = 0;
    if (root.contains(u"transform")) {
        const QJsonObject transform = root.value(u"transform").toObject();
        if (!readPair(transform.value(u"scale"), &scaleX, &scaleY)
            || !readPair(transform.value(u"translate"), &translateX, &translateY)) {
            return fail(tr("\"transform\" needs numeric \"scale\" and \"translate\" pairs"));
        }
        quantized = true;
    }

    const QJsonArray arcs = root.value(u"arcs").toArray();
    m_arcs.reserve(arcs.size());
    for (qsizetype a = 0; a < arcs.size(); ++a) {
        const QJsonArray positions = arcs.at(a).toArray();
        if (positions.isEmpty())
            return fail(tr("arc %1 is not a non-empty array of positions").arg(a));
        QPolygonF arc;
        arc.reserve(positions.size());
        double x = 0, y = 0;
        for (qsizetype p = 0; p < positions.size(); ++p) {
            double px = 0, py = 0;
            if (!readPair(positions.at(p), &px, &py))
                return fail(tr("arc %1, position %2 is not an [x, y] pair").arg(a).arg(p));
            if (quantized) {
                // Quantized arcs store each position as a delta from the previous one.
                x += px;
                y += py;
                const QPointF decoded(x * scaleX + translateX, y * scaleY + translateY);
                if (!std::isfinite(decoded.x()) || !std::isfinite(decoded.y()))
                    return fail(
                        tr("arc %1, position %2 decodes to a non-finite coordinate").arg(a).arg(p));
                arc.append(decoded);
            } else {
                arc.append({px, py});
            }
        }
        m_arcs.append(arc);
    }
    m_objects = root.value(u"objects").toObject();
    return true;
}

QStringList TopoJsonReader::objectNames() const
{
    return m_objects.keys();
}

bool TopoJsonReader::parseRing(const QJsonValue &value, const QString &objectName, QList<int> *ring)
{
    if (!value.isArray())
        return fail(tr("object \"%1\": a ring is not an array of arc indices").arg(objectName));
    const QJsonArray indices = value.toArray();
    const qsizetype arcCount = m_arcs.size();
    for (const QJsonValue &entry : indices) {
        const double raw = entry.toDouble(std::nan(""));
        if (!entry.isDouble() || raw != std::floor(raw)) {
            return fail(tr("object \"%1\": arc reference is not an integer").arg(objectName));
        }
        // Negative indices address arc ~i, traversed backwards.
        const double resolved = raw < 0 ? -raw - 1 : raw;
        if (resolved >= double(arcCount)) {
            return fail(tr("object \"%1\": arc index %2 out of range (the topology has %3 arcs)")
                            .arg(objectName, QString::number(raw, 'g', 17))
                            .arg(arcCount));
        }
        ring->append(int(raw));
    }
    return true;
}

bool TopoJsonReader::parseGeometry(
    const QJsonObject &json, const QString &objectName, QList<Geometry> *out)
{
    const QString type = json.value(u"type").toString();
    Geometry geometry;
    const QJsonValue id = json.value(u"id");
    geometry.id = id.isDouble() ? QString::number(id.toDouble(), 'f', 0) : id.toString();
    geometry.name = json.value(u"properties").toObject().value(u"name").toString();

    const QJsonArray arcs = json.value(u"arcs").toArray();
    QList<QJsonArray> polygons;
    if (type == u"Polygon") {
        polygons.append(arcs);
    } else if (type == u"MultiPolygon") {
        for (const QJsonValue &polygon : arcs) {
            if (!polygon.isArray()) {
                return fail(
                    tr("object \"%1\": a MultiPolygon member is not an array").arg(objectName));
            }
            polygons.append(polygon.toArray());
        }
    } else {
        // Points, lines and null geometries have no area to draw; they are not errors.
        return true;
    }
    for (const QJsonArray &polygon : std::as_const(polygons)) {
        QList<QList<int>> rings;
        for (const QJsonValue &ringValue : polygon) {
            QList<int> ring;
            if (!parseRing(ringValue, objectName, &ring))
                return false;
            if (!ring.isEmpty())
                rings.append(ring);
        }
        if (!rings.isEmpty())
            geometry.polygons.append(rings);
    }
    out->append(geometry);
    return true;
}

std::optional<QList<TopoJsonReader::Geometry>> TopoJsonReader::geometries(const QString &objectName)
{
    m_error.clear();
    if (!m_objects.contains(objectName)) {
        fail(tr("the topology has no object \"%1\" (it has: %2)")
                 .arg(objectName, m_objects.keys().join(u", ")));
        return std::nullopt;
    }
    QList<Geometry> out;
    // Walk nested GeometryCollections breadth-first with an explicit depth bound.
    QList<std::pair<QJsonObject, int>> pending{{m_objects.value(objectName).toObject(), 0}};
    while (!pending.isEmpty()) {
        const auto [json, depth] = pending.takeFirst();
        if (json.value(u"type").toString() == u"GeometryCollection") {
            if (depth >= kMaxCollectionDepth) {
                fail(tr("object \"%1\": GeometryCollections nested too deeply").arg(objectName));
                return std::nullopt;
            }
            const QJsonArray members = json.value(u"geometries").toArray();
            for (const QJsonValue &member : members)
                pending.append({member.toObject(), depth + 1});
        } else if (!parseGeometry(json, objectName, &out)) {
            return std::nullopt;
        }
    }
    return out;
}

const QList<QPolygonF> &TopoJsonReader::arcs(double tolerance)
{
    if (tolerance <= 0)
        return m_arcs;
    auto cached = m_simplifiedArcs.constFind(tolerance);
    if (cached != m_simplifiedArcs.constEnd())
        return *cached;
    QList<QPolygonF> simplified;
    simplified.reserve(m_arcs.size());
    for (const QPolygonF &arc : std::as_const(m_arcs))
        simplified.append(simplifyArc(arc, tolerance));
    return *m_simplifiedArcs.insert(tolerance, simplified);
}

std::optional<QList<TopoJsonReader::ArcRings>> TopoJsonReader::arcRings(const QString &objectName)
{
    const auto parsed = geometries(objectName);
    if (!parsed)
        return std::nullopt;
    QList<ArcRings> out;
    out.reserve(parsed->size());
    for (const Geometry &geometry : *parsed) {
        ArcRings rings{geometry.id, geometry.name, {}};
        for (const QList<QList<int>> &polygon : geometry.polygons)
            rings.rings.append(polygon);
        out.append(rings);
    }
    return out;
}

std::optional<QList<MapFeature>> TopoJsonReader::features(
    const QString &objectName, double tolerance)
{
    const auto parsed = arcRings(objectName);
    if (!parsed)
        return std::nullopt;
    const QList<QPolygonF> &simplified = arcs(tolerance);
    QList<MapFeature> out;
    out.reserve(parsed->size());
    for (const ArcRings &geometry : *parsed) {
        MapFeature feature{geometry.id, geometry.name, {}};
        for (const QList<int> &ringArcs : geometry.rings) {
            QPolygonF ring = stitchRing(ringArcs, simplified);
            // Simplification may flatten a small island into a line; keep it at full
            // detail instead of losing it (tiny countries must stay visible and shadeable
            // at world zoom).
            if (ring.size() < 4 && tolerance > 0)
                ring = stitchRing(ringArcs, m_arcs);
            if (ring.size() >= 4)
                feature.rings.append(ring);
        }
        out.append(feature);
    }
    return out;
}

std::optional<QList<int>> TopoJsonReader::meshArcIndices(const QString &objectName, Mesh which)
{
    const auto parsed = geometries(objectName);
    if (!parsed)
        return std::nullopt;
    // How many distinct geometries use each arc decides whether it is a border or a coast.
    QList<int> users(m_arcs.size(), 0);
    QList<qsizetype> lastUser(m_arcs.size(), -1);
    for (qsizetype g = 0; g < parsed->size(); ++g) {
        for (const QList<QList<int>> &polygon : parsed->at(g).polygons) {
            for (const QList<int> &ring : polygon) {
                for (const int index : ring) {
                    const int arc = index < 0 ? ~index : index;
                    if (lastUser.at(arc) != g) {
                        lastUser[arc] = g;
                        ++users[arc];
                    }
                }
            }
        }
    }
    QList<int> out;
    for (qsizetype arc = 0; arc < users.size(); ++arc) {
        const int count = users.at(arc);
        const bool wanted = (which == Mesh::All && count > 0)
            || (which == Mesh::Interior && count > 1) || (which == Mesh::Exterior && count == 1);
        if (wanted)
            out.append(int(arc));
    }
    return out;
}

std::optional<QList<QPolygonF>> TopoJsonReader::mesh(
    const QString &objectName, Mesh which, double tolerance)
{
    const auto indices = meshArcIndices(objectName, which);
    if (!indices)
        return std::nullopt;
    const QList<QPolygonF> &simplified = arcs(tolerance);
    QList<QPolygonF> out;
    out.reserve(indices->size());
    for (const int index : *indices)
        out.append(simplified.at(index));
    return out;
}
