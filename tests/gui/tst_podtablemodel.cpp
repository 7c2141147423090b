#include "backend/core/validationerror.h"
#include "models/podtablemodel.h"
#include "testmain.h"

#include "models/healthcolors.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

Pod makePod(const QString &id, const QString &region, PodType type, int replicas,
    HealthState health = HealthState::Healthy)
{
    Pod pod;
    pod.id = id;
    pod.region = region;
    pod.type = type;
    pod.replicas = replicas;
    pod.minReplicas = 1;
    pod.maxReplicas = 6;
    pod.capacityRps = 50;
    pod.modelVersion = QStringLiteral("tutor-v3");
    pod.health = health;
    for (int i = 0; i < replicas; ++i)
        pod.replicaStatus.append(
            Replica{i, QStringLiteral("inst-%1-%2").arg(id).arg(i), 4000 + i, 41000 + i, health});
    return pod;
}

QList<Pod> tableFleet()
{
    return {
        makePod(QStringLiteral("us-west-primary"), QStringLiteral("us-west"), PodType::Primary, 2),
        makePod(QStringLiteral("us-east-edge"), QStringLiteral("us-east"), PodType::Edge, 1),
        makePod(
            QStringLiteral("eu-central-backup"), QStringLiteral("eu-central"), PodType::Backup, 1)};
}

Region makeRegion(const QString &id, double lat, double lon, const QString &jurisdiction)
{
    Region region;
    region.id = id;
    region.name = id.toUpper();
    region.latitude = lat;
    region.longitude = lon;
    region.jurisdiction = jurisdiction;
    return region;
}

// The event as the console decodes it off the wire; nullopt when the decoder refuses it (the
// stream then drops it before any model sees it).
std::optional<Event> makeEvent(const QString &type, const QJsonObject &data, qint64 seq = 7)
{
    try {
        return Event::fromJson({{"seq", seq}, {"type", type},
            {"time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}, {"data", data}});
    } catch (const ValidationError &) {
        return std::nullopt;
    }
}

QJsonObject withSnapshot(const Pod &pod)
{
    return {{"pod", pod.id}, {"region", pod.region}, {"snapshot", pod.toJson()}};
}

// Every cell's display text, to prove which cells an event touched.
QList<QStringList> snapshot(const QAbstractItemModel &model)
{
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(r, c).data().toString();
        rows << row;
    }
    return rows;
}

} // namespace

class TestPodTableModel : public QObject
{
    Q_OBJECT

private slots:
    void setPodsInsertsWithoutReset();
    void setPodsMergesAsDiff();
    void applyEvent_data();
    void applyEvent();
    void healthEventChangesOnlyHealthCell();
    void rolesCarryRawValues();
    void decorationIsHealthColour();
    void setRegionsUpdatesCoordinates();
};

void TestPodTableModel::setPodsInsertsWithoutReset()
{
    PodTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPods(tableFleet());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("us-east-edge")), 1);
    QCOMPARE(
        model.index(1, PodTableModel::PodColumn).data().toString(), QStringLiteral("us-east-edge"));
}

void TestPodTableModel::setPodsMergesAsDiff()
{
    PodTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPods(tableFleet());

    auto next = tableFleet();
    next.removeAt(1); // us-east-edge goes
    next[0].health = HealthState::Degraded; // us-west-primary changes
    next.append(
        makePod(QStringLiteral("ap-edge"), QStringLiteral("ap-southeast"), PodType::Edge, 1));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPods(next);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(PodTableModel::HealthColumn));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("eu-central-backup")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("ap-edge")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("us-east-edge")), -1);

    // The same snapshot again changes nothing at all.
    QSignalSpy any(&model, &QAbstractItemModel::dataChanged);
    model.setPods(next);
    QCOMPARE(any.count(), 0);
}

