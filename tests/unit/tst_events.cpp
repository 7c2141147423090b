// The typed event payloads (backend/core/events/, event.h): every type round-trips through its
// wire shape, the shapes docs/api.md gives parse to the values they describe, bad payloads are
// refused naming the field, and a type this build does not know is kept, not dropped.

#include "backend/core/event.h"
#include "backend/core/validationerror.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QtTest>

#include <algorithm>
#include <variant>

Q_DECLARE_METATYPE(Event)

namespace {

const QDateTime kTime(QDate(2026, 12, 7), QTime(9, 30, 0, 125), Qt::UTC);

Pod samplePod()
{
    Pod pod;
    pod.id = QStringLiteral("us-west-primary");
    pod.region = QStringLiteral("us-west");
    pod.type = PodType::Primary;
    pod.replicas = 2;
    pod.minReplicas = 1;
    pod.maxReplicas = 4;
    pod.capacityRps = 80;
    pod.modelVersion = QStringLiteral("tutor-v3");
    pod.health = HealthState::Healthy;
    pod.draining = true;
    pod.replicaStatus = {Replica{0, QStringLiteral("i0"), 101, 4100, HealthState::Healthy},
        Replica{1, QStringLiteral("i1"), 102, 4101, HealthState::Degraded}};
    return pod;
}

QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (!doc.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// The EventType of every alternative of EventPayload, in order.
template <std::size_t... I> QList<EventType> payloadTypes(std::index_sequence<I...>)
{
    return {std::variant_alternative_t<I, EventPayload>::kType...};
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeHasOnePayload();
    void roundTrips_data();
    void roundTrips();
    void documentedShapes();
    void rejects_data();
    void rejects();
    void unknownTypeIsKept();
    void districtAndPod();
};

void TestEvents::everyTypeHasOnePayload()
{
    // Each EventType (and Unknown) is the type of exactly one alternative.
    const auto sorted = [](const QList<EventType> &types) {
        QList<int> out;
        for (const auto type : types)
            out.append(int(type));
        std::sort(out.begin(), out.end());
        return out;
    };
    auto known = knownEventTypes();
    known.prepend(EventType::Unknown);
    QCOMPARE(sorted(payloadTypes(std::make_index_sequence<std::variant_size_v<EventPayload>>())),
        sorted(known));
}

void TestEvents::roundTrips_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("type");
    const Pod pod = samplePod();
    const auto row = [](const char *type, qint64 seq, EventPayload payload) {
        QTest::newRow(type) << Event{seq, kTime, std::move(payload)} << QString::fromLatin1(type);
    };
    row("hello", 0, HelloEvent{1234});
    row("stream.reset", 0, StreamResetEvent{QStringLiteral("gone"), 900, true});
    row("pod.created", 1, PodCreatedEvent{pod});
    row("pod.scaled", 2, PodScaledEvent{pod, 1});
    row("pod.draining", 3, PodDrainingEvent{pod});
    row("pod.drain", 4, PodDrainEvent{pod, true});
    row("pod.deleted", 5, PodDeletedEvent{pod.id, pod.region});
    row("pod.health", 6,
        PodHealthEvent{pod.id, pod.region, HealthState::Unhealthy, HealthState::Healthy});
    row("replica.started", 7, ReplicaStartedEvent{pod.id, pod.region, pod.replicaStatus.at(1)});
    row("replica.stopped", 8, ReplicaStoppedEvent{pod.id, pod.region, pod.replicaStatus.at(0)});
    row("replica.health", 9,
        ReplicaHealthEvent{pod.id, pod.region, 1, HealthState::Degraded, HealthState::Healthy});
    row("migration.progress", 10,
        MigrationProgressEvent{QStringLiteral("m-1"), QStringLiteral("us-tx-houston"),
            QStringLiteral("us-east"), QStringLiteral("us-south"), MigrationState::Running, 3, 7,
            QString()});
    row("routing.changed", 11,
        RoutingChangedEvent{QStringLiteral("us-co-denver"), QStringLiteral("us-west-primary"),
            QStringLiteral("us-west-edge"), RouteReason::Failover,
            {{QStringLiteral("us-west-edge"), 90}, {QStringLiteral("us-west-primary"), 10}}, 17});
    row("routing.fail_closed", 12,
        RoutingFailClosedEvent{QStringLiteral("us-tx-houston"), QStringLiteral("no pod"),
            {QStringLiteral("add a pod in US-TX")}, QStringLiteral("us-south-primary"), 18});
    row("routing.restored", 13,
        RoutingRestoredEvent{QStringLiteral("us-tx-houston"), QStringLiteral("us-south-primary"),
            QStringLiteral("us-south"), 19});
    row("drill.progress", 14,
        DrillProgressEvent{QStringLiteral("d-7"), DrillScenario::PodHang, DrillState::Restoring,
            QStringLiteral("reverted"), 61'250, QString(), QStringLiteral("us-east-primary"),
            QStringLiteral("hang cleared on replica 0")});
    row("replication.lag", 15,
        ReplicationLagEvent{QStringLiteral("nl-amsterdam"), QStringLiteral("student_pii"),
            QStringLiteral("eu-central"), QStringLiteral("eu-west"), 0, 60, false});
}

void TestEvents::roundTrips()
{
    QFETCH(Event, event);
    QFETCH(QString, type);
    QCOMPARE(event.typeName(), type);
    // Through text, as on the wire and in the store.
    const auto text = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
    const Event back = Event::fromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(back.kind(), event.kind());
    QVERIFY(back == event);
    QCOMPARE(Event::payloadFromJson(type, event.data()), event.payload);
}

void TestEvents::documentedShapes()
{
    // As docs/api.md writes them: "pod" is the id in every pod event; the pod is "snapshot".
    const Event drain = Event::fromJson(parse(R"({"seq": 41, "type": "pod.drain",
        "time": "2026-12-07T09:30:00.125Z", "data": {"pod": "eu-west-edge", "region": "eu-west",
        "draining": true, "snapshot": {"id": "eu-west-edge", "region": "eu-west", "type": "edge",
        "replicas": 1, "min_replicas": 1, "max_replicas": 2, "capacity_rps": 40,
        "model_version": "tutor-v3", "jurisdiction": "", "certifications": [],
        "health": "healthy", "draining": true, "deleting": false, "replica_status": []}}})"));
    const auto &payload = std::get<PodDrainEvent>(drain.payload);
    QCOMPARE(drain.seq, 41);
    QCOMPARE(drain.time, kTime);
    QVERIFY(payload.draining);
    QCOMPARE(payload.snapshot.id, QStringLiteral("eu-west-edge"));
    QCOMPARE(payload.snapshot.type, PodType::Edge);
    QVERIFY(payload.snapshot.draining);
    QCOMPARE(drain.pod(), QStringLiteral("eu-west-edge"));

    const Event reset = Event::fromJson(parse(R"({"seq": 0, "type": "stream.reset",
        "time": "2026-12-07T09:30:00.125Z",
        "data": {"reason": "fell behind", "resume_since": 812, "reload": false}})"));
    const auto &r = std::get<StreamResetEvent>(reset.payload);
    QCOMPARE(r.resumeSince, 812);
    QVERIFY(!r.reload);

    const Event moved = Event::fromJson(parse(R"({"seq": 9, "type": "routing.changed",
        "time": "2026-12-07T09:30:00.125Z", "data": {"district": "us-co-boulder",
        "from": "us-west-primary", "to": "", "reason": "failover", "weights": [],
        "table_version": 4}})"));
    const auto &m = std::get<RoutingChangedEvent>(moved.payload);
    QCOMPARE(m.from, QStringLiteral("us-west-primary"));
    QVERIFY(m.to.isEmpty());
    QCOMPARE(m.tableVersion, 4);
    QCOMPARE(m.reason, RouteReason::Failover);
    QCOMPARE(moved.district(), QStringLiteral("us-co-boulder"));
}

void TestEvents::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray snapshot = R"("snapshot": {"id": "p", "region": "r", "type": "edge"})";
    QTest::newRow("no data") << QByteArray(
        R"({"seq":1,"type":"pod.deleted","time":"2026-12-07T09:00:00Z"})")
                             << "data";
    QTest::newRow("data not an object")
        << QByteArray(R"({"seq":1,"type":"pod.deleted","time":"2026-12-07T09:00:00Z","data":[]})")
        << "data";
    QTest::newRow("unknown envelope key") << QByteArray(
        R"({"seq":1,"type":"hello","time":"2026-12-07T09:00:00Z","data":{"latest_seq":1},"extra":1})")
                                          << "extra";
    QTest::newRow("negative seq") << QByteArray(
        R"({"seq":-1,"type":"hello","time":"2026-12-07T09:00:00Z","data":{"latest_seq":1}})")
                                  << "seq";
    QTest::newRow("pod object under pod (the old shape)") << QByteArray(
        R"({"seq":1,"type":"pod.created","time":"2026-12-07T09:00:00Z","data":{"pod":{"id":"p"},"region":"r",)"
        + snapshot + "}}") << "data.pod";
    QTest::newRow("pod disagrees with its snapshot") << QByteArray(
        R"({"seq":1,"type":"pod.created","time":"2026-12-07T09:00:00Z","data":{"pod":"q","region":"r",)"
        + snapshot + "}}") << "data.pod";
    QTest::newRow("bad snapshot field") << QByteArray(
        R"({"seq":1,"type":"pod.created","time":"2026-12-07T09:00:00Z","data":{"pod":"p","region":"r","snapshot":{"id":"p","region":"r","type":"huge"}}})")
                                        << "data.snapshot.type";
    QTest::newRow("drain without draining") << QByteArray(
        R"({"seq":1,"type":"pod.drain","time":"2026-12-07T09:00:00Z","data":{"pod":"p","region":"r",)"
        + snapshot + "}}") << "data.draining";
    QTest::newRow("unknown payload key") << QByteArray(
        R"({"seq":1,"type":"pod.deleted","time":"2026-12-07T09:00:00Z","data":{"pod":"p","region":"r","why":1}})")
                                         << "why";
    QTest::newRow("health that is no state") << QByteArray(
        R"({"seq":1,"type":"pod.health","time":"2026-12-07T09:00:00Z","data":{"pod":"p","region":"r","health":"fine","previous":"healthy"}})")
                                             << "data.health";
    QTest::newRow("replica without index") << QByteArray(
        R"({"seq":1,"type":"replica.started","time":"2026-12-07T09:00:00Z","data":{"pod":"p","region":"r","replica":{}}})")
                                           << "data.replica.index";
    QTest::newRow("moved more than total") << QByteArray(
        R"({"seq":1,"type":"migration.progress","time":"2026-12-07T09:00:00Z","data":{"id":"m","district":"d","from":"a","to":"b","state":"running","moved":5,"total":4,"error":""}})")
                                           << "data.moved";
    QTest::newRow("migration state unknown") << QByteArray(
        R"({"seq":1,"type":"migration.progress","time":"2026-12-07T09:00:00Z","data":{"id":"m","district":"d","from":"a","to":"b","state":"halfway","moved":1,"total":4,"error":""}})")
                                             << "data.state";
    QTest::newRow("routed to a pod with no split") << QByteArray(
        R"({"seq":1,"type":"routing.changed","time":"2026-12-07T09:00:00Z","data":{"district":"d","from":"","to":"p","reason":"probed","weights":[],"table_version":1}})")
                                                   << "data.to";
    QTest::newRow("weight over 100") << QByteArray(
        R"({"seq":1,"type":"routing.changed","time":"2026-12-07T09:00:00Z","data":{"district":"d","from":"","to":"p","reason":"probed","weights":[{"pod":"p","weight":101}],"table_version":1}})")
                                     << "data.weights[0].weight";
    QTest::newRow("a reason no route changes for") << QByteArray(
        R"({"seq":1,"type":"routing.changed","time":"2026-12-07T09:00:00Z","data":{"district":"d","from":"","to":"p","reason":"because","weights":[{"pod":"p","weight":100}],"table_version":1}})")
                                                   << "data.reason";
    QTest::newRow("reset without resume_since") << QByteArray(
        R"({"seq":0,"type":"stream.reset","time":"2026-12-07T09:00:00Z","data":{"reason":"x","reload":true}})")
                                                << "data.resume_since";
    QTest::newRow("reset in the old shape") << QByteArray(
        R"({"seq":0,"type":"stream.reset","time":"2026-12-07T09:00:00Z","data":{"reason":"x","oldest_seq":3,"latest_seq":9}})")
                                            << "latest_seq";
}

