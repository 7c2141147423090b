#include "gui/compliancefixtures.h"
#include "gui/widgetprobes.h"
#include "testmain.h"

#include "backend/core/residency/auditreport.h"
#include "backend/core/validationerror.h"
#include "models/compliance/compliancecolors.h"
#include "models/compliance/compliancesummarymodel.h"
#include "models/compliance/movementlistmodel.h"
#include "models/compliance/replicationmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using Regime = ComplianceRegimes::Regime;
Q_DECLARE_METATYPE(ComplianceRegimes::Regime)

namespace {

QJsonObject summaryJson(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

AuditReport report(const QByteArray &bytes)
{
    return AuditReport::fromJson(summaryJson(bytes));
}

District district(const QString &id, const QString &name, const QString &jurisdiction)
{
    District d;
    d.id = id;
    d.name = name;
    d.jurisdiction = jurisdiction;
    return d;
}

QList<District> threeDistricts()
{
    return {district("us-tx-houston", "Houston ISD", "US-TX"),
        district("ca-on-toronto", "Toronto District School Board", "CA-ON"),
        district("fr-lyon", "Academie de Lyon", "FR")};
}

// Houston's report with the misplaced copy fixed (moved where the consent allows it).
QJsonObject houstonFixed()
{
    auto next = summaryJson(ComplianceFixtures::houstonReport);
    auto objects = next.value("objects").toArray();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        auto o = objects.at(i).toObject();
        if (o.value("key").toString().endsWith("roster-copy.csv")) {
            o["region"] = "us-east";
            o["allowed"] = true;
            o["verdict"] = "compliant";
            objects[i] = o;
        }
    }
    next["objects"] = objects;
    next["totals"]
        = QJsonObject{{"objects", 6}, {"compliant", 6}, {"violating", 0}, {"bytes", 8009}};
    return next;
}

AuditRecord commit(
    qint64 seq, const QString &district, const QString &from, const QString &to, const QString &key)
{
    AuditRecord r;
    r.seq = seq;
    r.time = QDateTime(QDate(2026, 11, 22), QTime(8, 0).addSecs(int(seq)), Qt::UTC);
    r.actor = "token:admin";
    r.action = "migration.commit";
    r.district = district;
    r.dataClass = "student_pii";
    r.fromRegion = from;
    r.toRegion = to;
    r.rule = "ca-provincial-residency";
    r.details = QJsonObject{{"key", key}};
    return r;
}

} // namespace