void TestPodTableModel::applyEvent_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<int>("insertedRow"); // -1: no insert
    QTest::addColumn<int>("removedRow"); // -1: no removal
    QTest::addColumn<int>("changedRow"); // -1: no dataChanged
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");
    QTest::addColumn<int>("rowCount");

    const QString edge = QStringLiteral("us-east-edge");
    const QString east = QStringLiteral("us-east");
    auto created = makePod(QStringLiteral("ca-central-compliance"), QStringLiteral("ca-central"),
        PodType::Compliance, 1, HealthState::Unknown);
    QTest::newRow("pod.created new")
        << "pod.created" << withSnapshot(created) << true << 3 << -1 << -1 << -1 << -1 << 4;
    QTest::newRow("pod.created existing, identical")
        << "pod.created" << withSnapshot(tableFleet().at(1)) << false << -1 << -1 << -1 << -1 << -1
        << 3;
    QTest::newRow("pod.created, the old shape (pod object under pod)")
        << "pod.created" << QJsonObject{{"pod", created.toJson()}} << false << -1 << -1 << -1 << -1
        << -1 << 3;

    auto scaled = tableFleet().at(1);
    scaled.replicas = 3;
    auto scaledData = withSnapshot(scaled);
    scaledData.insert("previous", 2);
    QTest::newRow("pod.scaled") << "pod.scaled" << scaledData << true << -1 << -1 << 1
                                << int(PodTableModel::ReplicasColumn)
                                << int(PodTableModel::CapacityColumn) << 3;
    // A drain done elsewhere (another console, curl) shows here too.
    auto drained = tableFleet().at(1);
    drained.draining = true;
    auto drainData = withSnapshot(drained);
    drainData.insert("draining", true);
    QTest::newRow("pod.drain") << "pod.drain" << drainData << true << -1 << -1 << 1
                               << int(PodTableModel::HealthColumn)
                               << int(PodTableModel::HealthColumn) << 3;
    auto undrainData = withSnapshot(tableFleet().at(1));
    undrainData.insert("draining", false);
    QTest::newRow("pod.drain ended, already serving")
        << "pod.drain" << undrainData << false << -1 << -1 << -1 << -1 << -1 << 3;
    auto deleting = tableFleet().at(1);
    deleting.draining = true;
    deleting.deleting = true;
    QTest::newRow("pod.draining") << "pod.draining" << withSnapshot(deleting) << true << -1 << -1
                                  << 1 << int(PodTableModel::HealthColumn)
                                  << int(PodTableModel::HealthColumn) << 3;
    QTest::newRow("pod.deleted") << "pod.deleted" << QJsonObject{{"pod", edge}, {"region", east}}
                                 << true << -1 << 1 << -1 << -1 << -1 << 2;
    QTest::newRow("pod.deleted unknown")
        << "pod.deleted" << QJsonObject{{"pod", "nope"}, {"region", east}} << false << -1 << -1
        << -1 << -1 << -1 << 3;
    QTest::newRow("pod.health") << "pod.health"
                                << QJsonObject{{"pod", edge}, {"region", east},
                                       {"health", "degraded"}, {"previous", "healthy"}}
                                << true << -1 << -1 << 1 << int(PodTableModel::HealthColumn)
                                << int(PodTableModel::HealthColumn) << 3;
    QTest::newRow("pod.health unchanged") << "pod.health"
                                          << QJsonObject{{"pod", edge}, {"region", east},
                                                 {"health", "healthy"}, {"previous", "healthy"}}
                                          << false << -1 << -1 << -1 << -1 << -1 << 3;
    QTest::newRow("pod.health unknown pod") << "pod.health"
                                            << QJsonObject{{"pod", "ghost"}, {"region", east},
                                                   {"health", "degraded"}, {"previous", "healthy"}}
                                            << false << -1 << -1 << -1 << -1 << -1 << 3;
    QTest::newRow("pod.health malformed") << "pod.health"
                                          << QJsonObject{{"pod", edge}, {"region", east},
                                                 {"health", "purple"}, {"previous", "healthy"}}
                                          << false << -1 << -1 << -1 << -1 << -1 << 3;
    const Replica started{1, QStringLiteral("inst-new"), 4242, 41042, HealthState::Unknown};
    QTest::newRow("replica.started")
        << "replica.started"
        << QJsonObject{{"pod", edge}, {"region", east}, {"replica", started.toJson()}} << true << -1
        << -1 << 1 << int(PodTableModel::ReplicasColumn) << int(PodTableModel::ReplicasColumn) << 3;
    const Replica stopped{0, QString(), 0, 0, HealthState::Unknown};
    QTest::newRow("replica.stopped")
        << "replica.stopped"
        << QJsonObject{{"pod", edge}, {"region", east}, {"replica", stopped.toJson()}} << true << -1
        << -1 << 1 << int(PodTableModel::ReplicasColumn) << int(PodTableModel::ReplicasColumn) << 3;
    QTest::newRow("replica.health") << "replica.health"
                                    << QJsonObject{{"pod", edge}, {"region", east}, {"index", 0},
                                           {"health", "unhealthy"}, {"previous", "healthy"}}
                                    << true << -1 << -1 << 1 << int(PodTableModel::ReplicasColumn)
                                    << int(PodTableModel::ReplicasColumn) << 3;
    QTest::newRow("other type") << "district.updated" << QJsonObject{{"pod", edge}} << false << -1
                                << -1 << -1 << -1 << -1 << 3;
}

