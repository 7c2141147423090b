#include "ui/compliance/compliancemapoverlay.h"

#include "models/compliance/complianceclient.h"
#include "models/compliance/compliancecolors.h"
#include "models/compliance/compliancelogging.h"
#include "ui/map/worldmapview.h"

ComplianceMapOverlay::ComplianceMapOverlay(
    WorldMapView *map, ComplianceClient *client, QObject *parent)
    : QObject(parent)
    , m_map(map)
    , m_client(client)
{ }

ComplianceMapOverlay::~ComplianceMapOverlay() = default;

void ComplianceMapOverlay::setDistrict(const QString &districtId)
{
    if (districtId == m_district)
        return;
    m_district = districtId;
    m_dataClass.clear();
    m_scope.reset();
    if (m_report && m_report->district.id != districtId)
        m_report.reset();
    if (districtId.isEmpty()) {
        clear();
        return;
    }
    fetch();
}

void ComplianceMapOverlay::setDataClass(const QString &dataClass)
{
    if (dataClass == m_dataClass)
        return;
    m_dataClass = dataClass;
    apply();
}

void ComplianceMapOverlay::setReport(const AuditReport &report)
{
    if (report.district.id != m_district)
        return;
    m_report = report;
    apply();
}

void ComplianceMapOverlay::reload()
{
    if (m_district.isEmpty())
        return;
    m_report.reset();
    fetch();
}

void ComplianceMapOverlay::clear()
{
    m_scopeCall.cancel();
    m_auditCall.cancel();
    m_district.clear();
    m_scope.reset();
    m_report.reset();
    m_shaded.clear();
    m_badges.clear();
    m_legend.clear();
    if (m_map) {
        m_map->setShadedJurisdictions({}, ComplianceColors::allowedShade());
        m_map->setRegionBadges(WorldMapView::BadgeLayer::Residency, {});
    }
    emit updated();
}

void ComplianceMapOverlay::fetch()
{
    if (!m_client)
        return;
    // Answers for the district shown before belong to nobody now.
    m_scopeCall.cancel();
    m_auditCall.cancel();
    const QString id = m_district;
    m_scopeCall = m_client->fetchScope(this, id, [this](ApiResult<DistrictScope> result) {
        if (!result) {
            emit errorOccurred(tr("Could not load where %1's data may go: %2")
                                   .arg(m_district, result.error().message()));
            return;
        }
        m_scope = result.value();
        apply();
    });
    if (!m_report) {
        m_auditCall = m_client->fetchAudit(this, id, [this](ApiResult<AuditReport> result) {
            if (!result) {
                emit errorOccurred(tr("Could not load the audit of %1: %2")
                                       .arg(m_district, result.error().message()));
                return;
            }
            m_report = result.value();
            apply();
        });
    }
}

QString ComplianceMapOverlay::badgeText(const AuditReport::RegionCounts &counts)
{
    if (counts.violating > 0 && counts.objects == 1)
        return tr("1 object, VIOLATING"); // the only one: no count to give
    if (counts.violating > 0)
        return tr("%n object(s), %1 VIOLATING", nullptr, counts.objects).arg(counts.violating);
    return tr("%n object(s), compliant", nullptr, counts.objects);
}

void ComplianceMapOverlay::apply()
{
    if (m_district.isEmpty())
        return;
    if (m_scope) {
        m_shaded = m_scope->shadedJurisdictions(m_dataClass);
        const auto what = m_dataClass.isEmpty() ? tr("its regulated data") : m_dataClass;
        if (m_scope->mayGoAnywhere(m_dataClass))
            m_legend = tr("%1: %2 may be stored in any region.").arg(m_district, what);
        else if (m_shaded.isEmpty())
            m_legend = tr("%1: no region may hold %2.").arg(m_district, what);
        else
            m_legend = tr("%1: shaded = where %2 may be stored (%3).")
                           .arg(m_district, what, m_shaded.join(QStringLiteral(", ")));
    }
    m_badges.clear();
    QSet<QString> violating;
    if (m_report) {
        const auto counts = m_report->countsByRegion();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            m_badges.insert(it.key(), badgeText(it.value()));
            if (it->violating > 0)
                violating.insert(it.key());
        }
    }
    if (m_map) {
        m_map->setShadedJurisdictions(m_shaded, ComplianceColors::allowedShade());
        m_map->setRegionBadges(WorldMapView::BadgeLayer::Residency, m_badges, violating);
        const auto unknown = m_map->unknownJurisdictions();
        if (!unknown.isEmpty())
            qCInfo(lcCompliance) << "map has no shape for" << unknown;
    }
    emit updated();
}
