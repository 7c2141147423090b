// Schema migrations and durability of the state database.

#include "backend/core/pod.h"
#include "backend/store/database.h"
#include "backend/store/eventstore.h"
#include "backend/store/fleetstore.h"
#include "backend/store/schema.h"
#include "backend/store/storeerror.h"
#include "testmain.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsAtLatestVersion();
    void walAndForeignKeys();
    void reopenKeepsDataAndDoesNotRemigrate();
    void newerSchemaIsRefused();
    void failedTransactionLeavesNothing();
    void eventsPrune();
    void eventsOfAnOlderShapeEndTheReplay();
};

void TestDatabase::freshDatabaseIsAtLatestVersion()
{
    QTemporaryDir dir;
    Database db;
    db.openSqlite(dir.filePath(QStringLiteral("s.db")));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    for (const auto table : {"regions", "pods", "replicas", "districts", "events", "tokens"}) {
        auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void TestDatabase::walAndForeignKeys()
{
    QTemporaryDir dir;
    Database db;
    db.openSqlite(dir.filePath(QStringLiteral("s.db")));
    auto q = db.exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    // A pod in a region that does not exist violates the foreign key.
    QVERIFY_THROWS_EXCEPTION(StoreError,
        db.exec(QStringLiteral(
            "INSERT INTO pods (id, region, type, replicas, min_replicas, max_replicas, "
            "capacity_rps, model_version, jurisdiction, certifications, health, draining, "
            "created_at) VALUES ('p', 'nowhere', 'edge', 1, 1, 1, 1, '', '', '[]', 'unknown', 0, "
            "'')")));
}

void TestDatabase::reopenKeepsDataAndDoesNotRemigrate()
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("s.db"));
    {
        Database db;
        db.openSqlite(path);
        FleetStore store(db);
        store.upsertRegion(
            Region{QStringLiteral("r1"), QStringLiteral("R1"), QStringLiteral("local"), {}, 1, 2,
                QStringLiteral("US-WA"), {QStringLiteral("COPPA")}, 0.1});
        Pod pod;
        pod.id = QStringLiteral("p1");
        pod.region = QStringLiteral("r1");
        pod.maxReplicas = 3;
        pod.replicas = 2;
        store.upsertPod(pod);
        store.upsertReplica(pod.id, Replica{1, QStringLiteral("i"), 5, 6, HealthState::Healthy});
    }
    Database db;
    db.openSqlite(path);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    FleetStore store(db);
    const auto pods = store.pods();
    QCOMPARE(pods.size(), 1);
    QCOMPARE(pods.first().replicas, 2);
    QCOMPARE(pods.first().replicaStatus.size(), 1);
    QCOMPARE(pods.first().replicaStatus.first().health, HealthState::Healthy);
    QCOMPARE(store.regions().first().certifications, QStringList{QStringLiteral("COPPA")});
}

void TestDatabase::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("s.db"));
    {
        Database db;
        db.openSqlite(path);
        db.exec(QStringLiteral("UPDATE schema_version SET version = ?"),
            {Database::latestSchemaVersion() + 5});
    }
    Database db;
    QVERIFY_THROWS_EXCEPTION(StoreError, db.openSqlite(path));
}

void TestDatabase::failedTransactionLeavesNothing()
{
    QTemporaryDir dir;
    Database db;
    db.openSqlite(dir.filePath(QStringLiteral("s.db")));
    FleetStore store(db);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, inTransaction(db, [&] {
        store.upsertRegion(Region{QStringLiteral("r1"), QStringLiteral("R1"),
            QStringLiteral("local"), {}, 1, 2, QStringLiteral("DE"), {}, 0});
        throw std::runtime_error("crash between two writes");
    }));
    QVERIFY(store.regions().isEmpty());
}

void TestDatabase::eventsPrune()
{
    QTemporaryDir dir;
    Database db;
    db.openSqlite(dir.filePath(QStringLiteral("s.db")));
    EventStore events(db);
    for (int i = 1; i <= 50; ++i)
        events.append(Event{i, QDateTime::currentDateTimeUtc(),
            PodDeletedEvent{QStringLiteral("p%1").arg(i), QStringLiteral("r")}});
    events.prune(10);
    const auto tail = events.tail(100);
    QCOMPARE(tail.size(), 10);
    QCOMPARE(tail.first().seq, 41);
    QCOMPARE(std::get<PodDeletedEvent>(tail.first().payload).pod, QStringLiteral("p41"));
    QCOMPARE(events.latestSeq(), 50);
}

void TestDatabase::eventsOfAnOlderShapeEndTheReplay()
{
    QTemporaryDir dir;
    Database db;
    db.openSqlite(dir.filePath(QStringLiteral("s.db")));
    EventStore events(db);
    const auto now = QDateTime::currentDateTimeUtc();
    events.append(Event{1, now, PodDeletedEvent{QStringLiteral("a"), QStringLiteral("r")}});
    // What an older build wrote: the whole pod under "pod".
    db.exec(QStringLiteral("INSERT INTO events (seq, time, type, data) VALUES (?, ?, ?, ?)"),
        {2, now.toString(Qt::ISODateWithMs), QStringLiteral("pod.created"),
            QStringLiteral(R"({"pod":{"id":"b","region":"r","type":"edge"}})")});
    events.append(Event{3, now, PodDeletedEvent{QStringLiteral("c"), QStringLiteral("r")}});
    const auto tail = events.tail(10);
    // Only what follows the unreadable one: a replay from before it must reload instead.
    QCOMPARE(tail.size(), 1);
    QCOMPARE(tail.first().seq, 3);
    QCOMPARE(events.latestSeq(), 3);
}

RP_TEST(TestDatabase, "tst_database")
#include "tst_database.moc"
