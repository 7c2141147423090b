// DR replication (issue #24) against the real daemon, its directory stores and a real S3 API
// server (s3rver) as eu-west's replica store: every copy where the residency engine allows it
// and nowhere else, new objects copied and verified, a migration's stale copy removed, a
// revoked consent's copy removed, a dead target's backlog drained, a kill -9 mid-copy.

#include "daemonprocess.h"
#include "s3serverprocess.h"
#include "testmain.h"

#include "backend/providers/objectstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QJsonObject s3Config(const QString &endpoint, const QString &bucket)
{
    return {{QStringLiteral("type"), QStringLiteral("s3")}, {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("bucket"), bucket}, {QStringLiteral("region"), QStringLiteral("us-east-1")},
        {QStringLiteral("access_key"), QStringLiteral("S3RVER")},
        {QStringLiteral("secret_key"), QStringLiteral("S3RVER")},
        {QStringLiteral("path_style"), true}};
}

QByteArray rows(const QString &tag, int n)
{
    QByteArray out = "id,value\n";
    for (int i = 0; i < n; ++i)
        out += QStringLiteral("%1-%2,%3\n").arg(tag).arg(i).arg(i * 31 % 97).toUtf8();
    return out;
}

/** How many of @p district's audit records are @p action. */
int auditCount(DaemonProcess &daemon, const QString &district, const QString &action)
{
    int n = 0;
    const auto reply
        = daemon.request("GET", QStringLiteral("/audit?district=%1&limit=1000").arg(district));
    for (const auto &r : reply.json().value(QStringLiteral("records")).toArray())
        n += r.toObject().value(QStringLiteral("action")).toString() == action ? 1 : 0;
    return n;
}

} // namespace

class TestReplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCopyIsWhereThePolicyAllows();
    void newObjectIsCopiedAndVerified();
    void migrationLeavesNoStaleCopy();
    void revokedConsentRemovesItsCopy();
    void deadTargetGrowsBacklogThenDrains();
    void erasureReachesEveryCopy();
    void erasureWaitsForAnUnreachableReplica();
    void badErasureChangesNothing_data();
    void badErasureChangesNothing();
    void badConfigIsRefused();
    void killDuringCopyLosesNothing_data();
    void killDuringCopyLosesNothing();

private:
    QJsonObject config() const;
    QList<QJsonObject> entries(DaemonProcess &daemon);
    std::optional<QJsonObject> entry(DaemonProcess &daemon, const QString &district,
        const QString &dataClass, const QString &source);
    /** Polls until the daemon has scanned and nothing is pending; false at the deadline. */
    bool waitDrained(DaemonProcess &daemon, int timeoutMs = 60000);
    std::unique_ptr<ObjectStore> replicaStoreOf(const QString &region);
    std::unique_ptr<ObjectStore> primaryStoreOf(const QString &region);

    S3ServerProcess m_s3;
    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<DaemonProcess> m_daemon;
};

QJsonObject TestReplication::config() const
{
    QJsonObject euWest;
    euWest.insert(QStringLiteral("replicas"), s3Config(m_s3.endpoint(), QStringLiteral("rp-dr")));
    return {{QStringLiteral("object_stores"), QJsonObject{{QStringLiteral("eu-west"), euWest}}},
        {QStringLiteral("replication"),
            // Pages of 7: every store's listing (and the ledger merged with it) spans pages.
            QJsonObject{{QStringLiteral("scan_interval_ms"), 300},
                {QStringLiteral("lag_target_s"), 3}, {QStringLiteral("verify_targets_every"), 1},
                {QStringLiteral("workers"), 2}, {QStringLiteral("page_size"), 7}}}};
}

