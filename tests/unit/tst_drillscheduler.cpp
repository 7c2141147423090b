// DrillScheduler: a schedule's run starts when the injected wall clock reaches it (never
// before, once), through the same start as a drill by hand; a refusal is recorded with the
// preflight's reason; the outcome of a run is recorded when its drill ends; schedules and runs
// survive a restart; create and delete are audited. No sleeping.
#include "backend/core/validationerror.h"
#include "backend/services/auditlog.h"
#include "backend/services/drillscheduler.h"
#include "backend/services/eventbus.h"
#include "backend/services/serviceerror.h"
#include "backend/store/auditstore.h"
#include "backend/store/database.h"
#include "backend/store/drillstore.h"
#include "backend/store/eventstore.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Monday 2027-01-04, 12:00 in New York.
const QDateTime SchedulerT0(QDate(2027, 1, 4), QTime(17, 0), Qt::UTC);
} // namespace

class TestDrillScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsWhenDueAndRecordsTheOutcome();
    void aRefusalIsARecordedRun();
    void survivesARestartAndIsAudited();
    void refusesASchedulePointingNowhere();

private:
    void makeScheduler();
    DrillSchedule tuesdayNight();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditStore> m_auditStore;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<EventStore> m_eventStore;
    std::unique_ptr<EventBus> m_events;
    std::unique_ptr<DrillStore> m_store;
    std::unique_ptr<DrillScheduler> m_scheduler;
    QDateTime m_now = SchedulerT0;
    QList<QPair<DrillRequest, QString>> m_started;
    bool m_refuse = false;
};

void TestDrillScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->openSqlite(m_dir->filePath(QStringLiteral("state.db")));
    m_auditStore = std::make_unique<AuditStore>(*m_db);
    m_audit = std::make_unique<AuditLog>(*m_db, *m_auditStore);
    m_eventStore = std::make_unique<EventStore>(*m_db);
    m_events = std::make_unique<EventBus>(*m_eventStore, 100);
    m_store = std::make_unique<DrillStore>(*m_db);
    m_now = SchedulerT0;
    m_started.clear();
    m_refuse = false;
    makeScheduler();
}

void TestDrillScheduler::makeScheduler()
{
    m_scheduler = std::make_unique<DrillScheduler>(
        *m_store, *m_audit, *m_events,
        [this](const DrillRequest &request, const QString &actor) {
            if (m_refuse)
                throw ServiceError(ServiceError::Kind::Conflict,
                    QStringLiteral("the preflight refuses this drill: us-east-edge-tx is down"));
            m_started.append({request, actor});
            DrillRecord r;
            r.id = QStringLiteral("drill-%1").arg(m_started.size());
            r.request = request;
            return r;
        },
        [](const DrillRequest &request) {
            if (request.pods.contains(QStringLiteral("nope")))
                throw ValidationError(QStringLiteral("pods[0]"), QStringLiteral("no pod 'nope'"));
        });
    m_scheduler->setWallClock([this] { return m_now; });
    m_scheduler->start(3'600'000); // the test calls runDue() itself
}

void TestDrillScheduler::cleanup()
{
    m_scheduler.reset();
    m_store.reset();
    m_events.reset();
    m_eventStore.reset();
    m_audit.reset();
    m_auditStore.reset();
    m_db.reset();
}

DrillSchedule TestDrillScheduler::tuesdayNight()
{
    return DrillSchedule::fromJson(QJsonDocument::fromJson(R"({"drill":{"scenario":"pod_hang",
        "pods":["us-east-primary"],"duration_s":60},"time_zone":"America/New_York",
        "weekdays":["tue"],"at":"22:00","blocked":["2027-01-12"]})")
                                       .object(),
        true);
}

