#pragma once

#include "models/map/mapfeature.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPolygonF>
#include <QString>

#include <optional>

/// Decodes TopoJSON (https://github.com/topojson/topojson-specification) into lon/lat rings.
/// Pure data code: no widgets, no painting, never throws or crashes on malformed input.
///
/// Usage: load() once, then features() / mesh() for each object. Arcs may be simplified
/// (Douglas–Peucker) before they are stitched into rings; because simplification runs on
/// the shared arcs, neighbouring shapes keep identical borders at every tolerance.
class TopoJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(TopoJsonReader)

public:
    enum class Mesh {
        All, ///< every arc used by the object
        Interior, ///< arcs shared by two different geometries (borders between shapes)
        Exterior, ///< arcs used by one geometry only (coastlines, outer boundaries)
    };

    /** Parses a whole topology; returns false and sets errorString() on malformed input. */
    bool load(const QByteArray &json);

    /** Names of the topology's objects (empty before a successful load()). */
    QStringList objectNames() const;

    /** The Polygon/MultiPolygon geometries of one object, rings in lon/lat degrees, arcs
     *  simplified to `tolerance` degrees when > 0; nullopt and errorString() on failure.
     *  Other geometry types (points, lines, null) are skipped. */
    std::optional<QList<MapFeature>> features(const QString &objectName, double tolerance = 0);

    /** Arcs of one object's areal geometries as open polylines, each arc once, filtered by
     *  `which`; nullopt and errorString() on failure. */
    std::optional<QList<QPolygonF>> mesh(
        const QString &objectName, Mesh which, double tolerance = 0);

    /// One geometry as references into arcs(): per ring, arc indices where a negative
    /// index ~i means arc i traversed backwards.
    struct ArcRings
    {
        QString id;
        QString name;
        QList<QList<int>> rings;
    };

    /** Every Polygon/MultiPolygon geometry of one object as arc references (all indices
     *  checked against arcs()); nullopt and errorString() on failure. Lets a caller
     *  transform each shared arc once instead of every ring point. */
    std::optional<QList<ArcRings>> arcRings(const QString &objectName);
    /** Indices into arcs() of the arcs mesh() would return; nullopt on failure. */
    std::optional<QList<int>> meshArcIndices(const QString &objectName, Mesh which);
    /** The decoded arcs in lon/lat, simplified to `tolerance` degrees when > 0 (cached). */
    const QList<QPolygonF> &arcs(double tolerance = 0);
    /** Joins arcs (by reference, as in ArcRings) into one closed ring. */
    static QPolygonF stitchRing(const QList<int> &arcReferences, const QList<QPolygonF> &arcs);

    /** Why the last call failed; empty after a success. */
    QString errorString() const { return m_error; }

private:
    struct Geometry
    {
        QString id;
        QString name;
        QList<QList<QList<int>>> polygons; // polygon → ring → arc indices (negative: reversed)
    };

    bool fail(const QString &message);
    std::optional<QList<Geometry>> geometries(const QString &objectName);
    bool parseGeometry(const QJsonObject &json, const QString &objectName, QList<Geometry> *out);
    bool parseRing(const QJsonValue &value, const QString &objectName, QList<int> *ring);

    QList<QPolygonF> m_arcs; // decoded, absolute lon/lat
    QHash<double, QList<QPolygonF>> m_simplifiedArcs;
    QJsonObject m_objects;
    QString m_error;
};
