#pragma once

#include "backend/core/healthstate.h"

#include <QColor>
#include <QIcon>
#include <QString>

/**
 * The one place health becomes colour, shared by the table, the map and the event log.
 * Okabe–Ito hues: bluish green / orange / vermillion stay distinguishable for the common
 * colour-vision deficiencies (they differ in lightness as well as hue), and every view
 * also shows the health as text or marker shape so colour is never the only cue.
 */
class HealthColors
{
public:
    /** Fill colour for @p state (unknown → neutral grey). */
    static QColor color(HealthState state);
    /** Translated, human-readable name ("Healthy", "Degraded", …). */
    static QString label(HealthState state);
    /** A small filled circle in the health colour, cached per state (for DecorationRole). */
    static QIcon dot(HealthState state);
    /** Severity rank for sorting: unhealthy (3) > degraded (2) > unknown (1) > healthy (0). */
    static int severity(HealthState state);
};