void TestDrillScheduler::runsWhenDueAndRecordsTheOutcome()
{
    const DrillSchedule s = m_scheduler->add(tuesdayNight(), QStringLiteral("operator:t"));
    const QDateTime due(QDate(2027, 1, 6), QTime(3, 0), Qt::UTC); // Tue 22:00 EST
    QCOMPARE(m_scheduler->nextRun(s.id), due);
    m_now = due.addSecs(-1);
    m_scheduler->runDue();
    QVERIFY(m_started.isEmpty());
    m_now = due.addSecs(20);
    m_scheduler->runDue();
    m_scheduler->runDue(); // once
    QCOMPARE(m_started.size(), 1);
    QCOMPARE(m_started.first().second, QStringLiteral("schedule:") + s.id);
    QCOMPARE(m_started.first().first.pods, QStringList{QStringLiteral("us-east-primary")});
    QCOMPARE(m_scheduler->runs(s.id).first().outcome, QStringLiteral("running"));
    // The 12th is blocked: the next run is the 19th.
    QCOMPARE(m_scheduler->nextRun(s.id), QDateTime(QDate(2027, 1, 20), QTime(3, 0), Qt::UTC));

    m_events->publish(DrillProgressEvent{QStringLiteral("drill-1"), DrillScenario::PodHang,
        DrillState::Succeeded, QStringLiteral("finished"), 61000, {}, {},
        QStringLiteral("succeeded: the drill ran its 60 s")});
    const auto runs = m_scheduler->runs(s.id);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().outcome, QStringLiteral("succeeded"));
    QCOMPARE(runs.first().drill, QStringLiteral("drill-1"));
}

void TestDrillScheduler::aRefusalIsARecordedRun()
{
    const DrillSchedule s = m_scheduler->add(tuesdayNight(), QStringLiteral("operator:t"));
    m_refuse = true;
    m_now = QDateTime(QDate(2027, 1, 6), QTime(3, 0, 5), Qt::UTC);
    m_scheduler->runDue();
    const auto runs = m_scheduler->runs(s.id);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().outcome, QStringLiteral("refused"));
    QVERIFY(runs.first().detail.contains(QStringLiteral("us-east-edge-tx is down")));
    QVERIFY(m_started.isEmpty());
}

void TestDrillScheduler::survivesARestartAndIsAudited()
{
    const DrillSchedule s = m_scheduler->add(tuesdayNight(), QStringLiteral("operator:t"));
    m_now = QDateTime(QDate(2027, 1, 6), QTime(3, 1), Qt::UTC);
    m_scheduler->runDue();
    makeScheduler(); // a restart
    QCOMPARE(m_scheduler->schedules().size(), 1);
    QCOMPARE(m_scheduler->find(s.id)->drill, s.drill);
    // The run it already did is not done again; the next is next week's (the 12th is blocked).
    m_scheduler->runDue();
    QCOMPARE(m_started.size(), 1);
    QCOMPARE(m_scheduler->nextRun(s.id), QDateTime(QDate(2027, 1, 20), QTime(3, 0), Qt::UTC));
    m_scheduler->remove(s.id, QStringLiteral("operator:t"));
    QVERIFY(m_scheduler->schedules().isEmpty());
    QVERIFY_THROWS_EXCEPTION(ServiceError, m_scheduler->remove(s.id, QStringLiteral("operator:t")));
    AuditQuery query;
    const auto records = m_audit->list(query);
    QStringList actions;
    for (const auto &r : records)
        actions.append(r.action);
    QVERIFY(actions.contains(QStringLiteral("drill.schedule.create")));
    QVERIFY(actions.contains(QStringLiteral("drill.schedule.delete")));
}

void TestDrillScheduler::refusesASchedulePointingNowhere()
{
    DrillSchedule s = tuesdayNight();
    s.drill.pods = {QStringLiteral("nope")};
    try {
        m_scheduler->add(s, QStringLiteral("operator:t"));
        QFAIL("accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("drill.pods[0]"));
    }
    QVERIFY(m_scheduler->schedules().isEmpty());
    QVERIFY(m_store->schedules().isEmpty());
}

RP_TEST(TestDrillScheduler, "tst_drillscheduler")
#include "tst_drillscheduler.moc"
