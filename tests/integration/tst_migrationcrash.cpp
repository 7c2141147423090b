// kill -9 the daemon at each step of a migration: after a restart the migration finishes by
// itself and every object exists exactly once, in the allowed target, with its bytes intact.

#include "daemonprocess.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestMigrationCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crashAtEachStepResumes_data();
    void crashAtEachStepResumes();
};

void TestMigrationCrash::crashAtEachStepResumes_data()
{
    QTest::addColumn<QString>("failpoint");
    // copy: target written, step not recorded. verify: checked, not recorded. commit: about to
    // write the audit record. delete: source removed, not recorded.
    QTest::newRow("copy") << "migrate.copy";
    QTest::newRow("verify") << "migrate.verify";
    QTest::newRow("commit") << "migrate.commit";
    QTest::newRow("delete") << "migrate.delete";
}

void TestMigrationCrash::crashAtEachStepResumes()
{
    QFETCH(QString, failpoint);
    QTemporaryDir dir;
    const auto objectPath = [&](const QString &region, const QString &key) {
        return QDir(dir.path()).filePath(QStringLiteral("stores/%1/objects/%2").arg(region, key));
    };
    // Toronto's objects in the US: a misplaced roster copy and a de-identified benchmark.
    const QStringList keys = {QStringLiteral("ca-on-toronto/deidentified/statewide-benchmark.csv"),
        QStringLiteral("ca-on-toronto/student_pii/roster-dr-copy.csv")};
    QHash<QString, QString> checksums;

    {
        DaemonProcess daemon(dir.path());
        QVERIFY(daemon.start({}, 20000, {QStringLiteral("RP_FAILPOINT=") + failpoint}));
        for (const auto &key : keys) {
            checksums.insert(key, sha256Of(objectPath(QStringLiteral("us-east"), key)));
            QVERIFY2(!checksums.value(key).isEmpty(), qPrintable(key));
        }
        const auto reply = daemon.request("POST", QStringLiteral("/residency/migrate"),
            R"({"district":"ca-on-toronto","from":"us-east","to":"ca-central"})");
        QCOMPARE(reply.status, 202);
        QVERIFY2(daemon.waitForExit(20000), "the daemon did not reach the failpoint");
        QVERIFY(daemon.crashed());
        // While it is down, nothing is lost: each object is at the source or the target (or both).
        for (const auto &key : keys)
            QVERIFY(QFile::exists(objectPath(QStringLiteral("us-east"), key))
                || QFile::exists(objectPath(QStringLiteral("ca-central"), key)));
    }

    DaemonProcess daemon(dir.path());
    QVERIFY(daemon.start());
    const auto migrations = [&] {
        return daemon.request("GET", QStringLiteral("/residency/migrations?district=ca-on-toronto"))
            .json()
            .value(QStringLiteral("migrations"))
            .toArray();
    };
    QCOMPARE(migrations().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        migrations().at(0).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("done"), 20000);
    for (const auto &key : keys) {
        QVERIFY2(!QFile::exists(objectPath(QStringLiteral("us-east"), key)),
            qPrintable(key + QStringLiteral(" left at the source")));
        QCOMPARE(sha256Of(objectPath(QStringLiteral("ca-central"), key)), checksums.value(key));
    }
    // Exactly one commit record per object, and the chain still verifies.
    const auto trail = daemon.request("GET", QStringLiteral("/audit?district=ca-on-toronto"))
                           .json()
                           .value(QStringLiteral("records"))
                           .toArray();
    QHash<QString, int> commits;
    for (const auto &v : trail) {
        const auto r = v.toObject();
        if (r.value(QStringLiteral("action")).toString() == QLatin1String("migration.commit"))
            ++commits[r.value(QStringLiteral("details"))
                          .toObject()
                          .value(QStringLiteral("key"))
                          .toString()];
    }
    for (const auto &key : keys)
        QCOMPARE(commits.value(key), 1);
    QVERIFY(daemon.request("GET", QStringLiteral("/audit/verify"))
                .json()
                .value(QStringLiteral("ok"))
                .toBool());
    QCOMPARE(daemon.stop(), 0);
}

RP_TEST(TestMigrationCrash, "tst_migrationcrash")
#include "tst_migrationcrash.moc"
