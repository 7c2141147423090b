#pragma once

#include "backend/core/residency/residencyscope.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * Where one district's data may go (GET /residency/scope/{district}): per data class the
 * policy's ResidencyScope, and per region whether each class may sit there today (consents
 * included). What the map shades.
 */
struct DistrictScope
{
    struct RegionAllowance
    {
        QString region;
        QString jurisdiction;
        QHash<QString, bool> allowed; // by data class
    };

    QString district;
    QString jurisdiction;
    QMap<QString, ResidencyScope> dataClasses; // sorted by data class name
    QList<RegionAllowance> regions;

    /**
     * Jurisdiction codes to shade for @p dataClass (empty: the union over the district's
     * regulated classes): the policy's allowed jurisdictions plus the jurisdictions of regions a
     * consent opens. A class that may go anywhere contributes nothing (see mayGoAnywhere()).
     */
    QStringList shadedJurisdictions(const QString &dataClass = {}) const;
    /** True when @p dataClass (or, for empty, every class of the district) may go anywhere. */
    bool mayGoAnywhere(const QString &dataClass = {}) const;
    /** Region ids where @p dataClass (empty: every class) may sit today. */
    QStringList allowedRegions(const QString &dataClass = {}) const;

    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the field. */
    static DistrictScope fromJson(const QJsonObject &json);
};
