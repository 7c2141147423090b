// Policy pack reload through the API: a bad pack is refused naming file, path and reason, the
// old pack stays in force, and both outcomes are audited. Also: a bad config refuses to start.

#include "daemonprocess.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

class TestPolicyReload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badPackIsRefusedAndOldOneStays();
    void badConfigRefusesToStart_data();
    void badConfigRefusesToStart();
};

void TestPolicyReload::badPackIsRefusedAndOldOneStays()
{
    QTemporaryDir dir;
    const auto packPath = dir.filePath(QStringLiteral("pack.json"));
    QVERIFY(QFile::copy(QDir(qEnvironmentVariable("RP_SOURCE_DIR"))
                            .filePath(QStringLiteral("resources/policies/default.json")),
        packPath));
    QFile::setPermissions(packPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto configPath = dir.filePath(QStringLiteral("config.json"));
    {
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(QJsonObject{{QStringLiteral("policy_file"), packPath}}).toJson());
    }
    DaemonProcess daemon(dir.filePath(QStringLiteral("data")));
    QVERIFY(daemon.start({QStringLiteral("--config"), configPath}));

    const QByteArray placement
        = R"({"placements":[{"district":"de-berlin","data_class":"eu_personal","region":"us-east"}]})";
    const auto verdict = [&] {
        return daemon.request("POST", QStringLiteral("/residency/validate"), placement)
            .json()
            .value(QStringLiteral("results"))
            .toArray()
            .at(0)
            .toObject();
    };
    QCOMPARE(verdict().value(QStringLiteral("allowed")).toBool(), false);

    // Break the pack: a rule names a data class that does not exist.
    QFile pack(packPath);
    QVERIFY(pack.open(QIODevice::ReadOnly));
    auto json = QJsonDocument::fromJson(pack.readAll()).object();
    pack.close();
    auto rules = json.value(QStringLiteral("rules")).toArray();
    auto first = rules.at(0).toObject();
    auto appliesTo = first.value(QStringLiteral("applies_to")).toArray();
    auto selector = appliesTo.at(0).toObject();
    selector.insert(QStringLiteral("data_classes"), QJsonArray{QStringLiteral("student_dna")});
    appliesTo.replace(0, selector);
    first.insert(QStringLiteral("applies_to"), appliesTo);
    rules.replace(0, first);
    json.insert(QStringLiteral("rules"), rules);
    QVERIFY(pack.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pack.write(QJsonDocument(json).toJson());
    pack.close();

    const auto refused = daemon.request("POST", QStringLiteral("/residency/policy/reload"));
    QCOMPARE(refused.status, 422);
    const auto detail = refused.json().value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QStringLiteral("pack.json")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("/rules/0/applies_to/0/data_classes/0")),
        qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("student_dna")), qPrintable(detail));
    QCOMPARE(verdict().value(QStringLiteral("allowed")).toBool(), false); // old pack still in force

    // A pack that allows EU personal data anywhere (an operator's deliberate edit) takes effect.
    auto permissive = json;
    rules = permissive.value(QStringLiteral("rules")).toArray();
    first = rules.at(0).toObject();
    appliesTo = first.value(QStringLiteral("applies_to")).toArray();
    selector = appliesTo.at(0).toObject();
    selector.insert(QStringLiteral("data_classes"), QJsonArray{QStringLiteral("student_pii")});
    appliesTo.replace(0, selector);
    first.insert(QStringLiteral("applies_to"), appliesTo);
    rules.replace(0, first);
    QJsonArray kept;
    for (const auto &rule : rules) {
        if (rule.toObject().value(QStringLiteral("id")).toString()
            != QLatin1String("gdpr-eu-residency"))
            kept.append(rule);
    }
    kept.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("eu-personal-anywhere")},
        {QStringLiteral("applies_to"),
            QJsonArray{QJsonObject{
                {QStringLiteral("data_classes"), QJsonArray{QStringLiteral("eu_personal")}}}}},
        {QStringLiteral("allow_target"),
            QJsonObject{{QStringLiteral("in"), QJsonArray{QStringLiteral("*")}}}},
        {QStringLiteral("legal_basis"), QStringLiteral("test: operator override")},
        {QStringLiteral("remedy"), QStringLiteral("none needed")}});
    permissive.insert(QStringLiteral("rules"), kept);
    QVERIFY(pack.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pack.write(QJsonDocument(permissive).toJson());
    pack.close();
    const auto accepted = daemon.request("POST", QStringLiteral("/residency/policy/reload"));
    QVERIFY2(accepted.status == 200, accepted.body.constData());
    QCOMPARE(verdict().value(QStringLiteral("allowed")).toBool(), true);
    QCOMPARE(
        verdict().value(QStringLiteral("rule")).toString(), QStringLiteral("eu-personal-anywhere"));

    QStringList actions;
    for (const auto &v : daemon.request("GET", QStringLiteral("/audit"))
                             .json()
                             .value(QStringLiteral("records"))
                             .toArray())
        actions.append(v.toObject().value(QStringLiteral("action")).toString());
    QVERIFY(actions.contains(QStringLiteral("policy.reload_refused")));
    QVERIFY(actions.contains(QStringLiteral("policy.reload")));
    QCOMPARE(daemon.stop(), 0);
}

void TestPolicyReload::badConfigRefusesToStart_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QByteArray(R"({"lisen":"127.0.0.1:1"})") << "lisen";
    QTest::newRow("bad interval") << QByteArray(R"({"health":{"interval_ms":1}})")
                                  << "health.interval_ms";
    QTest::newRow("bad listen") << QByteArray(R"({"listen":"nowhere"})") << "listen";
    QTest::newRow("not json") << QByteArray("{listen") << "body";
    QTest::newRow("bad store") << QByteArray(R"({"object_stores":{"us-east":{"type":"floppy"}}})")
                               << "object_stores.us-east";
}

void TestPolicyReload::badConfigRefusesToStart()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();
    QProcess daemon;
    daemon.start(QDir(DaemonProcess::binDir()).filePath(QStringLiteral("regionalpodsd")),
        {QStringLiteral("--demo"), QStringLiteral("--data-dir"),
            dir.filePath(QStringLiteral("data")), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--config"), path});
    QVERIFY(daemon.waitForFinished(20000));
    QVERIFY(daemon.exitCode() != 0);
    const auto err = QString::fromUtf8(daemon.readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data/daemon.port"))));
}

RP_TEST(TestPolicyReload, "tst_policyreload")
#include "tst_policyreload.moc"
