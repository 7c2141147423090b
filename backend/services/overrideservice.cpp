#include "backend/services/overrideservice.h"

#include "backend/core/audit/auditrecord.h"
#include "backend/services/auditlog.h"
#include "backend/services/logging.h"
#include "backend/services/serviceerror.h"
#include "backend/store/overridestore.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace {

const QString kOverrideActor = QStringLiteral("system:routing");

// The audit record of an override's end; @p why: "removed" or "expired".
AuditRecord endRecord(const RoutingOverride &o, const QString &actor, const QString &why)
{
    AuditRecord record;
    record.actor = actor;
    record.action = QStringLiteral("routing.override_end");
    record.district = o.districts.size() == 1 ? o.districts.constFirst() : QString();
    record.details = {{QStringLiteral("override"), o.id},
        {QStringLiteral("districts"), QJsonArray::fromStringList(o.districts)},
        {QStringLiteral("why"), why}};
    return record;
}

} // namespace

OverrideService::OverrideService(OverrideStore &store, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_audit(audit)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &OverrideService::lapseDue);
}

void OverrideService::start()
{
    m_overrides = m_store.active();
    lapseDue(); // those that expired while the daemon was down
}

void OverrideService::stop()
{
    m_expiry.stop();
}

const RoutingOverride *OverrideService::forDistrict(const QString &districtId) const
{
    for (auto it = m_overrides.crbegin(); it != m_overrides.crend(); ++it) {
        if (it->districts.contains(districtId))
            return &*it;
    }
    return nullptr;
}

RoutingOverride OverrideService::record(
    RoutingOverride o, const QString &actor, const QJsonObject &before, const QJsonObject &after)
{
    o.id = QStringLiteral("ov-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    o.actor = actor;
    AuditRecord record;
    record.actor = actor;
    record.action = QStringLiteral("routing.override");
    record.district = o.districts.size() == 1 ? o.districts.constFirst() : QString();
    record.details = {{QStringLiteral("override"), o.toJson()}, {QStringLiteral("before"), before},
        {QStringLiteral("after"), after}};
    m_audit.append(record, [&] { m_store.insert(o); });
    m_overrides.append(o);
    qCInfo(lcRouting).noquote() << "override" << o.id << "by" << actor << "sends"
                                << o.districts.join(QStringLiteral(", ")) << "to" << o.targetText();
    scheduleExpiry();
    return o;
}

RoutingOverride OverrideService::end(const QString &id, const QString &actor)
{
    const auto it = std::find_if(m_overrides.cbegin(), m_overrides.cend(),
        [&](const RoutingOverride &o) { return o.id == id; });
    if (it == m_overrides.cend())
        throw ServiceError(ServiceError::Kind::NotFound,
            QStringLiteral("no override '%1' in force").arg(id), QStringLiteral("id"));
    const RoutingOverride ended = *it;
    m_audit.append(
        endRecord(ended, actor, QStringLiteral("removed")), [&] { m_store.end(ended.id, actor); });
    m_overrides.erase(it);
    scheduleExpiry();
    return ended;
}

void OverrideService::lapseDue()
{
    const QDateTime now = m_now();
    QStringList districts;
    for (qsizetype i = m_overrides.size() - 1; i >= 0; --i) {
        const RoutingOverride o = m_overrides.at(i);
        if (!o.expiredAt(now))
            continue;
        try {
            m_audit.append(endRecord(o, kOverrideActor, QStringLiteral("expired")),
                [&] { m_store.end(o.id, kOverrideActor); });
        } catch (const std::exception &e) {
            // It lapses all the same: an expired override must not keep routing.
            qCCritical(lcRouting) << "cannot record that override" << o.id
                                  << "expired:" << e.what();
        }
        qCInfo(lcRouting).noquote() << "override" << o.id << "expired";
        m_overrides.removeAt(i);
        districts += o.districts;
    }
    scheduleExpiry();
    if (!districts.isEmpty())
        Q_EMIT lapsed(districts);
}

void OverrideService::scheduleExpiry()
{
    m_expiry.stop();
    QDateTime next;
    for (const auto &o : std::as_const(m_overrides)) {
        if (!next.isValid() || o.expires < next)
            next = o.expires;
    }
    if (!next.isValid())
        return;
    const qint64 ms = m_now().msecsTo(next);
    // QTimer takes an int: re-arm at most daily until the day comes.
    m_expiry.start(int(std::clamp<qint64>(ms + 1, 0, 24LL * 3600 * 1000)));
}
