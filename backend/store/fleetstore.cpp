#include "backend/store/fleetstore.h"

#include "backend/store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    const auto array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

FleetStore::FleetStore(Database &db)
    : m_db(db)
{ }

QList<Region> FleetStore::regions()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, name, provider, cloud_region, latitude, longitude, jurisdiction, "
        "certifications, cost_per_replica_hour FROM regions ORDER BY id"));
    QList<Region> out;
    while (q.next()) {
        Region r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.provider = q.value(2).toString();
        r.cloudRegion = q.value(3).toString();
        r.latitude = q.value(4).toDouble();
        r.longitude = q.value(5).toDouble();
        r.jurisdiction = q.value(6).toString();
        r.certifications = listFromJson(q.value(7).toString());
        r.costPerReplicaHour = q.value(8).toDouble();
        out.append(r);
    }
    return out;
}

void FleetStore::upsertRegion(const Region &r)
{
    m_db.exec(QStringLiteral("DELETE FROM regions WHERE id = ?"), {r.id});
    m_db.exec(QStringLiteral(
                  "INSERT INTO regions (id, name, provider, cloud_region, latitude, longitude, "
                  "jurisdiction, certifications, cost_per_replica_hour) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.name, r.provider, r.cloudRegion, r.latitude, r.longitude, r.jurisdiction,
            listToJson(r.certifications), r.costPerReplicaHour});
}

QList<District> FleetStore::districts()
{
    auto q
        = m_db.exec(QStringLiteral("SELECT id, name, jurisdiction, latitude, longitude, time_zone, "
                                   "data_classes, calendar FROM districts ORDER BY id"));
    QList<District> out;
    while (q.next()) {
        District d;
        d.id = q.value(0).toString();
        d.name = q.value(1).toString();
        d.jurisdiction = q.value(2).toString();
        d.latitude = q.value(3).toDouble();
        d.longitude = q.value(4).toDouble();
        d.timeZone = q.value(5).toString();
        d.dataClasses = listFromJson(q.value(6).toString());
        d.calendar = SchoolCalendar::fromJson(
            QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
        out.append(d);
    }
    return out;
}

void FleetStore::upsertDistrict(const District &d)
{
    m_db.exec(QStringLiteral("DELETE FROM districts WHERE id = ?"), {d.id});
    m_db.exec(QStringLiteral("INSERT INTO districts (id, name, jurisdiction, latitude, longitude, "
                             "time_zone, data_classes, calendar) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.id, d.name, d.jurisdiction, d.latitude, d.longitude, d.timeZone,
            listToJson(d.dataClasses),
            QString::fromUtf8(QJsonDocument(d.calendar.toJson()).toJson(QJsonDocument::Compact))});
}

QList<Pod> FleetStore::pods()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, region, type, replicas, min_replicas, max_replicas, "
        "capacity_rps, model_version, "
        "jurisdiction, certifications, health, draining, deleting FROM pods ORDER BY id"));
    QList<Pod> out;
    while (q.next()) {
        Pod p;
        p.id = q.value(0).toString();
        p.region = q.value(1).toString();
        p.type = podTypeFromName(q.value(2).toString()).value_or(PodType::Primary);
        p.replicas = q.value(3).toInt();
        p.minReplicas = q.value(4).toInt();
        p.maxReplicas = q.value(5).toInt();
        p.capacityRps = q.value(6).toInt();
        p.modelVersion = q.value(7).toString();
        p.jurisdiction = q.value(8).toString();
        p.certifications = listFromJson(q.value(9).toString());
        p.health = healthStateFromName(q.value(10).toString()).value_or(HealthState::Unknown);
        p.draining = q.value(11).toInt() != 0;
        p.deleting = q.value(12).toInt() != 0;
        out.append(p);
    }
    auto r = m_db.exec(QStringLiteral(
        "SELECT pod_id, idx, instance, pid, port, health FROM replicas ORDER BY pod_id, idx"));
    while (r.next()) {
        const auto podId = r.value(0).toString();
        for (auto &pod : out) {
            if (pod.id != podId)
                continue;
            Replica replica;
            replica.index = r.value(1).toInt();
            replica.instance = r.value(2).toString();
            replica.pid = r.value(3).toLongLong();
            replica.port = r.value(4).toInt();
            replica.health
                = healthStateFromName(r.value(5).toString()).value_or(HealthState::Unknown);
            pod.replicaStatus.append(replica);
            break;
        }
    }
    return out;
}

void FleetStore::upsertPod(const Pod &p)
{
    auto exists = m_db.exec(QStringLiteral("SELECT 1 FROM pods WHERE id = ?"), {p.id});
    if (exists.next()) {
        m_db.exec(QStringLiteral(
                      "UPDATE pods SET region = ?, type = ?, replicas = ?, min_replicas = ?, "
                      "max_replicas = ?, capacity_rps = ?, model_version = ?, jurisdiction = ?, "
                      "certifications = ?, health = ?, draining = ?, deleting = ? WHERE id = ?"),
            {p.region, podTypeName(p.type), p.replicas, p.minReplicas, p.maxReplicas, p.capacityRps,
                p.modelVersion, p.jurisdiction, listToJson(p.certifications),
                healthStateName(p.health), p.draining ? 1 : 0, p.deleting ? 1 : 0, p.id});
        return;
    }
    m_db.exec(QStringLiteral(
                  "INSERT INTO pods (id, region, type, replicas, min_replicas, max_replicas, "
                  "capacity_rps, model_version, jurisdiction, certifications, health, draining, "
                  "deleting, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.id, p.region, podTypeName(p.type), p.replicas, p.minReplicas, p.maxReplicas,
            p.capacityRps, p.modelVersion, p.jurisdiction, listToJson(p.certifications),
            healthStateName(p.health), p.draining ? 1 : 0, p.deleting ? 1 : 0,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

void FleetStore::deletePod(const QString &podId)
{
    m_db.exec(QStringLiteral("DELETE FROM replicas WHERE pod_id = ?"), {podId});
    m_db.exec(QStringLiteral("DELETE FROM pods WHERE id = ?"), {podId});
}

void FleetStore::upsertReplica(const QString &podId, const Replica &r)
{
    m_db.exec(
        QStringLiteral("DELETE FROM replicas WHERE pod_id = ? AND idx = ?"), {podId, r.index});
    m_db.exec(QStringLiteral("INSERT INTO replicas (pod_id, idx, instance, pid, port, health) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
        {podId, r.index, r.instance, r.pid, r.port, healthStateName(r.health)});
}

void FleetStore::deleteReplica(const QString &podId, int index)
{
    m_db.exec(QStringLiteral("DELETE FROM replicas WHERE pod_id = ? AND idx = ?"), {podId, index});
}

void FleetStore::setReplicaHealth(const QString &podId, int index, HealthState health)
{
    m_db.exec(QStringLiteral("UPDATE replicas SET health = ? WHERE pod_id = ? AND idx = ?"),
        {healthStateName(health), podId, index});
}

void FleetStore::setPodHealth(const QString &podId, HealthState health)
{
    m_db.exec(QStringLiteral("UPDATE pods SET health = ? WHERE id = ?"),
        {healthStateName(health), podId});
}

bool FleetStore::isEmpty()
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM regions"));
    return !q.next() || q.value(0).toInt() == 0;
}
