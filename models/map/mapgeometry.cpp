#include "models/map/mapgeometry.h"

#include "models/map/jurisdictions.h"
#include "models/map/maplogging.h"
#include "models/map/topojsonreader.h"

#include <QElapsedTimer>
#include <QFile>

#include <cmath>

namespace {

// Douglas–Peucker tolerance in degrees per level of detail, coarsest first. Each level is
// about four times finer than the previous one, matching the zoom steps at which its error
// would reach half a pixel (see levelFor()).
constexpr std::array<double, MapShape::kLevelCount> kTolerance{0.12, 0.03, 0.008, 0.0};

// Qt 6.4's qHash(QString) (AES/VAES string hashing) can leave the upper halves of the
// vector registers dirty. On AVX-512 hosts every later legacy-SSE instruction — all of our
// double arithmetic — then pays a transition penalty until something clears that state:
// decoding the map measured 3–6x slower because of it. One vzeroupper before the numeric
// work restores full speed; it is a no-op for correctness and skipped on CPUs without AVX.
void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        asm volatile("vzeroupper");
#endif
}

QByteArray readResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = MapGeometry::tr("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// Every arc of the topology in scene coordinates at one tolerance: projecting the shared
// arcs once is several times cheaper than projecting every ring point.
QList<QPolygonF> projectArcs(const MapProjection &projection, const QList<QPolygonF> &arcs)
{
    QList<QPolygonF> out;
    out.reserve(arcs.size());
    for (const QPolygonF &arc : arcs)
        out.append(projection.toScene(arc));
    return out;
}

std::array<QList<QPolygonF>, MapShape::kLevelCount> projectLevels(
    const MapProjection &projection, TopoJsonReader *reader)
{
    clearUpperVectorState();
    std::array<QList<QPolygonF>, MapShape::kLevelCount> out;
    for (int level = 0; level < MapShape::kLevelCount; ++level)
        out[level] = projectArcs(projection, reader->arcs(kTolerance[level]));
    return out;
}

QPainterPath ringsToPath(const MapProjection &projection, const QList<QList<int>> &rings,
    const QList<QPolygonF> &sceneArcs, const QList<QPolygonF> &fullDetailArcs)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QList<int> &arcReferences : rings) {
        QPolygonF ring = TopoJsonReader::stitchRing(arcReferences, sceneArcs);
        // A small island simplified down to a line keeps its full outline instead, so tiny
        // countries stay visible and shadeable at world zoom.
        if (ring.size() < 4)
            ring = TopoJsonReader::stitchRing(arcReferences, fullDetailArcs);
        const QList<QPolygonF> pieces = projection.wrapRing(ring);
        for (const QPolygonF &piece : pieces)
            path.addPolygon(piece);
    }
    return path;
}

// Groups mesh arcs into tiles of kMeshTileDegrees by where their full-detail outline sits.
// Returns, per tile, the indices of its arcs.
constexpr double kMeshTileDegrees = 20;

QList<QList<int>> tileArcs(const QList<int> &arcIndices, const QList<QPolygonF> &fullDetailArcs)
{
    QHash<quint32, int> tileByCell;
    QList<QList<int>> tiles;
    const double cell = kMeshTileDegrees * MapProjection::kUnitsPerDegree;
    for (const int index : arcIndices) {
        const QRectF extent = fullDetailArcs.at(index).boundingRect();
        const auto column = quint32(qint32(std::floor(extent.center().x() / cell)) + 1000);
        const auto row = quint32(qint32(std::floor(extent.center().y() / cell)) + 1000);
        const quint32 key = (column << 16) | row;
        auto tile = tileByCell.constFind(key);
        if (tile == tileByCell.constEnd()) {
            tile = tileByCell.insert(key, int(tiles.size()));
            tiles.append(QList<int>());
        }
        tiles[*tile].append(index);
    }
    return tiles;
}

QList<MapShape> buildMesh(const MapProjection &projection, const QList<int> &arcIndices,
    const std::array<QList<QPolygonF>, MapShape::kLevelCount> &sceneArcs)
{
    const QList<QList<int>> tiles = tileArcs(arcIndices, sceneArcs.back());
    QList<MapShape> out(tiles.size());
    for (qsizetype t = 0; t < tiles.size(); ++t) {
        for (int level = 0; level < MapShape::kLevelCount; ++level) {
            QPainterPath path;
            for (const int index : tiles.at(t)) {
                const QList<QPolygonF> pieces = projection.splitLine(sceneArcs[level].at(index));
                for (const QPolygonF &piece : pieces)
                    path.addPolygon(piece);
            }
            out[t].paths[level] = path;
            // Splitting at the antimeridian adds points on it, past the arcs' own extent.
            out[t].bounds |= path.boundingRect();
        }
        // Padded: a perfectly straight tile (one parallel) has a zero-height rect, which
        // QRectF::intersects() would never report as exposed.
        out[t].bounds.adjust(-1, -1, 1, 1);
    }
    return out;
}

} // namespace

std::shared_ptr<const MapGeometry> MapGeometry::bundled()
{
    // Decoding and simplifying the 1:50m world takes tens of milliseconds; do it once and
    // let every view share the immutable result.
    static const std::shared_ptr<const MapGeometry> shared = [] {
        QString error;
        const QByteArray countries
            = readResource(QStringLiteral(":/map/countries-50m.json"), &error);
        const QByteArray states = error.isEmpty()
            ? readResource(QStringLiteral(":/map/states-10m.json"), &error)
            : QByteArray();
        if (!error.isEmpty()) {
            auto failed = std::shared_ptr<MapGeometry>(new MapGeometry);
            failed->m_error = error;
            return std::shared_ptr<const MapGeometry>(failed);
        }
        return fromTopoJson(countries, states);
    }();
    return shared;
}