void TestReplication::initTestCase()
{
    const auto problem = m_s3.start({QStringLiteral("rp-dr")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto args
        = DaemonProcess::prepare(m_dir.path(), QJsonDocument(config()).toJson(), &m_dataDir);
    QVERIFY(!args.isEmpty());
    m_daemon = std::make_unique<DaemonProcess>(m_dataDir);
    QVERIFY(m_daemon->start(args, 60000));
    QVERIFY2(waitDrained(*m_daemon), "the demo's objects were not all copied within 60 s");
}

QList<QJsonObject> TestReplication::entries(DaemonProcess &daemon)
{
    QList<QJsonObject> list;
    const auto reply = daemon.request("GET", QStringLiteral("/replication"));
    for (const auto &e : reply.json().value(QStringLiteral("entries")).toArray())
        list.append(e.toObject());
    return list;
}

std::optional<QJsonObject> TestReplication::entry(
    DaemonProcess &daemon, const QString &district, const QString &dataClass, const QString &source)
{
    for (const QJsonObject &e : entries(daemon))
        if (e.value(QStringLiteral("district")).toString() == district
            && e.value(QStringLiteral("data_class")).toString() == dataClass
            && e.value(QStringLiteral("source_region")).toString() == source)
            return e;
    return std::nullopt;
}

bool TestReplication::waitDrained(DaemonProcess &daemon, int timeoutMs)
{
    for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired(); QTest::qWait(100)) {
        const auto reply = daemon.request("GET", QStringLiteral("/replication")).json();
        if (reply.value(QStringLiteral("scanned_at")).isNull())
            continue;
        const auto list = reply.value(QStringLiteral("entries")).toArray();
        bool done = !list.isEmpty();
        for (const auto &v : list) {
            const auto e = v.toObject();
            const bool hasTarget = !e.value(QStringLiteral("target_region")).isNull();
            if (e.value(QStringLiteral("backlog_objects")).toInteger() != 0
                || (hasTarget
                    && e.value(QStringLiteral("replicated_objects")).toInteger()
                        != e.value(QStringLiteral("objects")).toInteger()))
                done = false;
        }
        if (done)
            return true;
    }
    return false;
}

std::unique_ptr<ObjectStore> TestReplication::replicaStoreOf(const QString &region)
{
    QString error;
    const QJsonObject config = region == QLatin1String("eu-west")
        ? s3Config(m_s3.endpoint(), QStringLiteral("rp-dr"))
        : QJsonObject{{QStringLiteral("type"), QStringLiteral("directory")},
            {QStringLiteral("path"), QStringLiteral("replica-stores/") + region}};
    auto store = createObjectStore(config, m_dataDir, &error);
    if (!store)
        qWarning() << error;
    return store;
}

std::unique_ptr<ObjectStore> TestReplication::primaryStoreOf(const QString &region)
{
    QString error;
    return createObjectStore(QJsonObject{{QStringLiteral("type"), QStringLiteral("directory")},
                                 {QStringLiteral("path"), QStringLiteral("stores/") + region}},
        m_dataDir, &error);
}

void TestReplication::everyCopyIsWhereThePolicyAllows()
{
    // For every demo district, class and source region: the copy's place is one the residency
    // engine itself allows (POST /residency/validate), outside the source region, and holds the
    // source's bytes; with no target, no other region is allowed and the remedy says what to do.
    const auto list = entries(*m_daemon);
    QVERIFY(list.size() > 100);
    QStringList regions;
    for (const auto &r : m_daemon->request("GET", QStringLiteral("/regions"))
                             .json()
                             .value(QStringLiteral("regions"))
                             .toArray())
        regions.append(r.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(regions.size(), 6);
    int withTarget = 0;
    int withoutTarget = 0;
    for (const QJsonObject &e : list) {
        const QString district = e.value(QStringLiteral("district")).toString();
        const QString cls = e.value(QStringLiteral("data_class")).toString();
        const QString source = e.value(QStringLiteral("source_region")).toString();
        const QString target = e.value(QStringLiteral("target_region")).toString();
        QJsonArray placements;
        for (const QString &region : regions)
            if (region != source)
                placements.append(QJsonObject{{QStringLiteral("district"), district},
                    {QStringLiteral("data_class"), cls}, {QStringLiteral("region"), region}});
        const auto verdicts = m_daemon->request("POST", QStringLiteral("/residency/validate"),
            QJsonDocument(QJsonObject{{QStringLiteral("placements"), placements}}).toJson());
        QCOMPARE(verdicts.status, 200);
        QStringList allowed;
        const auto results = verdicts.json().value(QStringLiteral("results")).toArray();
        for (qsizetype i = 0; i < results.size(); ++i)
            if (results.at(i).toObject().value(QStringLiteral("allowed")).toBool())
                allowed.append(
                    placements.at(i).toObject().value(QStringLiteral("region")).toString());
        const QString where = QStringLiteral("%1/%2 from %3").arg(district, cls, source);
        if (target.isEmpty()) {
            ++withoutTarget;
            QVERIFY2(allowed.isEmpty(),
                qPrintable(where
                    + QStringLiteral(" has no copy, yet the "
                                     "policy allows ")
                    + allowed.join(u',')));
            QVERIFY2(!e.value(QStringLiteral("remedy")).toString().isEmpty(), qPrintable(where));
            QCOMPARE(e.value(QStringLiteral("replicated_objects")).toInteger(), 0);
            continue;
        }
        ++withTarget;
        QVERIFY2(target != source, qPrintable(where));
        QVERIFY2(
            allowed.contains(target), qPrintable(where + QStringLiteral(" copied to ") + target));
        // The bytes themselves: each source object is in the target's replica store, same SHA.
        auto source_store = primaryStoreOf(source);
        auto target_store = replicaStoreOf(target);
        QVERIFY(source_store && target_store);
        const auto page
            = source_store->list(district + QLatin1Char('/') + cls + QLatin1Char('/'), {}, 1000);
        QCOMPARE(page.objects.size(), e.value(QStringLiteral("objects")).toInteger());
        for (const ObjectInfo &info : page.objects) {
            const auto copy = target_store->head(info.key);
            QVERIFY2(copy, qPrintable(info.key + QStringLiteral(" missing in ") + target));
            QCOMPARE(copy->meta.sha256, source_store->head(info.key)->meta.sha256);
        }
    }
    QVERIFY(withTarget > 50);
    QVERIFY(withoutTarget > 10);

    // The cases the issue names: Texas records stay in Texas (no store there: none, and the
    // remedy says so), German records go to the other EU region, Ontario's to nowhere.
    const auto houston = entry(*m_daemon, QStringLiteral("us-tx-houston"),
        QStringLiteral("student_pii"), QStringLiteral("us-east"));
    QVERIFY(houston);
    QVERIFY(houston->value(QStringLiteral("target_region")).isNull());
    QVERIFY2(houston->value(QStringLiteral("remedy")).toString().contains(u"US-TX"),
        qPrintable(houston->value(QStringLiteral("remedy")).toString()));
    QVERIFY2(houston->value(QStringLiteral("remedy")).toString().contains(u"consent"),
        qPrintable(houston->value(QStringLiteral("remedy")).toString()));
    const auto berlin = entry(*m_daemon, QStringLiteral("de-berlin"), QStringLiteral("student_pii"),
        QStringLiteral("eu-central"));
    QVERIFY(berlin);
    QCOMPARE(berlin->value(QStringLiteral("target_region")).toString(), QStringLiteral("eu-west"));
    QVERIFY(berlin->value(QStringLiteral("target_store")).toString().startsWith(u"s3://rp-dr"));
    const auto toronto = entry(*m_daemon, QStringLiteral("ca-on-toronto"),
        QStringLiteral("ca_personal"), QStringLiteral("ca-central"));
    QVERIFY(toronto);
    QVERIFY(toronto->value(QStringLiteral("target_region")).isNull());

    // Each copy is in the audit chain.
    QVERIFY(auditCount(*m_daemon, QStringLiteral("de-berlin"), QStringLiteral("replication.copy"))
        >= 2);
}

void TestReplication::newObjectIsCopiedAndVerified()
{
    const QString key = QStringLiteral("de-munich/student_pii/new-enrolments.csv");
    const QByteArray data = rows(QStringLiteral("enrol"), 200);
    primaryStoreOf(QStringLiteral("eu-central"))->put(key, data, ObjectMeta{});
    auto target = replicaStoreOf(QStringLiteral("eu-west"));
    QTRY_VERIFY_WITH_TIMEOUT(target->head(key).has_value(), 30000);
    QCOMPARE(target->get(key), data);
    QVERIFY(waitDrained(*m_daemon));

    // Changed at the source: the copy follows.
    const QByteArray changed = rows(QStringLiteral("enrol-v2"), 210);
    primaryStoreOf(QStringLiteral("eu-central"))->put(key, changed, ObjectMeta{});
    QTRY_VERIFY_WITH_TIMEOUT(
        target->head(key)->meta.sha256 == ObjectStore::sha256Hex(changed), 30000);

    // Removed from the copy behind the daemon's back: the target scan puts it back.
    target->remove(key);
    QTRY_VERIFY_WITH_TIMEOUT(target->head(key).has_value(), 30000);
    QCOMPARE(target->get(key), changed);

    // Keys whose UTF-8 and UTF-16 orders differ (U+E000 sorts before U+1F600 in UTF-8, after
    // it in UTF-16): the scan merges the listing with the ledger in the listing's order, so
    // each is copied once and then left alone, scan after scan.
    const QStringList unusual{QStringLiteral("de-munich/student_pii/\uE000-private.csv"),
        QStringLiteral("de-munich/student_pii/\U0001F600-notes.csv")};
    for (const QString &k : unusual)
        primaryStoreOf(QStringLiteral("eu-central"))->put(k, rows(k, 5), ObjectMeta{});
    for (const QString &k : unusual)
        QTRY_VERIFY_WITH_TIMEOUT(target->head(k).has_value(), 30000);
    QVERIFY(waitDrained(*m_daemon));
    QString scanned = m_daemon->request("GET", QStringLiteral("/replication"))
                          .json()
                          .value(QStringLiteral("scanned_at"))
                          .toString();
    for (int scans = 0; scans < 3; ++scans) {
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->request("GET", QStringLiteral("/replication"))
                                     .json()
                                     .value(QStringLiteral("scanned_at"))
                                     .toString()
                != scanned,
            30000);
        scanned = m_daemon->request("GET", QStringLiteral("/replication"))
                      .json()
                      .value(QStringLiteral("scanned_at"))
                      .toString();
    }
    QVERIFY(waitDrained(*m_daemon));
    const auto audit
        = m_daemon->request("GET", QStringLiteral("/audit?district=de-munich&limit=1000"))
              .json()
              .value(QStringLiteral("records"))
              .toArray();
    for (const QString &k : unusual) {
        int copies = 0;
        for (const auto &r : audit)
            copies += r.toObject().value(QStringLiteral("action")).toString() == u"replication.copy"
                    && r.toObject()
                            .value(QStringLiteral("details"))
                            .toObject()
                            .value(QStringLiteral("key"))
                            .toString()
                        == k
                ? 1
                : 0;
        QVERIFY2(copies == 1, qPrintable(QStringLiteral("%1: %2 copies").arg(k).arg(copies)));
    }
}

void TestReplication::migrationLeavesNoStaleCopy()
{
    // fr-paris/student_pii lives in eu-west (copy in eu-central's replica store); moved to
    // eu-central, its copy must leave eu-central's replica store and appear in eu-west's.
    const QString key = QStringLiteral("fr-paris/student_pii/roster-2026.csv");
    auto centralReplicas = replicaStoreOf(QStringLiteral("eu-central"));
    auto westReplicas = replicaStoreOf(QStringLiteral("eu-west"));
    QVERIFY(centralReplicas->head(key).has_value());
    QVERIFY(!westReplicas->head(key).has_value());
    const auto started = m_daemon->request("POST", QStringLiteral("/residency/migrate"),
        QJsonDocument(QJsonObject{{QStringLiteral("district"), QStringLiteral("fr-paris")},
                          {QStringLiteral("from"), QStringLiteral("eu-west")},
                          {QStringLiteral("to"), QStringLiteral("eu-central")},
                          {QStringLiteral("keys"), QJsonArray{key}}})
            .toJson());
    QCOMPARE(started.status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(!centralReplicas->head(key).has_value(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(westReplicas->head(key).has_value(), 30000);
    QVERIFY(waitDrained(*m_daemon));
    const auto moved = entry(*m_daemon, QStringLiteral("fr-paris"), QStringLiteral("student_pii"),
        QStringLiteral("eu-central"));
    QVERIFY(moved);
    QCOMPARE(moved->value(QStringLiteral("target_region")).toString(), QStringLiteral("eu-west"));
}

void TestReplication::revokedConsentRemovesItsCopy()
{
    // Austin's records may only be in Texas or where a consent names: none but its home
    // (us-east) today, so no copy. A consent naming us-west allows one there; revoking it
    // removes the copy and the entry says there is none again.
    const QString key = QStringLiteral("us-tx-austin/student_pii/roster-2026.csv");
    auto before = entry(*m_daemon, QStringLiteral("us-tx-austin"), QStringLiteral("student_pii"),
        QStringLiteral("us-east"));
    QVERIFY(before);
    QVERIFY(before->value(QStringLiteral("target_region")).isNull());
    QVERIFY(before->value(QStringLiteral("remedy")).toString().contains(u"us-west"));
    const auto consent = m_daemon->request("POST", QStringLiteral("/residency/consents"),
        QJsonDocument(QJsonObject{{QStringLiteral("district"), QStringLiteral("us-tx-austin")},
                          {QStringLiteral("data_class"), QStringLiteral("student_pii")},
                          {QStringLiteral("region"), QStringLiteral("us-west")},
                          {QStringLiteral("reference"), QStringLiteral("DR-AGREEMENT-7")},
                          {QStringLiteral("expires"),
                              QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate)}})
            .toJson());
    QCOMPARE(consent.status, 201);
    auto westReplicas = replicaStoreOf(QStringLiteral("us-west"));
    QTRY_VERIFY_WITH_TIMEOUT(westReplicas->head(key).has_value(), 30000);

    const QString id = consent.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_daemon->request("DELETE", QStringLiteral("/residency/consents/") + id).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!westReplicas->head(key).has_value(), 30000);
    QVERIFY(waitDrained(*m_daemon));
    const auto after = entry(*m_daemon, QStringLiteral("us-tx-austin"),
        QStringLiteral("student_pii"), QStringLiteral("us-east"));
    QVERIFY(after);
    QVERIFY(after->value(QStringLiteral("target_region")).isNull());
    QCOMPARE(
        auditCount(*m_daemon, QStringLiteral("us-tx-austin"), QStringLiteral("replication.remove")),
        1);
}

void TestReplication::deadTargetGrowsBacklogThenDrains()
{
    const int port = m_s3.port();
    m_s3.stop();
    auto source = primaryStoreOf(QStringLiteral("eu-central"));
    QStringList keys;
    for (int i = 0; i < 20; ++i) {
        keys.append(QStringLiteral("nl-amsterdam/student_pii/outage-%1.csv").arg(i));
        source->put(keys.constLast(), rows(keys.constLast(), 50 + i), ObjectMeta{});
    }
    // The backlog grows and says why; the lag breach is raised (target 3 s).
    QTRY_VERIFY_WITH_TIMEOUT(entry(*m_daemon, QStringLiteral("nl-amsterdam"),
                                 QStringLiteral("student_pii"), QStringLiteral("eu-central"))
                                 ->value(QStringLiteral("backlog_objects"))
                                 .toInteger()
            == 20,
        30000);
    QTRY_VERIFY_WITH_TIMEOUT(auditCount(*m_daemon, QStringLiteral("nl-amsterdam"),
                                 QStringLiteral("replication.lag_breach"))
            == 1,
        30000);
    const auto metrics = m_daemon->request("GET", QStringLiteral("/metrics"));
    QVERIFY(metrics.body.contains(
        "rp_replication_backlog_objects{source_region=\"eu-central\",target_region=\"eu-west\"}"));

    QVERIFY(m_s3.start({QStringLiteral("rp-dr")}, port).isEmpty());
    QVERIFY2(waitDrained(*m_daemon, 90000), "the backlog did not drain once the target was back");
    auto target = replicaStoreOf(QStringLiteral("eu-west"));
    for (const QString &key : std::as_const(keys))
        QCOMPARE(target->head(key)->meta.sha256, source->head(key)->meta.sha256);
    QTRY_VERIFY_WITH_TIMEOUT(auditCount(*m_daemon, QStringLiteral("nl-amsterdam"),
                                 QStringLiteral("replication.lag_recovered"))
            == 1,
        30000);
}

/** Polls GET /residency/erasures/{id} until its state is @p state; the last answer. */
static QJsonObject waitErasure(DaemonProcess &daemon, const QString &id, const QString &state)
{
    QJsonObject last;
    for (QDeadlineTimer deadline(60000); !deadline.hasExpired(); QTest::qWait(100)) {
        last = daemon.request("GET", QStringLiteral("/residency/erasures/") + id).json();
        if (last.value(QStringLiteral("state")).toString() == state)
            break;
    }
    return last;
}

void TestReplication::erasureReachesEveryCopy()
{
    // de-munich's student records: the primary in eu-central, the DR copy in eu-west's replica
    // store (s3rver). Both go, each confirmed, and the receipt says so.
    const QString prefix = QStringLiteral("de-munich/student_pii/");
    auto primary = primaryStoreOf(QStringLiteral("eu-central"));
    auto replica = replicaStoreOf(QStringLiteral("eu-west"));
    const int held = int(primary->list(prefix, {}, 1000).objects.size());
    QVERIFY(held >= 2); // the roster, and the new enrolments from an earlier case
    QCOMPARE(replica->list(prefix, {}, 1000).objects.size(), held);
    const auto started = m_daemon->request("POST", QStringLiteral("/residency/erasure"),
        QJsonDocument(QJsonObject{{QStringLiteral("district"), QStringLiteral("de-munich")},
                          {QStringLiteral("prefix"), prefix}})
            .toJson());
    QCOMPARE(started.status, 202);
    const QString id = started.json().value(QStringLiteral("id")).toString();
    const auto receipt = waitErasure(*m_daemon, id, QStringLiteral("done"));
    QCOMPARE(receipt.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const auto items = receipt.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2 * held);
    int replicas = 0;
    for (const auto &v : items) {
        const auto item = v.toObject();
        QVERIFY(item.value(QStringLiteral("deleted")).toBool());
        QVERIFY(!item.value(QStringLiteral("verified_at")).isNull());
        QVERIFY(item.value(QStringLiteral("key")).toString().startsWith(prefix));
        if (item.value(QStringLiteral("copy")).toString() == u"replica") {
            ++replicas;
            QVERIFY(item.value(QStringLiteral("store")).toString().startsWith(u"s3://rp-dr"));
        }
    }
    QCOMPARE(replicas, held);
    QVERIFY(primary->list(prefix, {}, 1000).objects.isEmpty());
    QVERIFY(replica->list(prefix, {}, 1000).objects.isEmpty());
    QCOMPARE(auditCount(*m_daemon, QStringLiteral("de-munich"), QStringLiteral("erasure.done")), 1);
    // Nothing comes back: replication has no source left to copy from.
    QVERIFY(waitDrained(*m_daemon));
    QVERIFY(replica->list(prefix, {}, 1000).objects.isEmpty());
}

void TestReplication::erasureWaitsForAnUnreachableReplica()
{
    const QString key = QStringLiteral("es-madrid/student_pii/roster-2026.csv");
    auto replica = replicaStoreOf(QStringLiteral("eu-central"));
    QVERIFY(replica->head(key).has_value()); // es-madrid lives in eu-west, its copy in eu-central
    const QString prefix = QStringLiteral("nl-amsterdam/student_pii/outage-");
    QVERIFY(!replicaStoreOf(QStringLiteral("eu-west"))->list(prefix, {}, 1000).objects.isEmpty());
    const int port = m_s3.port();
    m_s3.stop();
    const auto started = m_daemon->request("POST", QStringLiteral("/residency/erasure"),
        QJsonDocument(QJsonObject{{QStringLiteral("district"), QStringLiteral("nl-amsterdam")},
                          {QStringLiteral("prefix"), prefix}})
            .toJson());
    QCOMPARE(started.status, 202);
    const QString id = started.json().value(QStringLiteral("id")).toString();
    const auto pending = waitErasure(*m_daemon, id, QStringLiteral("pending"));
    QCOMPARE(pending.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    bool named = false;
    for (const auto &v : pending.value(QStringLiteral("items")).toArray()) {
        const auto item = v.toObject();
        if (!item.value(QStringLiteral("deleted")).toBool()
            && item.value(QStringLiteral("store")).toString().contains(u"s3")
            && item.value(QStringLiteral("error")).toString().contains(u"unreachable"))
            named = true;
    }
    QVERIFY2(named, qPrintable(QString::fromUtf8(QJsonDocument(pending).toJson())));
    QVERIFY(primaryStoreOf(QStringLiteral("eu-central"))->list(prefix, {}, 1000).objects.isEmpty());
    QVERIFY(m_s3.start({QStringLiteral("rp-dr")}, port).isEmpty());
    const auto done = waitErasure(*m_daemon, id, QStringLiteral("done"));
    QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QVERIFY(replicaStoreOf(QStringLiteral("eu-west"))->list(prefix, {}, 1000).objects.isEmpty());
    QVERIFY(replica->head(key).has_value()); // another district's copy untouched
}

void TestReplication::badErasureChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("names nothing") << QByteArray(R"({"district":"fr-lyon"})") << 400 << "prefix";
    QTest::newRow("both") << QByteArray(
        R"({"district":"fr-lyon","prefix":"fr-lyon/","keys":["fr-lyon/a/b"]})")
                          << 400 << "keys";
    QTest::newRow("no keys") << QByteArray(R"({"district":"fr-lyon","keys":[]})") << 400 << "keys";
    QTest::newRow("another district's prefix")
        << QByteArray(R"({"district":"fr-lyon","prefix":"fr-paris/"})") << 400 << "prefix";
    QTest::newRow("another district's key")
        << QByteArray(R"({"district":"fr-lyon","keys":["fr-paris/student_pii/x"]})") << 400
        << "keys[0]";
    QTest::newRow("unknown district")
        << QByteArray(R"({"district":"xx-nowhere","prefix":"xx-nowhere/"})") << 404 << "district";
}

void TestReplication::badErasureChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const auto before = m_daemon->request("GET", QStringLiteral("/residency/erasures")).json();
    const auto held = primaryStoreOf(QStringLiteral("eu-west"))
                          ->list(QStringLiteral("fr-lyon/"), {}, 1000)
                          .objects.size();
    const auto reply = m_daemon->request("POST", QStringLiteral("/residency/erasure"), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/residency/erasures")).json(), before);
    QCOMPARE(primaryStoreOf(QStringLiteral("eu-west"))
                 ->list(QStringLiteral("fr-lyon/"), {}, 1000)
                 .objects.size(),
        held);
}

void TestReplication::badConfigIsRefused()
{
    // A replica store that is the primary store itself would make copies look like primaries.
    QTemporaryDir dir;
    QString dataDir;
    const QByteArray config = R"({"object_stores": {"us-west": {"type": "directory",
        "path": "same", "replicas": {"type": "directory", "path": "same"}}}})";
    const auto args = DaemonProcess::prepare(dir.path(), config, &dataDir);
    DaemonProcess daemon(dataDir);
    QVERIFY(!daemon.start(args, 20000));
    QVERIFY(daemon.waitForExit(10000));
}