void TestPodTableModel::applyEvent()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, data);
    QFETCH(bool, applied);
    QFETCH(int, insertedRow);
    QFETCH(int, removedRow);
    QFETCH(int, changedRow);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    QFETCH(int, rowCount);

    PodTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPods(tableFleet());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    const auto event = makeEvent(type, data);
    QCOMPARE(event && model.applyEvent(*event), applied);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(model.rowCount(), rowCount);
    QCOMPARE(inserted.count(), insertedRow < 0 ? 0 : 1);
    if (insertedRow >= 0) {
        QCOMPARE(inserted.at(0).at(1).toInt(), insertedRow);
        QCOMPARE(inserted.at(0).at(2).toInt(), insertedRow);
    }
    QCOMPARE(removed.count(), removedRow < 0 ? 0 : 1);
    if (removedRow >= 0) {
        QCOMPARE(removed.at(0).at(1).toInt(), removedRow);
        QCOMPARE(removed.at(0).at(2).toInt(), removedRow);
    }
    QCOMPARE(changed.count(), changedRow < 0 ? 0 : 1);
    if (changedRow >= 0) {
        const auto topLeft = changed.at(0).at(0).toModelIndex();
        const auto bottomRight = changed.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft.row(), changedRow);
        QCOMPARE(bottomRight.row(), changedRow);
        QCOMPARE(topLeft.column(), firstColumn);
        QCOMPARE(bottomRight.column(), lastColumn);
    }
}

void TestPodTableModel::healthEventChangesOnlyHealthCell()
{
    PodTableModel model;
    model.setPods(tableFleet());
    const auto before = snapshot(model);
    model.applyEvent(*makeEvent(QStringLiteral("pod.health"),
        {{"pod", "us-east-edge"}, {"region", "us-east"}, {"health", "unhealthy"},
            {"previous", "healthy"}}));
    const auto after = snapshot(model);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (r == 1 && c == PodTableModel::HealthColumn)
                QCOMPARE(after[r][c], HealthColors::label(HealthState::Unhealthy));
            else
                QCOMPARE(after[r][c], before[r][c]);
        }
    }
    QCOMPARE(
        model.index(1, 0).data(PodTableModel::HealthRole).toInt(), int(HealthState::Unhealthy));
}

void TestPodTableModel::rolesCarryRawValues()
{
    PodTableModel model;
    model.setRegions(
        {makeRegion(QStringLiteral("us-west"), 45.8, -119.7, QStringLiteral("US-OR"))});
    model.setPods(tableFleet());
    const QModelIndex index = model.index(0, PodTableModel::CapacityColumn);
    QCOMPARE(index.data(PodTableModel::PodIdRole).toString(), QStringLiteral("us-west-primary"));
    QCOMPARE(index.data(PodTableModel::RegionRole).toString(), QStringLiteral("us-west"));
    QCOMPARE(index.data(PodTableModel::TypeRole).toString(), QStringLiteral("primary"));
    QCOMPARE(index.data(PodTableModel::ReplicasRole).toInt(), 2);
    QCOMPARE(index.data(PodTableModel::HealthyReplicasRole).toInt(), 2);
    QCOMPARE(index.data(PodTableModel::CapacityRole).toInt(), 100);
    QCOMPARE(index.data(PodTableModel::SortRole).toInt(), 100);
    QCOMPARE(index.data(PodTableModel::LatitudeRole).toDouble(), 45.8);
    QCOMPARE(index.data(PodTableModel::LongitudeRole).toDouble(), -119.7);
    QVERIFY(!model.index(1, 0).data(PodTableModel::LatitudeRole).isValid()); // region unknown
    QCOMPARE(model.index(0, PodTableModel::ReplicasColumn).data().toString(),
        QStringLiteral("2/2 (1–6)"));
    QCOMPARE(model.index(0, PodTableModel::JurisdictionColumn).data().toString(),
        QStringLiteral("US-OR"));
}

void TestPodTableModel::decorationIsHealthColour()
{
    PodTableModel model;
    auto pods = tableFleet();
    pods[2].health = HealthState::Degraded;
    model.setPods(pods);
    const auto icon
        = model.index(2, PodTableModel::HealthColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(32, 32).toImage();
    QCOMPARE(image.pixelColor(16, 16), HealthColors::color(HealthState::Degraded));
    QVERIFY(!model.index(2, PodTableModel::PodColumn).data(Qt::DecorationRole).isValid());
}

void TestPodTableModel::setRegionsUpdatesCoordinates()
{
    PodTableModel model;
    model.setPods(tableFleet());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRegions({makeRegion(QStringLiteral("us-east"), 38.9, -77.4, QStringLiteral("US-VA"))});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, 0).data(PodTableModel::LatitudeRole).toDouble(), 38.9);
    model.setRegions({makeRegion(QStringLiteral("us-east"), 38.9, -77.4, QStringLiteral("US-VA"))});
    QCOMPARE(changed.count(), 1); // unchanged regions: silent
}

RP_TEST(TestPodTableModel, "tst_podtablemodel")
#include "tst_podtablemodel.moc"
