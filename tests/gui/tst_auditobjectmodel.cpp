#include "gui/compliancefixtures.h"
#include "gui/widgetprobes.h"
#include "testmain.h"

#include "backend/core/residency/auditreport.h"
#include "backend/core/validationerror.h"
#include "models/compliance/auditobjectmodel.h"
#include "models/compliance/compliancecolors.h"
#include "models/compliance/complianceregimes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

AuditReport houston()
{
    return AuditReport::fromJson(json(ComplianceFixtures::houstonReport));
}

} // namespace

class TestAuditObjectModel : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDaemonsReport()
    {
        const auto report = houston();
        QCOMPARE(report.district.id, QStringLiteral("us-tx-houston"));
        QCOMPARE(report.district.name, QStringLiteral("Houston ISD"));
        QVERIFY(report.generatedAt.isValid());
        QCOMPARE(report.objects.size(), 6);
        QCOMPARE(report.totalObjects, 6);
        QCOMPARE(report.compliant, 5);
        QCOMPARE(report.violating, 1);
        QCOMPARE(report.bytes, 8009);
        QVERIFY(report.storeErrors.isEmpty());
        QVERIFY(!report.trail.isEmpty());
        QVERIFY(report.chain.ok);
        QVERIFY(report.chain.recordsChecked > 0);
        QCOMPARE(report.chain.firstBadSeq, -1);
        QCOMPARE(report.violations().size(), 1);
        QCOMPARE(report.violations().first().key,
            QStringLiteral("us-tx-houston/student_pii/roster-copy.csv"));
        const auto byRegion = report.countsByRegion();
        QCOMPARE(byRegion.value(QStringLiteral("us-west")).objects, 1);
        QCOMPARE(byRegion.value(QStringLiteral("us-west")).violating, 1);
        QCOMPARE(byRegion.value(QStringLiteral("us-east")).objects, 5);
        QCOMPARE(byRegion.value(QStringLiteral("us-east")).violating, 0);
    }

    void rows_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("regime");
        QTest::newRow("misplaced roster copy")
            << "us-west"
            << "us-tx-houston/student_pii/roster-copy.csv" << false << "us-student-records-in-state"
            << int(ComplianceRegimes::Regime::StateStudentRecords);
        QTest::newRow("consented roster")
            << "us-east"
            << "us-tx-houston/student_pii/roster-2026.csv" << true << "us-student-records-in-state"
            << int(ComplianceRegimes::Regime::StateStudentRecords);
        QTest::newRow("k5 records")
            << "us-east"
            << "us-tx-houston/child_under_13/k5-records.csv" << true << "coppa-certified-target"
            << int(ComplianceRegimes::Regime::Coppa);
        QTest::newRow("model artifact")
            << "us-east"
            << "us-tx-houston/model_artifact/tutor-v3-finetune.bin" << true
            << "unregulated-anywhere" << int(ComplianceRegimes::Regime::Unregulated);
    }

    void rows()
    {
        QFETCH(QString, region);
        QFETCH(QString, key);
        QFETCH(bool, allowed);
        QFETCH(QString, rule);
        QFETCH(int, regime);

        AuditObjectModel model;
        QAbstractItemModelTester tester(&model);
        model.setReport(houston());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.violationCount(), 1);
        const int row = model.rowOf(region, key);
        QVERIFY(row >= 0);
        const auto index = model.index(row, AuditObjectModel::VerdictColumn);
        QCOMPARE(index.data(AuditObjectModel::AllowedRole).toBool(), allowed);
        QCOMPARE(index.data(AuditObjectModel::VerdictRole).toString(),
            allowed ? QStringLiteral("compliant") : QStringLiteral("violation"));
        QCOMPARE(index.data(AuditObjectModel::RuleRole).toString(), rule);
        QCOMPARE(index.data(AuditObjectModel::RegimeRole).toInt(), regime);
        QCOMPARE(index.data().toString(),
            allowed ? QStringLiteral("Compliant") : QStringLiteral("Violation"));
        QCOMPARE(index.data(AuditObjectModel::SeverityRole).toInt(), allowed ? 0 : 1);
        const auto remedy = model.index(row, AuditObjectModel::RemedyColumn).data().toString();
        if (allowed) {
            QVERIFY(remedy.isEmpty());
        } else {
            QVERIFY(remedy.contains(QStringLiteral("district's state")));
            QCOMPARE(index.data(AuditObjectModel::RemedyRole).toString(), remedy);
        }
        const auto background = index.data(Qt::BackgroundRole).value<QColor>();
        QVERIFY2(
            allowed ? isGreenish(background) : isRedish(background), qPrintable(background.name()));
        QCOMPARE(model.index(row, AuditObjectModel::KeyColumn).data().toString(), key);
        QCOMPARE(model.index(row, AuditObjectModel::RegionColumn).data().toString(), region);
        // Issue #10.10: people's words for the data class, the id kept for the specialist.
        const auto dataClass
            = model.index(row, AuditObjectModel::DataClassColumn).data().toString();
        const auto id = index.data(AuditObjectModel::DataClassRole).toString();
        QVERIFY2(dataClass.endsWith(QStringLiteral("(%1)").arg(id)), qPrintable(dataClass));
        if (id == QLatin1String("student_pii"))
            QCOMPARE(dataClass, QStringLiteral("Student records (student_pii)"));
    }

    void newerReportOfTheSameDistrictIsADiff()
    {
        AuditObjectModel model;
        QAbstractItemModelTester tester(&model);
        model.setReport(houston());

        // The migration moved the copy to us-east (compliant there thanks to the consent),
        // a new artifact appeared, the benchmark was deleted.
        auto next = json(ComplianceFixtures::houstonReport);
        auto objects = next.value("objects").toArray();
        for (qsizetype i = objects.size() - 1; i >= 0; --i) {
            auto o = objects.at(i).toObject();
            if (o.value("key").toString().endsWith("roster-copy.csv")) {
                o["allowed"] = true;
                o["verdict"] = "compliant";
                o["remedy"] = "";
                objects[i] = o;
            } else if (o.value("key").toString().endsWith("statewide-benchmark.csv")) {
                objects.removeAt(i);
            }
        }
        auto added = objects.at(0).toObject();
        added["key"] = "us-tx-houston/model_artifact/tutor-v4.bin";
        added["data_class"] = "model_artifact";
        added["rule"] = "unregulated-anywhere";
        objects.append(added);
        next["objects"] = objects;

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReport(AuditReport::fromJson(next));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.violationCount(), 0);
        QVERIFY(model.rowOf("us-east", "us-tx-houston/deidentified/statewide-benchmark.csv") < 0);
        QVERIFY(model.rowOf("us-east", "us-tx-houston/model_artifact/tutor-v4.bin") >= 0);

        // The same report again changes nothing.
        changed.clear();
        model.setReport(AuditReport::fromJson(next));
        QCOMPARE(changed.count(), 0);
    }

    void anotherDistrictReplacesTheRows()
    {
        AuditObjectModel model;
        QAbstractItemModelTester tester(&model);
        model.setReport(houston());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setReport(AuditReport::fromJson(json(ComplianceFixtures::torontoReport)));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.districtId(), QStringLiteral("ca-on-toronto"));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.violationCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void badReportsNameTheField_data()
    {
        QTest::addColumn<QString>("pointer"); // what to break: "objects[1].region", …
        QTest::addColumn<QString>("field");
        QTest::newRow("object without region") << "objects/1/region"
                                               << "objects[1].region";
        QTest::newRow("object without key") << "objects/0/key"
                                            << "objects[0].key";
        QTest::newRow("no generated_at") << "generated_at"
                                         << "generated_at";
        QTest::newRow("no chain") << "chain"
                                  << "chain";
        QTest::newRow("chain without ok") << "chain/ok"
                                          << "chain.ok";
        QTest::newRow("district without id") << "district/id"
                                             << "district.id";
    }

    void badReportsNameTheField()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, field);
        auto report = json(ComplianceFixtures::houstonReport);
        const auto parts = pointer.split('/');
        if (parts.size() == 1) {
            report.remove(parts[0]);
        } else if (parts.size() == 2) {
            auto inner = report.value(parts[0]).toObject();
            inner.remove(parts[1]);
            report[parts[0]] = inner;
        } else {
            auto array = report.value(parts[0]).toArray();
            auto inner = array.at(parts[1].toInt()).toObject();
            inner.remove(parts[2]);
            array[parts[1].toInt()] = inner;
            report[parts[0]] = array;
        }
        try {
            AuditReport::fromJson(report);
            QFAIL("accepted a broken report");
        } catch (const ValidationError &e) {
            QCOMPARE(e.field(), field);
        }
    }

    void violationRowIsRedOnScreen()
    {
        AuditObjectModel model;
        model.setReport(houston());
        QTableView view;
        view.setModel(&model);
        view.resize(900, 300);
        view.horizontalHeader()->setStretchLastSection(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.viewport()->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        const auto sample = [&](int row) {
            const QRect rect = view.visualRect(model.index(row, AuditObjectModel::KeyColumn));
            // Right end of the key cell: background, not glyphs.
            return image.pixelColor(
                qRound((rect.right() - 3) * dpr), qRound(rect.center().y() * dpr));
        };
        const int bad = model.rowOf("us-west", "us-tx-houston/student_pii/roster-copy.csv");
        const int good = model.rowOf("us-east", "us-tx-houston/student_pii/roster-2026.csv");
        QVERIFY2(isRedish(sample(bad)), qPrintable(sample(bad).name()));
        QVERIFY2(isGreenish(sample(good)), qPrintable(sample(good).name()));
    }
};

RP_TEST(TestAuditObjectModel, "tst_auditobjectmodel")
#include "tst_auditobjectmodel.moc"
