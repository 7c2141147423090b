#pragma once

#include "models/map/mapprojection.h"
#include "models/map/mapshape.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPainterPath>

#include <array>
#include <memory>

/// The static world the map draws: countries and US states as projected, multi-resolution
/// paths, their shared borders and coastlines as meshes, and a graticule. Immutable once
/// built, so every map view can share one instance.
class MapGeometry
{
    Q_DECLARE_TR_FUNCTIONS(MapGeometry)

public:
    static constexpr int kLevelCount = MapShape::kLevelCount;

    /** Geometry from the two bundled resources, decoded once per process and shared; check
     *  error() — on failure the shape lists are empty. */
    static std::shared_ptr<const MapGeometry> bundled();
    /** Geometry from TopoJSON documents (world-atlas "countries" and us-atlas "states"
     *  objects); `statesJson` may be empty. Failures are reported through error(). */
    static std::shared_ptr<const MapGeometry> fromTopoJson(
        const QByteArray &countriesJson, const QByteArray &statesJson);

    /** Why loading failed; empty when the geometry is complete. */
    QString error() const { return m_error; }
    const MapProjection &projection() const { return m_projection; }

    const QList<MapShape> &countries() const { return m_countries; }
    const QList<MapShape> &states() const { return m_states; }
    /** Shapes a jurisdiction code resolves to ("US-WA" → Washington, "CA-ON" → Canada,
     *  "AU" → Australia and its islands). Each entry is {isState, index}. */
    QList<std::pair<bool, int>> shapesFor(const QString &code) const;

    /** Coastlines (arcs used by one country), in spatial tiles so that a zoomed-in
     *  paint strokes only the tiles it shows. */
    const QList<MapShape> &coastlines() const { return m_coastlines; }
    /** Borders between countries, each shared arc once, tiled like coastlines(). */
    const QList<MapShape> &borders() const { return m_borders; }
    /** Borders between US states, tiled like coastlines(). */
    const QList<MapShape> &stateBorders() const { return m_stateBorders; }
    const QPainterPath &graticule() const { return m_graticule; }

    /** The coarsest level of detail whose simplification error stays below half a device
     *  pixel when one degree of longitude covers `pixelsPerDegree` pixels. */
    static int levelFor(double pixelsPerDegree);

private:
    MapGeometry() = default;
    bool buildCountries(const QByteArray &json);
    bool buildStates(const QByteArray &json);

    MapProjection m_projection;
    QString m_error;
    QList<MapShape> m_countries;
    QList<MapShape> m_states;
    QMultiHash<QString, int> m_countryIndex;
    QHash<QString, int> m_stateIndex;
    QList<MapShape> m_coastlines;
    QList<MapShape> m_borders;
    QList<MapShape> m_stateBorders;
    QPainterPath m_graticule;
};