class TestComplianceSummaryModel : public QObject
{
    Q_OBJECT

private slots:
    // Shift+F1 on a column heading explains it (the header view asks for WhatsThisRole).
    void everyColumnSaysWhatItMeans()
    {
        ComplianceSummaryModel model;
        QSet<QString> seen;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString help = model.headerData(c, Qt::Horizontal, Qt::WhatsThisRole).toString();
            QVERIFY2(help.size() > 40, qPrintable(QString::number(c)));
            QCOMPARE(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(), help);
            QVERIFY(!seen.contains(help));
            seen.insert(help);
        }
        QCOMPARE(seen.size(), int(ComplianceSummaryModel::ColumnCount));
    }

    // The regime is the deciding rule's, as the pack says (issue #21): an operator's own rule
    // is classified as its author wrote, whatever its id or the object's class.
    void regimeFromTheVerdict_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("regimeName"); // "" : a daemon before 0.2 sends none
        QTest::addColumn<Regime>("regime");
        QTest::newRow("state") << "us-student-records-in-state"
                               << "state_student_records" << Regime::StateStudentRecords;
        QTest::newRow("gdpr") << "gdpr-eu-residency"
                              << "gdpr" << Regime::Gdpr;
        QTest::newRow("canada") << "ca-provincial-residency"
                                << "canadian_provincial" << Regime::CanadianProvincial;
        QTest::newRow("apac") << "apac-student-records-in-region"
                              << "apac" << Regime::Apac;
        QTest::newRow("coppa") << "coppa-certified-target"
                               << "coppa" << Regime::Coppa;
        QTest::newRow("unregulated") << "unregulated-anywhere"
                                     << "unregulated" << Regime::Unregulated;
        QTest::newRow("an operator's own rule") << "district-dpa-42"
                                                << "gdpr" << Regime::Gdpr;
        QTest::newRow("a default-pack id the operator re-purposed") << "gdpr-eu-residency"
                                                                    << "coppa" << Regime::Coppa;
        QTest::newRow("no regime sent") << "house-rule"
                                        << "" << Regime::Other;
    }

    void regimeFromTheVerdict()
    {
        QFETCH(QString, rule);
        QFETCH(QString, regimeName);
        QFETCH(Regime, regime);
        QJsonObject json{{"allowed", false}, {"rule", rule}};
        if (!regimeName.isEmpty())
            json.insert("regime", regimeName);
        const Verdict verdict = Verdict::fromJson(json);
        QCOMPARE(ComplianceRegimes::forVerdict(verdict), regime);
        QVERIFY(!ComplianceRegimes::displayName(regime).isEmpty());
        QVERIFY(!ComplianceRegimes::shortName(regime).isEmpty());
        // And an unknown name is refused, naming the field: never silently "other".
        QJsonObject bad = json;
        bad.insert("regime", "ferpa-ish");
        QVERIFY_THROWS_EXCEPTION(ValidationError, Verdict::fromJson(bad));
    }

    void countsPerRegimeAndDistrict_data()
    {
        QTest::addColumn<Regime>("regime");
        QTest::addColumn<QString>("districtId");
        QTest::addColumn<int>("compliant");
        QTest::addColumn<int>("violating");
        QTest::newRow("houston state rules")
            << Regime::StateStudentRecords << "us-tx-houston" << 1 << 1;
        QTest::newRow("houston coppa") << Regime::Coppa << "us-tx-houston" << 1 << 0;
        QTest::newRow("houston unregulated") << Regime::Unregulated << "us-tx-houston" << 3 << 0;
        QTest::newRow("toronto canada") << Regime::CanadianProvincial << "ca-on-toronto" << 3 << 1;
        QTest::newRow("toronto unregulated") << Regime::Unregulated << "ca-on-toronto" << 3 << 0;
        QTest::newRow("toronto not under state rules")
            << Regime::StateStudentRecords << "ca-on-toronto" << -1 << -1;
        QTest::newRow("lyon not audited") << Regime::Gdpr << "fr-lyon" << -1 << -1;
    }

    void countsPerRegimeAndDistrict()
    {
        QFETCH(Regime, regime);
        QFETCH(QString, districtId);
        QFETCH(int, compliant);
        QFETCH(int, violating);

        ComplianceSummaryModel model;
        QAbstractItemModelTester tester(&model);
        model.setDistricts(threeDistricts());
        model.setReport(report(ComplianceFixtures::houstonReport));
        model.setReport(report(ComplianceFixtures::torontoReport));
        QCOMPARE(model.rowCount(), 6); // the six regimes; "other" only when used

        const auto index = model.districtIndex(regime, districtId);
        if (compliant < 0) {
            QVERIFY(!index.isValid());
            return;
        }
        QVERIFY(index.isValid());
        QCOMPARE(
            index.data(ComplianceSummaryModel::KindRole).toString(), QStringLiteral("district"));
        QCOMPARE(index.data(ComplianceSummaryModel::DistrictIdRole).toString(), districtId);
        QCOMPARE(index.data(ComplianceSummaryModel::CompliantRole).toInt(), compliant);
        QCOMPARE(index.data(ComplianceSummaryModel::ViolatingRole).toInt(), violating);
        QCOMPARE(index.siblingAtColumn(ComplianceSummaryModel::ViolatingColumn).data().toInt(),
            violating);
        QCOMPARE(index.siblingAtColumn(ComplianceSummaryModel::StatusColumn).data().toString(),
            violating ? (violating == 1 ? QStringLiteral("1 violation")
                                        : QStringLiteral("%1 violations").arg(violating))
                      : QStringLiteral("Compliant"));
        const auto background = index.data(Qt::BackgroundRole).value<QColor>();
        QVERIFY2(violating ? isRedish(background) : isGreenish(background),
            qPrintable(background.name()));
    }

    void totals()
    {
        ComplianceSummaryModel model;
        model.setDistricts(threeDistricts());
        QCOMPARE(model.auditedCount(), 0);
        model.setReport(report(ComplianceFixtures::houstonReport));
        model.setReport(report(ComplianceFixtures::torontoReport));
        QCOMPARE(model.auditedCount(), 2);
        QCOMPARE(model.violatingDistrictCount(), 2);
        QCOMPARE(model.violationCount(), 2);
        const auto unregulated = model.regimeIndex(Regime::Unregulated);
        QCOMPARE(model.rowCount(unregulated), 2);
        QCOMPARE(unregulated.data(ComplianceSummaryModel::CompliantRole).toInt(), 6);
        QCOMPARE(
            unregulated.siblingAtColumn(ComplianceSummaryModel::StatusColumn).data().toString(),
            QStringLiteral("All 2 districts compliant"));
        const auto state = model.regimeIndex(Regime::StateStudentRecords);
        QCOMPARE(state.siblingAtColumn(ComplianceSummaryModel::StatusColumn).data().toString(),
            QStringLiteral("Its district violates"));
        QVERIFY(isRedish(state.data(Qt::BackgroundRole).value<QColor>()));
        QCOMPARE(model.regimeIndex(Regime::Gdpr)
                     .siblingAtColumn(ComplianceSummaryModel::StatusColumn)
                     .data()
                     .toString(),
            QStringLiteral("No data"));
        // A second US district under the same regime: counts and wording cover both.
        auto dallas = ComplianceFixtures::houstonReport;
        dallas.replace("us-tx-houston", "us-tx-dallas").replace("Houston ISD", "Dallas ISD");
        model.setReport(report(dallas));
        QCOMPARE(state.siblingAtColumn(ComplianceSummaryModel::StatusColumn).data().toString(),
            QStringLiteral("2 of 2 districts violate"));
        model.setReport(AuditReport::fromJson(houstonFixed()));
        QCOMPARE(state.siblingAtColumn(ComplianceSummaryModel::StatusColumn).data().toString(),
            QStringLiteral("1 of 2 districts violate"));
        QCOMPARE(state.data(ComplianceSummaryModel::ViolatingRole).toInt(), 1);
        QCOMPARE(state.data(ComplianceSummaryModel::CompliantRole).toInt(), 3);
        QCOMPARE(model.districts().size(), 4); // Dallas was not in the list: it joins
        model.setReport(report(ComplianceFixtures::houstonReport));

        const auto status = model.districtStatus("us-tx-houston");
        QVERIFY(status.audited);
        QCOMPARE(status.total.compliant, 5);
        QCOMPARE(status.total.violating, 1);
        QVERIFY(!model.districtStatus("fr-lyon").audited);
    }

    void updatesAreDiffs()
    {
        ComplianceSummaryModel model;
        QAbstractItemModelTester tester(&model);
        model.setDistricts(threeDistricts());
        model.setReport(report(ComplianceFixtures::houstonReport));

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy statusChanged(&model, &ComplianceSummaryModel::districtStatusChanged);

        model.setReport(AuditReport::fromJson(houstonFixed()));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(changed.count() > 0);
        QCOMPARE(statusChanged.count(), 1);
        QCOMPARE(statusChanged.first().first().toString(), QStringLiteral("us-tx-houston"));
        const auto index = model.districtIndex(Regime::StateStudentRecords, "us-tx-houston");
        QCOMPARE(index.data(ComplianceSummaryModel::ViolatingRole).toInt(), 0);
        QCOMPARE(index.data(ComplianceSummaryModel::CompliantRole).toInt(), 2);
        QVERIFY(isGreenish(index.data(Qt::BackgroundRole).value<QColor>()));
        QCOMPARE(model.violatingDistrictCount(), 0);

        // Houston's COPPA data goes away: only that child row leaves.
        auto noChild = houstonFixed();
        auto objects = noChild.value("objects").toArray();
        for (qsizetype i = objects.size() - 1; i >= 0; --i) {
            if (objects.at(i).toObject().value("data_class").toString() == "child_under_13")
                objects.removeAt(i);
        }
        noChild["objects"] = objects;
        noChild.remove("totals");
        inserted.clear();
        model.setReport(AuditReport::fromJson(noChild));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(!model.districtIndex(Regime::Coppa, "us-tx-houston").isValid());
        QCOMPARE(model.regimeIndex(Regime::Coppa)
                     .siblingAtColumn(ComplianceSummaryModel::StatusColumn)
                     .data()
                     .toString(),
            QStringLiteral("No data"));
    }

    void otherRegimeAppearsOnlyWhenUsed()
    {
        ComplianceSummaryModel model;
        QAbstractItemModelTester tester(&model);
        model.setDistricts(threeDistricts());
        auto custom = summaryJson(ComplianceFixtures::houstonReport);
        auto objects = custom.value("objects").toArray();
        auto odd = objects.at(0).toObject();
        odd["key"] = "us-tx-houston/telemetry/clicks.json";
        odd["data_class"] = "telemetry";
        odd["rule"] = "default-deny";
        odd["regime"] = "other"; // as the daemon sends a default-deny verdict
        odd["allowed"] = false;
        objects.append(odd);
        custom["objects"] = objects;
        custom.remove("totals");
        model.setReport(AuditReport::fromJson(custom));
        QCOMPARE(model.rowCount(), 7);
        const auto other = model.districtIndex(Regime::Other, "us-tx-houston");
        QVERIFY(other.isValid());
        QCOMPARE(other.data(ComplianceSummaryModel::ViolatingRole).toInt(), 1);
        QCOMPARE(model.districtStatus("us-tx-houston").total.violating, 2);

        model.setReport(report(ComplianceFixtures::houstonReport));
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.regimeIndex(Regime::Other).isValid());
    }

    void droppedDistrictsLeave()
    {
        ComplianceSummaryModel model;
        QAbstractItemModelTester tester(&model);
        model.setDistricts(threeDistricts());
        model.setReport(report(ComplianceFixtures::houstonReport));
        model.setReport(report(ComplianceFixtures::torontoReport));
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        // An auditor of Toronto only.
        model.setDistricts({district("ca-on-toronto", "Toronto District School Board", "CA-ON")});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.districts().size(), 1);
        QVERIFY(!model.districtIndex(Regime::StateStudentRecords, "us-tx-houston").isValid());
        QCOMPARE(model.rowCount(model.regimeIndex(Regime::Unregulated)), 1);
        QCOMPARE(model.violationCount(), 1);
    }

    void auditErrorIsShown()
    {
        ComplianceSummaryModel model;
        model.setDistricts(threeDistricts());
        model.setReport(report(ComplianceFixtures::houstonReport));
        model.setError("us-tx-houston", "Network error: connection refused");
        const auto index = model.districtIndex(
            Regime::StateStudentRecords, "us-tx-houston", ComplianceSummaryModel::StatusColumn);
        QCOMPARE(index.data().toString(), QStringLiteral("Audit failed"));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains("connection refused"));
    }

    void rowsAreColouredOnScreen()
    {
        ComplianceSummaryModel model;
        model.setDistricts(threeDistricts());
        model.setReport(report(ComplianceFixtures::houstonReport));
        model.setReport(report(ComplianceFixtures::torontoReport));
        QTreeView view;
        view.setModel(&model);
        view.resize(900, 500);
        view.expandAll();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.viewport()->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        const auto sample = [&](const QModelIndex &index) {
            const QRect rect
                = view.visualRect(index.siblingAtColumn(ComplianceSummaryModel::CompliantColumn));
            return image.pixelColor(
                qRound((rect.left() + 4) * dpr), qRound(rect.center().y() * dpr));
        };
        const auto bad = sample(model.districtIndex(Regime::CanadianProvincial, "ca-on-toronto"));
        const auto good = sample(model.districtIndex(Regime::Unregulated, "ca-on-toronto"));
        QVERIFY2(isRedish(bad), qPrintable(bad.name()));
        QVERIFY2(isGreenish(good), qPrintable(good.name()));
    }

    void movementsFromTheTrailAndEvents()
    {
        MovementListModel model;
        QAbstractItemModelTester tester(&model);
        AuditRecord consent;
        consent.seq = 3;
        consent.action = "consent.create";
        consent.toRegion = "us-east";
        AuditRecord drCopy = commit(
            9, "de-berlin", "eu-central", "eu-west", "de-berlin/student_pii/roster-2026.csv");
        drCopy.action = "replication.copy";
        model.addAuditRecords({consent, drCopy,
            commit(10, "ca-on-toronto", "us-east", "ca-central",
                "ca-on-toronto/student_pii/roster-dr-copy.csv"),
            commit(11, "ca-on-toronto", "us-east", "ca-central",
                "ca-on-toronto/deidentified/statewide-benchmark.csv")});
        QCOMPARE(model.rowCount(), 2); // the consent moved nothing, the DR copy is a copy
        QCOMPARE(model.index(0, 0).data(MovementListModel::MovementIdRole).toString(),
            QStringLiteral("audit:11"));
        QCOMPARE(model.index(0, MovementListModel::RouteColumn).data().toString(),
            QStringLiteral("us-east → ca-central"));
        // Loading the same window again adds nothing.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addAuditRecords({commit(10, "ca-on-toronto", "us-east", "ca-central", "x")});
        QCOMPARE(inserted.count(), 0);

        MigrationProgressEvent progress{
            "m-1", "ca-on-toronto", "us-east", "ca-central", MigrationState::Running, 0, 2, ""};
        Event event{50, QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC), progress};
        QVERIFY(model.applyEvent(event));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(MovementListModel::StateRole).toString(),
            QStringLiteral("running"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        progress.state = MigrationState::Done;
        progress.moved = 2;
        event.payload = progress;
        QVERIFY(model.applyEvent(event));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, MovementListModel::StateColumn).data().toString(),
            QStringLiteral("Done"));
        QCOMPARE(model.index(0, MovementListModel::WhatColumn).data().toString(),
            QStringLiteral("Migration: 2 of 2 objects"));

        const Event other{51, QDateTime::currentDateTimeUtc(),
            PodHealthEvent{"p", "r", HealthState::Healthy, HealthState::Unknown}};
        QVERIFY(!model.applyEvent(other));
        model.setMaximumRows(2);
        QCOMPARE(model.rowCount(), 2);
    }

    void replicationRowsWithoutDrFirstThenWorstLag()
    {
        ReplicationModel model;
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.summary(),
            QStringLiteral("Disaster recovery: the daemon has not finished its first scan yet."));
        const auto entry
            = [](const QString &district, const QString &target, qint64 lag, qint64 backlog) {
                  ReplicationEntry e;
                  e.district = district;
                  e.dataClass = QStringLiteral("student_pii");
                  e.sourceRegion = QStringLiteral("us-east");
                  e.targetRegion = target;
                  e.remedy = target.isEmpty() ? QStringLiteral("add a replica store in US-TX")
                                              : QString();
                  e.objects = 4;
                  e.replicatedObjects = target.isEmpty() ? 0 : 4 - backlog;
                  e.backlogObjects = backlog;
                  e.lagS = lag;
                  return e;
              };
        ReplicationStatus status;
        status.lagTargetS = 60;
        status.scannedAt = QDateTime::currentDateTimeUtc();
        status.entries = {entry(QStringLiteral("a-ok"), QStringLiteral("us-west"), 2, 0),
            entry(QStringLiteral("b-late"), QStringLiteral("us-west"), 300, 3),
            entry(QStringLiteral("c-none"), QString(), 0, 0)};
        model.setStatus(status);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(ReplicationModel::DistrictIdRole).toString(),
            QStringLiteral("c-none"));
        QVERIFY(model.index(0, 0).data(ReplicationModel::NoTargetRole).toBool());
        QCOMPARE(model.index(0, ReplicationModel::TargetColumn).data().toString(),
            QStringLiteral("none allowed"));
        QVERIFY(model.index(0, ReplicationModel::NoteColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("add a replica store in US-TX")));
        QCOMPARE(model.index(0, 0).data(Qt::BackgroundRole).value<QColor>(),
            ComplianceColors::violationRow());
        QCOMPARE(model.index(1, 0).data(ReplicationModel::DistrictIdRole).toString(),
            QStringLiteral("b-late"));
        QVERIFY(model.index(1, 0).data(ReplicationModel::BehindRole).toBool());
        QVERIFY(!model.index(2, 0).data(ReplicationModel::BehindRole).toBool());
        QCOMPARE(model.index(2, ReplicationModel::CopiedColumn).data().toString(),
            QStringLiteral("4 of 4"));
        QCOMPARE(model.districtsWithoutDr(), QStringList{QStringLiteral("c-none")});
        QCOMPARE(model.summary(),
            QStringLiteral("1 district holds data with no allowed DR place. 2 of 3 data sets "
                           "have a DR copy; 3 objects pending, the oldest 300 s behind "
                           "(target 60 s). 1 data set behind its lag target."));

        // The same rows with new figures: no reset (the selection stays), only a change.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        status.entries[1].lagS = 0;
        status.entries[1].backlogObjects = 0;
        status.entries[0].lagS = 1;
        model.setStatus(status);
        QCOMPARE(resets.size(), 1); // the order changed (lag), so the rows did
        status.entries[1].replicatedObjects = 4;
        model.setStatus(status);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.index(2, ReplicationModel::CopiedColumn).data().toString(),
            QStringLiteral("4 of 4"));
    }
};

RP_TEST(TestComplianceSummaryModel, "tst_compliancesummarymodel")
#include "tst_compliancesummarymodel.moc"