void TestEvents::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    try {
        Event::fromJson(QJsonDocument::fromJson(json).object());
        QFAIL("accepted");
    } catch (const ValidationError &e) {
        // An unknown key is named as it is; other fields with their path.
        QVERIFY2(e.field() == field || e.field().endsWith(QLatin1Char('.') + field),
            qPrintable(e.field() + QStringLiteral(": ") + e.reason()));
        QVERIFY(!e.reason().isEmpty());
    }
}

void TestEvents::unknownTypeIsKept()
{
    const auto json = parse(R"({"seq": 77, "type": "drill.step",
        "time": "2026-12-07T09:30:00.125Z", "data": {"drill": "d-1", "district": "us-co-denver"}})");
    const Event event = Event::fromJson(json);
    QCOMPARE(event.kind(), EventType::Unknown);
    QCOMPARE(event.typeName(), QStringLiteral("drill.step"));
    QCOMPARE(event.data().value(QStringLiteral("drill")).toString(), QStringLiteral("d-1"));
    QCOMPARE(event.district(), QStringLiteral("us-co-denver"));
    QCOMPARE(event.toJson(), json);
}

void TestEvents::districtAndPod()
{
    const Pod pod = samplePod();
    const Event drain{1, kTime, PodDrainEvent{pod, true}};
    QCOMPARE(drain.pod(), pod.id);
    QVERIFY(drain.district().isEmpty());
    const Event progress{2, kTime,
        MigrationProgressEvent{QStringLiteral("m"), QStringLiteral("ca-on-toronto"),
            QStringLiteral("a"), QStringLiteral("b"), MigrationState::Done, 1, 1, {}}};
    QCOMPARE(progress.district(), QStringLiteral("ca-on-toronto"));
    QVERIFY(progress.pod().isEmpty());
}

RP_TEST(TestEvents, "tst_events")
#include "tst_events.moc"