void TestReplication::killDuringCopyLosesNothing_data()
{
    QTest::addColumn<QString>("failpoint");
    // copy: the copy is put, not yet read back. commit: verified, the ledger not yet told.
    QTest::newRow("copy") << "replication.copy";
    QTest::newRow("commit") << "replication.commit";
}

void TestReplication::killDuringCopyLosesNothing()
{
    QFETCH(QString, failpoint);
    QTemporaryDir dir;
    QString dataDir;
    const QByteArray config = R"({"replication": {"scan_interval_ms": 300, "lag_target_s": 3}})";
    const auto args = DaemonProcess::prepare(dir.path(), config, &dataDir);
    DaemonProcess daemon(dataDir);
    // It may die before or after it answers its first /healthz: either way it must die.
    daemon.start(args, 60000, {QStringLiteral("RP_FAILPOINT=") + failpoint});
    QVERIFY2(daemon.waitForExit(60000), "the daemon did not reach the failpoint");
    QVERIFY(daemon.crashed());
    QVERIFY(daemon.start(args, 60000));
    QVERIFY2(waitDrained(daemon), "the copies did not all complete after the restart");
    // Nothing is left half-done: every ledger copy verified (replicated == objects) and every
    // object in a replica store is one the ledger knows.
    qint64 copies = 0;
    for (const QJsonObject &e : entries(daemon))
        copies += e.value(QStringLiteral("replicated_objects")).toInteger();
    qint64 held = 0;
    for (const QString &region : {QStringLiteral("us-west"), QStringLiteral("us-east"),
             QStringLiteral("eu-central"), QStringLiteral("eu-west"),
             QStringLiteral("ap-southeast"), QStringLiteral("ca-central")}) {
        QString error;
        auto store = createObjectStore(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("directory")},
                {QStringLiteral("path"), QStringLiteral("replica-stores/") + region}},
            dataDir, &error);
        QVERIFY2(store, qPrintable(error));
        for (QString token;;) {
            const auto page = store->list({}, token, 1000);
            held += page.objects.size();
            token = page.nextToken;
            if (token.isEmpty())
                break;
        }
    }
    QVERIFY(copies > 50);
    QCOMPARE(held, copies);
}

RP_TEST(TestReplication, "tst_replication")
#include "tst_replication.moc"
