// OverrideService: overrides kept and audited together, found per district (the newest wins),
// ended by a person or lapsed at their expiry, driven through an injected wall clock (no
// sleeping), and lapsed at the next start when they expired while the daemon was down.

#include "backend/services/auditlog.h"
#include "backend/services/overrideservice.h"
#include "backend/services/serviceerror.h"
#include "backend/store/auditstore.h"
#include "backend/store/database.h"
#include "backend/store/overridestore.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QDateTime T0(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

RoutingOverride make(const QStringList &districts, const QString &pod, const QDateTime &expires)
{
    RoutingOverride o;
    o.scopeDistrict = districts.size() == 1 ? districts.first() : QString();
    o.scopeRegion = districts.size() == 1 ? QString() : QStringLiteral("us-west");
    o.targetPod = pod;
    o.reason = QStringLiteral("maintenance window");
    o.created = T0;
    o.expires = expires;
    o.districts = districts;
    return o;
}

} // namespace

class TestOverrideService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordedWithItsAuditRecord();
    void newestCoversADistrict();
    void endedByAPerson();
    void lapsesAtItsExpiryOnTheClock();
    void lapsedWhileDownAtTheNextStart();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditStore> m_auditStore;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OverrideStore> m_store;
    std::unique_ptr<OverrideService> m_service;
    QDateTime m_now = T0;
};

void TestOverrideService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->openSqlite(m_dir->filePath(QStringLiteral("state.db")));
    m_auditStore = std::make_unique<AuditStore>(*m_db);
    m_audit = std::make_unique<AuditLog>(*m_db, *m_auditStore);
    m_store = std::make_unique<OverrideStore>(*m_db);
    m_service = std::make_unique<OverrideService>(*m_store, *m_audit);
    m_now = T0;
    m_service->setWallClock([this] { return m_now; });
    m_service->start();
}

void TestOverrideService::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_audit.reset();
    m_auditStore.reset();
    m_db.reset();
    m_dir.reset();
}

void TestOverrideService::recordedWithItsAuditRecord()
{
    const auto o = m_service->record(
        make({QStringLiteral("us-co-denver")}, QStringLiteral("us-west-edge"), T0.addSecs(3600)),
        QStringLiteral("operator:t1"), {{QStringLiteral("us-co-denver"), QStringLiteral("a")}},
        {{QStringLiteral("us-co-denver"), QStringLiteral("b")}});
    QVERIFY(o.id.startsWith(QStringLiteral("ov-")));
    QCOMPARE(o.actor, QStringLiteral("operator:t1"));
    QCOMPARE(m_store->active().size(), 1);
    QCOMPARE(m_store->active().first().id, o.id);
    const auto records = m_audit->list({});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().action, QStringLiteral("routing.override"));
    QCOMPARE(records.first().district, QStringLiteral("us-co-denver"));
}

void TestOverrideService::newestCoversADistrict()
{
    const QString denver = QStringLiteral("us-co-denver");
    const auto region = m_service->record(
        make({denver, QStringLiteral("us-co-boulder")}, QString(), T0.addSecs(7200)),
        QStringLiteral("operator:t1"), {}, {});
    QCOMPARE(m_service->forDistrict(denver)->id, region.id);
    const auto one
        = m_service->record(make({denver}, QStringLiteral("us-west-edge"), T0.addSecs(3600)),
            QStringLiteral("operator:t1"), {}, {});
    QCOMPARE(m_service->forDistrict(denver)->id, one.id); // the newest
    QCOMPARE(m_service->forDistrict(QStringLiteral("us-co-boulder"))->id, region.id);
    QVERIFY(!m_service->forDistrict(QStringLiteral("us-tx-houston")));
}

void TestOverrideService::endedByAPerson()
{
    const auto o = m_service->record(
        make({QStringLiteral("us-co-denver")}, QStringLiteral("us-west-edge"), T0.addSecs(3600)),
        QStringLiteral("operator:t1"), {}, {});
    QSignalSpy lapsed(m_service.get(), &OverrideService::lapsed);
    const auto ended = m_service->end(o.id, QStringLiteral("operator:t2"));
    QCOMPARE(ended.id, o.id);
    QVERIFY(m_service->active().isEmpty());
    QVERIFY(m_store->active().isEmpty());
    QCOMPARE(lapsed.size(), 0); // ended, not lapsed
    const auto records = m_audit->list({});
    QCOMPARE(records.last().action, QStringLiteral("routing.override_end"));
    QCOMPARE(
        records.last().details.value(QStringLiteral("why")).toString(), QStringLiteral("removed"));
    QVERIFY_THROWS_EXCEPTION(ServiceError, m_service->end(o.id, QStringLiteral("operator:t2")));
}

void TestOverrideService::lapsesAtItsExpiryOnTheClock()
{
    const auto early = m_service->record(
        make({QStringLiteral("us-co-denver")}, QStringLiteral("us-west-edge"), T0.addSecs(600)),
        QStringLiteral("operator:t1"), {}, {});
    const auto late = m_service->record(
        make({QStringLiteral("us-co-boulder")}, QStringLiteral("us-west-edge"), T0.addSecs(1200)),
        QStringLiteral("operator:t1"), {}, {});
    QSignalSpy lapsed(m_service.get(), &OverrideService::lapsed);
    m_now = T0.addSecs(599);
    m_service->lapseDue();
    QCOMPARE(lapsed.size(), 0);
    m_now = T0.addSecs(600); // at its expiry, not a millisecond later
    m_service->lapseDue();
    QCOMPARE(lapsed.size(), 1);
    QCOMPARE(lapsed.first().first().toStringList(), QStringList{QStringLiteral("us-co-denver")});
    QCOMPARE(m_service->active().size(), 1);
    QCOMPARE(m_service->active().first().id, late.id);
    QCOMPARE(m_store->active().size(), 1);
    const auto records = m_audit->list({});
    QCOMPARE(
        records.last().details.value(QStringLiteral("why")).toString(), QStringLiteral("expired"));
    QCOMPARE(records.last().details.value(QStringLiteral("override")).toString(), early.id);
}

void TestOverrideService::lapsedWhileDownAtTheNextStart()
{
    m_service->record(
        make({QStringLiteral("us-co-denver")}, QStringLiteral("us-west-edge"), T0.addSecs(600)),
        QStringLiteral("operator:t1"), {}, {});
    // The daemon stops; it starts again an hour later.
    m_service = std::make_unique<OverrideService>(*m_store, *m_audit);
    m_now = T0.addSecs(3600);
    m_service->setWallClock([this] { return m_now; });
    QSignalSpy lapsed(m_service.get(), &OverrideService::lapsed);
    m_service->start();
    QCOMPARE(lapsed.size(), 1);
    QVERIFY(m_service->active().isEmpty());
    QVERIFY(m_store->active().isEmpty());
}

RP_TEST(TestOverrideService, "tst_overrideservice")
#include "tst_overrideservice.moc"
