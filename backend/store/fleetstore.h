#pragma once

#include "backend/core/district.h"
#include "backend/core/pod.h"
#include "backend/core/region.h"

#include <QList>

class Database;

/** Regions, pods, replicas and districts in the state database. Every method throws StoreError. */
class FleetStore
{
public:
    explicit FleetStore(Database &db);

    QList<Region> regions();
    void upsertRegion(const Region &region);
    QList<District> districts();
    void upsertDistrict(const District &district);

    /** Every pod with its replica rows, ordered by id. */
    QList<Pod> pods();
    /** Inserts or replaces the pod row (not its replicas). */
    void upsertPod(const Pod &pod);
    /** Deletes the pod and its replica rows. */
    void deletePod(const QString &podId);
    void upsertReplica(const QString &podId, const Replica &replica);
    void deleteReplica(const QString &podId, int index);
    void setReplicaHealth(const QString &podId, int index, HealthState health);
    void setPodHealth(const QString &podId, HealthState health);

    bool isEmpty();

private:
    Database &m_db;
};
