#include "models/podfilterproxymodel.h"
#include "models/podtablemodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

Pod makePod(const QString &id, const QString &region, PodType type, int replicas, int rps,
    HealthState health, const QString &model = QStringLiteral("tutor-v3"))
{
    Pod pod;
    pod.id = id;
    pod.region = region;
    pod.type = type;
    pod.replicas = replicas;
    pod.minReplicas = 1;
    pod.maxReplicas = 20;
    pod.capacityRps = rps;
    pod.modelVersion = model;
    pod.health = health;
    return pod;
}

QList<Pod> fleet()
{
    return {
        makePod(
            "us-west-primary", "us-west", PodType::Primary, 2, 50, HealthState::Healthy), // cap 100
        makePod("us-west-edge-2", "us-west", PodType::Edge, 1, 30, HealthState::Degraded), // cap 30
        makePod(
            "us-west-edge-10", "us-west", PodType::Edge, 10, 100, HealthState::Healthy), // cap 1000
        makePod("eu-central-compliance", "eu-central", PodType::Compliance, 3, 90,
            HealthState::Unhealthy, "tutor-v2"), // cap 270
        makePod("ap-southeast-backup", "ap-southeast", PodType::Backup, 1, 5,
            HealthState::Unknown), // cap 5
    };
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data(PodTableModel::PodIdRole).toString();
    return list;
}

} // namespace

class TestPodFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void filters_data();
    void filters();
    void sorting_data();
    void sorting();
    void reFiltersOnEvent();
    void clearFilters();

private:
    PodTableModel *m_source = nullptr;
    PodFilterProxyModel *m_proxy = nullptr;
};

void TestPodFilterProxyModel::init()
{
    delete m_proxy;
    delete m_source;
    m_source = new PodTableModel;
    m_source->setPods(fleet());
    m_proxy = new PodFilterProxyModel;
    m_proxy->setSourceModel(m_source);
    new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy);
}

void TestPodFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("type"); // wire name or empty
    QTest::addColumn<QString>("health"); // wire name or empty
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // sorted

    QTest::newRow("none") << ""
                          << ""
                          << ""
                          << ""
                          << QStringList{"ap-southeast-backup", "eu-central-compliance",
                                 "us-west-edge-10", "us-west-edge-2", "us-west-primary"};
    QTest::newRow("region") << "us-west"
                            << ""
                            << ""
                            << ""
                            << QStringList{"us-west-edge-10", "us-west-edge-2", "us-west-primary"};
    QTest::newRow("type") << ""
                          << "edge"
                          << ""
                          << "" << QStringList{"us-west-edge-10", "us-west-edge-2"};
    QTest::newRow("health") << ""
                            << ""
                            << "unhealthy"
                            << "" << QStringList{"eu-central-compliance"};
    QTest::newRow("region+type+health") << "us-west"
                                        << "edge"
                                        << "degraded"
                                        << "" << QStringList{"us-west-edge-2"};
    QTest::newRow("text: model") << ""
                                 << ""
                                 << ""
                                 << "TUTOR-V2" << QStringList{"eu-central-compliance"};
    QTest::newRow("text: two words")
        << ""
        << ""
        << ""
        << "west  edge" << QStringList{"us-west-edge-10", "us-west-edge-2"};
    QTest::newRow("text: health word") << ""
                                       << ""
                                       << ""
                                       << "degraded" << QStringList{"us-west-edge-2"};
    QTest::newRow("text: no match") << ""
                                    << ""
                                    << ""
                                    << "mars" << QStringList{};
    QTest::newRow("region without pods") << "ca-central"
                                         << ""
                                         << ""
                                         << "" << QStringList{};
}

void TestPodFilterProxyModel::filters()
{
    QFETCH(QString, region);
    QFETCH(QString, type);
    QFETCH(QString, health);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    m_proxy->setRegionFilter(region);
    m_proxy->setTypeFilter(type.isEmpty() ? std::nullopt : podTypeFromName(type));
    m_proxy->setHealthFilter(health.isEmpty() ? std::nullopt : healthStateFromName(health));
    m_proxy->setSearchText(text);
    auto actual = ids(*m_proxy);
    actual.sort();
    QCOMPARE(actual, expected);
}

void TestPodFilterProxyModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");

    // Capacity as numbers: 5 < 30 < 100 < 270 < 1000 (as text "1000" would come before "270").
    QTest::newRow("capacity ascending")
        << int(PodTableModel::CapacityColumn) << int(Qt::AscendingOrder)
        << QStringList{"ap-southeast-backup", "us-west-edge-2", "us-west-primary",
               "eu-central-compliance", "us-west-edge-10"};
    QTest::newRow("replicas descending")
        << int(PodTableModel::ReplicasColumn) << int(Qt::DescendingOrder)
        << QStringList{"us-west-edge-10", "eu-central-compliance", "us-west-primary",
               "us-west-edge-2", "ap-southeast-backup"};
    // Health by severity, worst last; equal health falls back to id.
    QTest::newRow("health ascending")
        << int(PodTableModel::HealthColumn) << int(Qt::AscendingOrder)
        << QStringList{"us-west-edge-10", "us-west-primary", "ap-southeast-backup",
               "us-west-edge-2", "eu-central-compliance"};
    // Ids with counters sort naturally: edge-2 before edge-10.
    QTest::newRow("pod ascending") << int(PodTableModel::PodColumn) << int(Qt::AscendingOrder)
                                   << QStringList{"ap-southeast-backup", "eu-central-compliance",
                                          "us-west-edge-2", "us-west-edge-10", "us-west-primary"};
}

void TestPodFilterProxyModel::sorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    m_proxy->sort(column, Qt::SortOrder(order));
    QCOMPARE(ids(*m_proxy), expected);
}

void TestPodFilterProxyModel::reFiltersOnEvent()
{
    m_proxy->setHealthFilter(HealthState::Healthy);
    QCOMPARE(m_proxy->rowCount(), 2);
    m_source->applyEvent(Event{1, QDateTime::currentDateTimeUtc(),
        PodHealthEvent{"us-west-primary", "us-west", HealthState::Degraded, HealthState::Healthy}});
    QCOMPARE(ids(*m_proxy), QStringList{"us-west-edge-10"});
    m_source->applyEvent(Event{2, QDateTime::currentDateTimeUtc(),
        PodHealthEvent{
            "ap-southeast-backup", "ap-southeast", HealthState::Healthy, HealthState::Unknown}});
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestPodFilterProxyModel::clearFilters()
{
    m_proxy->setRegionFilter("us-west");
    m_proxy->setSearchText("primary");
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->clearFilters();
    QCOMPARE(m_proxy->rowCount(), 5);
    QVERIFY(m_proxy->regionFilter().isEmpty());
}

RP_TEST(TestPodFilterProxyModel, "tst_podfilterproxymodel")
#include "tst_podfilterproxymodel.moc"