std::shared_ptr<const MapGeometry> MapGeometry::fromTopoJson(
    const QByteArray &countriesJson, const QByteArray &statesJson)
{
    QElapsedTimer timer;
    timer.start();
    auto geometry = std::shared_ptr<MapGeometry>(new MapGeometry);
    if (geometry->buildCountries(countriesJson) && !statesJson.isEmpty())
        geometry->buildStates(statesJson);

    const QRectF world = geometry->m_projection.worldRect();
    for (int longitude = -150; longitude <= 150; longitude += 30) {
        geometry->m_graticule.moveTo(longitude * MapProjection::kUnitsPerDegree, world.top());
        geometry->m_graticule.lineTo(longitude * MapProjection::kUnitsPerDegree, world.bottom());
    }
    for (int latitude = -60; latitude <= 60; latitude += 30) {
        const double y = geometry->m_projection.toScene(latitude, 0).y();
        geometry->m_graticule.moveTo(world.left(), y);
        geometry->m_graticule.lineTo(world.right(), y);
    }
    if (geometry->m_error.isEmpty()) {
        qCDebug(lcMapData) << "map geometry:" << geometry->m_countries.size() << "countries,"
                           << geometry->m_states.size() << "states in" << timer.elapsed() << "ms";
    }
    return geometry;
}

bool MapGeometry::buildCountries(const QByteArray &json)
{
    clearUpperVectorState(); // JSON number parsing is double arithmetic too
    TopoJsonReader reader;
    const QString object = QStringLiteral("countries");
    const auto rings = reader.load(json) ? reader.arcRings(object) : std::nullopt;
    const auto coasts
        = rings ? reader.meshArcIndices(object, TopoJsonReader::Mesh::Exterior) : std::nullopt;
    const auto borders
        = coasts ? reader.meshArcIndices(object, TopoJsonReader::Mesh::Interior) : std::nullopt;
    if (!borders) {
        m_error = tr("country outlines: %1").arg(reader.errorString());
        return false;
    }
    m_countries.resize(rings->size());
    for (qsizetype i = 0; i < rings->size(); ++i) {
        MapShape &shape = m_countries[i];
        shape.name = rings->at(i).name;
        shape.code = Jurisdictions::alpha2ForCountry(rings->at(i).id, shape.name);
        if (!shape.code.isEmpty())
            m_countryIndex.insert(shape.code, int(i));
    }
    const auto sceneArcs = projectLevels(m_projection, &reader);
    for (int level = 0; level < kLevelCount; ++level) {
        for (qsizetype i = 0; i < rings->size(); ++i) {
            m_countries[i].paths[level]
                = ringsToPath(m_projection, rings->at(i).rings, sceneArcs[level], sceneArcs.back());
        }
    }
    for (MapShape &shape : m_countries)
        shape.bounds = shape.paths.back().boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5);
    m_coastlines = buildMesh(m_projection, *coasts, sceneArcs);
    m_borders = buildMesh(m_projection, *borders, sceneArcs);
    return true;
}

bool MapGeometry::buildStates(const QByteArray &json)
{
    clearUpperVectorState();
    TopoJsonReader reader;
    const QString object = QStringLiteral("states");
    const auto rings = reader.load(json) ? reader.arcRings(object) : std::nullopt;
    const auto borders
        = rings ? reader.meshArcIndices(object, TopoJsonReader::Mesh::Interior) : std::nullopt;
    if (!borders) {
        m_error = tr("US state outlines: %1").arg(reader.errorString());
        return false;
    }
    m_states.resize(rings->size());
    for (qsizetype i = 0; i < rings->size(); ++i) {
        MapShape &shape = m_states[i];
        shape.name = rings->at(i).name;
        shape.code = Jurisdictions::codeForUsStateFips(rings->at(i).id);
        if (!shape.code.isEmpty())
            m_stateIndex.insert(shape.code, int(i));
    }
    const auto sceneArcs = projectLevels(m_projection, &reader);
    for (int level = 0; level < kLevelCount; ++level) {
        for (qsizetype i = 0; i < rings->size(); ++i) {
            m_states[i].paths[level]
                = ringsToPath(m_projection, rings->at(i).rings, sceneArcs[level], sceneArcs.back());
        }
    }
    for (MapShape &shape : m_states)
        shape.bounds = shape.paths.back().boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5);
    m_stateBorders = buildMesh(m_projection, *borders, sceneArcs);
    return true;
}

QList<std::pair<bool, int>> MapGeometry::shapesFor(const QString &code) const
{
    const QStringList chain = Jurisdictions::lookupChain(code);
    for (const QString &candidate : chain) {
        if (const auto state = m_stateIndex.constFind(candidate);
            state != m_stateIndex.constEnd()) {
            return {{true, *state}};
        }
        QList<std::pair<bool, int>> countries;
        for (auto it = m_countryIndex.constFind(candidate);
             it != m_countryIndex.constEnd() && it.key() == candidate; ++it) {
            countries.append({false, *it});
        }
        if (!countries.isEmpty())
            return countries;
    }
    return {};
}

int MapGeometry::levelFor(double pixelsPerDegree)
{
    for (int level = 0; level < kLevelCount - 1; ++level) {
        if (kTolerance[level] * pixelsPerDegree <= 0.5)
            return level;
    }
    return kLevelCount - 1;
}
