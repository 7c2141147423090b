// The stored capacity history: one row per pod and bucket, replaced when written again, read
// back by pod and time range in order, pruned to a bounded age; it survives a reopen.

#include "backend/store/capacityhistorystore.h"
#include "backend/store/database.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QtTest>

class TestCapacityHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendRangeAndReplace();
    void pruneKeepsTheNewest();
    void survivesReopen();
};

void TestCapacityHistoryStore::appendRangeAndReplace()
{
    QTemporaryDir dir;
    Database db;
    db.openSqlite(dir.filePath(QStringLiteral("state.db")));
    CapacityHistoryStore store(db);
    QList<CapacityBucket> buckets;
    for (int minute = 0; minute < 10; ++minute)
        for (const char *pod : {"a", "b"})
            buckets.append({QString::fromLatin1(pod), minute * 60'000LL, minute * 1.5, 50});
    store.append(buckets);
    QCOMPARE(store.count(), 20);
    // [2 min, 5 min) of pod a: minutes 2, 3, 4, oldest first.
    const auto a = store.range(QStringLiteral("a"), 120'000, 300'000);
    QCOMPARE(a.size(), 3);
    QCOMPARE(a.at(0), (CapacityBucket{QStringLiteral("a"), 120'000, 3.0, 50}));
    QCOMPARE(a.at(2).startMs, 240'000);
    // Written again (a restart within the same minute): replaced, not doubled.
    store.append({{QStringLiteral("a"), 120'000, 7.25, 40}});
    QCOMPARE(store.count(), 20);
    QCOMPARE(store.range(QStringLiteral("a"), 120'000, 180'000),
        (QList<CapacityBucket>{{QStringLiteral("a"), 120'000, 7.25, 40}}));
    QVERIFY(store.range(QStringLiteral("nobody"), 0, 1'000'000).isEmpty());
}

void TestCapacityHistoryStore::pruneKeepsTheNewest()
{
    QTemporaryDir dir;
    Database db;
    db.openSqlite(dir.filePath(QStringLiteral("state.db")));
    CapacityHistoryStore store(db);
    QList<CapacityBucket> buckets;
    for (int minute = 0; minute < 100; ++minute)
        buckets.append({QStringLiteral("a"), minute * 60'000LL, 1, 1});
    store.append(buckets);
    QCOMPARE(store.pruneBefore(40 * 60'000LL), 40);
    QCOMPARE(store.count(), 60);
    QCOMPARE(store.range(QStringLiteral("a"), 0, 1LL << 50).first().startMs, 40 * 60'000LL);
    QCOMPARE(store.pruneBefore(40 * 60'000LL), 0);
}

void TestCapacityHistoryStore::survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.db"));
    {
        Database db;
        db.openSqlite(path);
        CapacityHistoryStore(db).append({{QStringLiteral("p"), 60'000, 2.5, 30}});
    }
    Database db;
    db.openSqlite(path);
    QCOMPARE(CapacityHistoryStore(db).range(QStringLiteral("p"), 0, 120'000),
        (QList<CapacityBucket>{{QStringLiteral("p"), 60'000, 2.5, 30}}));
}

RP_TEST(TestCapacityHistoryStore, "tst_capacityhistorystore")
#include "tst_capacityhistorystore.moc"
