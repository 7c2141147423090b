#pragma once

#include "backend/core/residency/auditreport.h"
#include "backend/core/residency/districtscope.h"
#include "models/apicall.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ComplianceClient;
class WorldMapView;

/**
 * Draws one district's residency on the world map, through WorldMapView's public API only:
 * shades the jurisdictions its data may use (GET /residency/scope/{district}; the union over
 * its regulated data classes, or one chosen class) and puts a badge under each region label
 * with the district's object and violation counts there (from its audit report).
 *
 * Its badges are the map's Residency badge layer, shown after the pod counts of PodMapBinder's
 * layer; clear() removes only its own.
 */
class ComplianceMapOverlay : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceMapOverlay)

public:
    /** Uses (does not own) @p map and @p client. */
    explicit ComplianceMapOverlay(
        WorldMapView *map, ComplianceClient *client, QObject *parent = nullptr);
    ~ComplianceMapOverlay() override;

    /** Shows @p districtId (fetches its scope, and its report unless setReport() brings it);
     *  an empty id clears the overlay. */
    void setDistrict(const QString &districtId);
    /** Shades where @p dataClass may go; empty: the union over the regulated classes. */
    void setDataClass(const QString &dataClass);
    /** Badges from @p report when it is the shown district's. */
    void setReport(const AuditReport &report);
    /** Fetches the shown district's scope and report again (after a consent changed). */
    void reload();
    /** Removes the shading and the badges. */
    void clear();

    QString district() const { return m_district; }
    QString dataClass() const { return m_dataClass; }
    QStringList shadedJurisdictions() const { return m_shaded; }
    QHash<QString, QString> badges() const { return m_badges; }
    /** One translated sentence on what is shaded, for a status bar or legend. */
    QString legend() const { return m_legend; }

    /** Badge text for @p counts ("2 objects, 1 violating" / "5 objects, compliant"). */
    static QString badgeText(const AuditReport::RegionCounts &counts);

signals:
    /** Shading or badges changed; legend() says what they show. */
    void updated();
    void errorOccurred(const QString &message);

private:
    void fetch();
    void apply();

    QPointer<WorldMapView> m_map;
    QPointer<ComplianceClient> m_client;
    QString m_district;
    QString m_dataClass;
    std::optional<DistrictScope> m_scope;
    std::optional<AuditReport> m_report;
    QStringList m_shaded;
    QHash<QString, QString> m_badges;
    QString m_legend;
    ApiCall m_scopeCall;
    ApiCall m_auditCall;
};
