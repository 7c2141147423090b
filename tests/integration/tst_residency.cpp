// Residency end to end on a real daemon: validation, audits over the real directory stores,
// consents, migrations, the hash-chained trail (tampered with on disk) and the role matrix.

#include "daemonprocess.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QWebSocket>
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

QJsonArray objectsOf(const QJsonObject &report)
{
    return report.value(QStringLiteral("objects")).toArray();
}

} // namespace

class TestResidency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void validateAnswersPerPlacementInOrder();
    void validateRejectsUnknownNames_data();
    void validateRejectsUnknownNames();
    void auditFindsMisplacedObjectsWithRealChecksums();
    void auditCsvMatchesJson();
    void consentAllowsThenRevocationDenies();
    void migrationMovesEveryByteAndAudits();
    void migrationToForbiddenRegionMovesNothing();
    void roleMatrix_data();
    void roleMatrix();
    void sessionNamesRoleAndScope_data();
    void sessionNamesRoleAndScope();
    void auditorSeesNothingOfOtherDistricts();
    void fullVerifyIsAdminOnlyAndRateLimited();
    void tamperedAuditRowIsNamed_data();
    void tamperedAuditRowIsNamed();

private:
    QByteArray tokenFor(const QString &role);
    QString objectPath(const QString &region, const QString &key) const
    {
        return QDir(m_dir.path()).filePath(QStringLiteral("stores/%1/objects/%2").arg(region, key));
    }

    /** --config naming a config without DR replication: these tests count the audit chain's
     *  records, and replication's copies would add to them (tst_replication covers those). */
    QStringList args()
    {
        const QString path = m_configDir.filePath(QStringLiteral("config.json"));
        QFile file(path);
        if (!file.exists() && file.open(QIODevice::WriteOnly))
            file.write(R"({"replication": {"enabled": false}})");
        return {QStringLiteral("--config"), path};
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_configDir;
    std::unique_ptr<DaemonProcess> m_daemon;
    QHash<QString, QByteArray> m_tokens;
};

void TestResidency::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_daemon = std::make_unique<DaemonProcess>(m_dir.path());
    QVERIFY(m_daemon->start(args()));
    m_tokens.insert(QStringLiteral("admin"), m_daemon->token());
    const auto mint = [&](const QByteArray &body) {
        const auto reply = m_daemon->request("POST", QStringLiteral("/tokens"), body);
        return reply.json().value(QStringLiteral("token")).toString().toUtf8();
    };
    m_tokens.insert(QStringLiteral("operator"), mint(R"({"role":"operator"})"));
    m_tokens.insert(
        QStringLiteral("auditor"), mint(R"({"role":"auditor","districts":["us-tx-houston"]})"));
    m_tokens.insert(QStringLiteral("none"), QByteArray());
    for (const auto &token : std::as_const(m_tokens))
        QVERIFY(token.isEmpty() || token.startsWith("rp_"));
}

void TestResidency::cleanupTestCase()
{
    m_daemon.reset();
}

QByteArray TestResidency::tokenFor(const QString &role)
{
    return m_tokens.value(role);
}

void TestResidency::validateAnswersPerPlacementInOrder()
{
    const auto reply
        = m_daemon->request("POST", QStringLiteral("/residency/validate"), R"({"placements":[
        {"district":"de-berlin","data_class":"eu_personal","region":"eu-central"},
        {"district":"de-berlin","data_class":"eu_personal","region":"us-east"},
        {"district":"ca-on-toronto","data_class":"student_pii","region":"ca-central"},
        {"district":"ca-on-toronto","data_class":"student_pii","region":"us-east"},
        {"district":"us-va-fairfax","data_class":"student_pii","region":"us-east"},
        {"district":"us-tx-austin","data_class":"student_pii","region":"us-west"},
        {"district":"de-munich","data_class":"child_under_13","region":"eu-central"},
        {"district":"de-munich","data_class":"child_under_13","region":"eu-west"},
        {"district":"sg-central","data_class":"deidentified","region":"us-west"}]})");
    QCOMPARE(reply.status, 200);
    const auto results = reply.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 9);
    // GDPR: EU only. Ontario: Canada only. Virginia data in a Virginia region. Texas data in
    // Oregon without consent: no. Under-13 only on COPPA-certified targets (eu-central isn't).
    const QList<bool> expected = {true, false, true, false, true, false, false, true, true};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto r = results.at(i).toObject();
        QCOMPARE(r.value(QStringLiteral("allowed")).toBool(), expected.at(i));
        QVERIFY(!r.value(QStringLiteral("rule")).toString().isEmpty());
        QVERIFY(!r.value(QStringLiteral("legal_basis")).toString().isEmpty());
        if (!expected.at(i))
            QVERIFY(!r.value(QStringLiteral("remedy")).toString().isEmpty());
    }
}

void TestResidency::validateRejectsUnknownNames_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown district") << QByteArray(
        R"({"placements":[{"district":"atlantis","data_class":"student_pii","region":"us-east"}]})")
                                      << 404 << "placements[0].district";
    QTest::newRow("unknown region") << QByteArray(
        R"({"placements":[{"district":"de-berlin","data_class":"student_pii","region":"moon"}]})")
                                    << 404 << "placements[0].region";
    QTest::newRow("unknown class") << QByteArray(
        R"({"placements":[{"district":"de-berlin","data_class":"dna","region":"eu-west"}]})")
                                   << 400 << "placements[0].data_class";
    QTest::newRow("second bad") << QByteArray(
        R"({"placements":[{"district":"de-berlin","data_class":"eu_personal","region":"eu-west"},{"district":"de-berlin","region":"eu-west"}]})")
                                << 400 << "placements[1].data_class";
    QTest::newRow("not a list") << QByteArray(R"({"placements":{}})") << 400 << "placements";
    QTest::newRow("malformed") << QByteArray(R"({"placements":[)") << 400 << "body";
}

void TestResidency::validateRejectsUnknownNames()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const auto reply = m_daemon->request("POST", QStringLiteral("/residency/validate"), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
}

void TestResidency::auditFindsMisplacedObjectsWithRealChecksums()
{
    const auto reply = m_daemon->request("GET", QStringLiteral("/residency/audit/us-tx-houston"));
    QCOMPARE(reply.status, 200);
    const auto report = reply.json();
    const auto objects = objectsOf(report);
    QVERIFY(objects.size() >= 4);
    int violations = 0;
    for (const auto &value : objects) {
        const auto o = value.toObject();
        const auto region = o.value(QStringLiteral("region")).toString();
        const auto key = o.value(QStringLiteral("key")).toString();
        QVERIFY(key.startsWith(QStringLiteral("us-tx-houston/")));
        // The checksum is the one of the bytes really stored.
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256Of(objectPath(region, key)));
        // Texas student records outside Texas need a consent naming the region: us-west has none.
        const bool shouldViolate
            = o.value(QStringLiteral("data_class")).toString() == QLatin1String("student_pii")
            && region == QLatin1String("us-west");
        QCOMPARE(!o.value(QStringLiteral("allowed")).toBool(), shouldViolate);
        if (shouldViolate) {
            ++violations;
            QCOMPARE(o.value(QStringLiteral("rule")).toString(),
                QStringLiteral("us-student-records-in-state"));
        }
    }
    QCOMPARE(violations, 1);
    const auto totals = report.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("violating")).toInt(), 1);
    QCOMPARE(totals.value(QStringLiteral("compliant")).toInt(), objects.size() - 1);
    QVERIFY(report.value(QStringLiteral("chain")).toObject().value(QStringLiteral("ok")).toBool());
    QVERIFY(!report.value(QStringLiteral("trail")).toArray().isEmpty()); // its consent was recorded
}

void TestResidency::auditCsvMatchesJson()
{
    const auto json = m_daemon->request("GET", QStringLiteral("/residency/audit/de-munich")).json();
    const auto csv
        = m_daemon->request("GET", QStringLiteral("/residency/audit/de-munich?format=csv"));
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.contentType.startsWith("text/csv"));
    const auto lines = csv.body.trimmed().split('\n');
    QCOMPARE(lines.size(), objectsOf(json).size() + 1);
    QVERIFY(lines.first().startsWith("district,region,jurisdiction,store,key,data_class"));
    QVERIFY(lines.first().trimmed().endsWith(",remedy,consents"));
    for (const auto &line : lines.mid(1))
        QVERIFY2(line.startsWith("de-munich,"), line.constData());
    for (const auto &value : objectsOf(json)) {
        const auto key = value.toObject().value(QStringLiteral("key")).toString().toUtf8();
        const auto sha = value.toObject().value(QStringLiteral("sha256")).toString().toUtf8();
        bool found = false;
        for (const auto &line : lines)
            found = found || (line.contains(key) && line.contains(sha));
        QVERIFY2(found, key.constData());
    }
    QCOMPARE(
        m_daemon->request("GET", QStringLiteral("/residency/audit/de-munich?format=pdf")).status,
        400);

    // A placement lawful only by agreement names it: the report carries the consents its
    // verdicts rely on, and the CSV row names the agreement's reference and term.
    const auto houston
        = m_daemon->request("GET", QStringLiteral("/residency/audit/us-tx-houston")).json();
    QSet<QString> relied;
    for (const auto &value : objectsOf(houston))
        for (const auto &id : value.toObject().value("consents").toArray())
            relied.insert(id.toString());
    QVERIFY2(!relied.isEmpty(), "the demo's Houston relies on a data processing agreement");
    const auto consents = houston.value("consents").toArray();
    QCOMPARE(consents.size(), relied.size());
    const QJsonObject consent = consents.first().toObject();
    QVERIFY(relied.contains(consent.value("id").toString()));
    const QByteArray reference = consent.value("reference").toString().toUtf8();
    QVERIFY(!reference.isEmpty());
    const auto houstonCsv
        = m_daemon->request("GET", QStringLiteral("/residency/audit/us-tx-houston?format=csv"));
    int naming = 0;
    for (const auto &line : houstonCsv.body.split('\n'))
        naming += line.contains(",true,") && line.contains(reference + " (to ") ? 1 : 0;
    QVERIFY2(naming >= 1, houstonCsv.body.constData());
}

void TestResidency::consentAllowsThenRevocationDenies()
{
    const QByteArray placement
        = R"({"placements":[{"district":"us-tx-austin","data_class":"student_pii","region":"us-west"}]})";
    const auto allowed = [&] {
        return m_daemon->request("POST", QStringLiteral("/residency/validate"), placement)
            .json()
            .value(QStringLiteral("results"))
            .toArray()
            .at(0)
            .toObject();
    };
    QVERIFY(!allowed().value(QStringLiteral("allowed")).toBool());

    const auto expires = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate).toUtf8();
    auto reply = m_daemon->request("POST", QStringLiteral("/residency/consents"),
        R"({"district":"us-tx-austin","data_class":"student_pii","region":"us-west","reference":"DPA-7","expires":")"
            + expires + R"("})",
        tokenFor(QStringLiteral("operator")));
    QCOMPARE(reply.status, 201);
    const auto id = reply.json().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const auto verdict = allowed();
    QVERIFY(verdict.value(QStringLiteral("allowed")).toBool());
    QCOMPARE(verdict.value(QStringLiteral("consents")).toArray().at(0).toString(), id);

    const auto listed
        = m_daemon->request("GET", QStringLiteral("/residency/consents?district=us-tx-austin"))
              .json();
    QVERIFY(QJsonDocument(listed).toJson().contains(id.toUtf8()));

    QCOMPARE(m_daemon->request("DELETE", QStringLiteral("/residency/consents/") + id).status, 200);
    QVERIFY(!allowed().value(QStringLiteral("allowed")).toBool());
    QCOMPARE(m_daemon->request("DELETE", QStringLiteral("/residency/consents/") + id).status, 404);

    // Bad consents change nothing.
    const auto past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate).toUtf8();
    reply = m_daemon->request("POST", QStringLiteral("/residency/consents"),
        R"({"district":"us-tx-austin","data_class":"student_pii","region":"us-west","reference":"x","expires":")"
            + past + R"("})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("expires"));
    reply = m_daemon->request("POST", QStringLiteral("/residency/consents"),
        R"({"district":"us-tx-austin","data_class":"student_pii","region":"nowhere","reference":"x","expires":")"
            + expires + R"("})");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("region"));
    QVERIFY(!allowed().value(QStringLiteral("allowed")).toBool());
}

void TestResidency::migrationMovesEveryByteAndAudits()
{
    // The Ontario roster copy sitting in the US goes home to Canada.
    const QString key = QStringLiteral("ca-on-toronto/student_pii/roster-dr-copy.csv");
    const auto before = sha256Of(objectPath(QStringLiteral("us-east"), key));
    QVERIFY(!before.isEmpty());
    auto reply = m_daemon->request("POST", QStringLiteral("/residency/migrate"),
        R"({"district":"ca-on-toronto","from":"us-east","to":"ca-central"})",
        tokenFor(QStringLiteral("operator")));
    QCOMPARE(reply.status, 202);
    const auto id = reply.json().value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_daemon->request("GET", QStringLiteral("/residency/migrations/") + id)
            .json()
            .value(QStringLiteral("state"))
            .toString(),
        QStringLiteral("done"), 15000);
    QCOMPARE(sha256Of(objectPath(QStringLiteral("ca-central"), key)), before);
    QVERIFY(!QFile::exists(objectPath(QStringLiteral("us-east"), key)));

    const auto trail = m_daemon->request("GET", QStringLiteral("/audit?district=ca-on-toronto"))
                           .json()
                           .value(QStringLiteral("records"))
                           .toArray();
    int commits = 0;
    for (const auto &v : trail) {
        const auto r = v.toObject();
        if (r.value(QStringLiteral("action")).toString() == QLatin1String("migration.commit")
            && r.value(QStringLiteral("details")).toObject().value(QStringLiteral("key")).toString()
                == key) {
            ++commits;
            QCOMPARE(r.value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("sha256"))
                         .toString(),
                before);
            QCOMPARE(r.value(QStringLiteral("from_region")).toString(), QStringLiteral("us-east"));
            QCOMPARE(r.value(QStringLiteral("to_region")).toString(), QStringLiteral("ca-central"));
        }
    }
    QCOMPARE(commits, 1);
    // The audit now finds no violation left for Toronto.
    const auto totals = m_daemon->request("GET", QStringLiteral("/residency/audit/ca-on-toronto"))
                            .json()
                            .value(QStringLiteral("totals"))
                            .toObject();
    QCOMPARE(totals.value(QStringLiteral("violating")).toInt(), 0);
}

void TestResidency::migrationToForbiddenRegionMovesNothing()
{
    const auto storeDir
        = QDir(m_dir.path()).filePath(QStringLiteral("stores/eu-central/objects/de-berlin"));
    const auto countFiles = [](const QString &dir) {
        int n = 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    };
    const auto targetDir
        = QDir(m_dir.path()).filePath(QStringLiteral("stores/us-east/objects/de-berlin"));
    const int before = countFiles(storeDir);
    const int targetBefore = countFiles(targetDir);
    QVERIFY(before > 0);
    const auto auditBefore = m_daemon->request("GET", QStringLiteral("/audit/verify"))
                                 .json()
                                 .value(QStringLiteral("records"))
                                 .toInt();
    const auto reply = m_daemon->request("POST", QStringLiteral("/residency/migrate"),
        R"({"district":"de-berlin","from":"eu-central","to":"us-east"})");
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.json()
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("gdpr-eu-residency")));
    QCOMPARE(countFiles(storeDir), before);
    QCOMPARE(countFiles(targetDir), targetBefore);
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/audit/verify"))
                 .json()
                 .value(QStringLiteral("records"))
                 .toInt(),
        auditBefore);

    QCOMPARE(m_daemon
                 ->request("POST", QStringLiteral("/residency/migrate"),
                     R"({"district":"de-berlin","from":"eu-central","to":"eu-central"})")
                 .status,
        400);
    QCOMPARE(m_daemon
                 ->request("POST", QStringLiteral("/residency/migrate"),
                     R"({"district":"de-berlin","from":"eu-central","to":"mars"})")
                 .status,
        404);
    QCOMPARE(
        m_daemon
            ->request("POST", QStringLiteral("/residency/migrate"),
                R"({"district":"de-berlin","from":"eu-central","to":"eu-west","keys":["fr-lyon/eu_personal/x"]})")
            .status,
        400);
}

void TestResidency::roleMatrix_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    const QByteArray validateOwn
        = R"({"placements":[{"district":"us-tx-houston","data_class":"student_pii","region":"us-east"}]})";
    const QByteArray validateOther
        = R"({"placements":[{"district":"de-berlin","data_class":"student_pii","region":"us-east"}]})";
    const QByteArray consent
        = R"({"district":"us-tx-houston","data_class":"student_pii","region":"us-west","reference":"m","expires":"2099-01-01T00:00:00Z"})";
    const QByteArray migrate
        = R"({"district":"us-tx-houston","from":"us-east","to":"us-east"})"; // refused after the
                                                                             // role check
    struct Row
    {
        const char *path;
        QByteArray method;
        QByteArray body;
        int admin, op, auditor, none;
    };
    const QList<Row> rows = {
        {"/residency/validate", "POST", validateOwn, 200, 200, 200, 401},
        {"/residency/validate", "POST", validateOther, 200, 200, 403, 401},
        {"/residency/audit/us-tx-houston", "GET", {}, 200, 200, 200, 401},
        {"/residency/audit/de-berlin", "GET", {}, 200, 200, 403, 401},
        {"/residency/audit/no-such-district", "GET", {}, 404, 404, 403, 401},
        {"/residency/audit/us-tx-houston?format=csv", "GET", {}, 200, 200, 200, 401},
        {"/residency/audit/de-berlin?format=csv", "GET", {}, 200, 200, 403, 401},
        {"/residency/scope/us-tx-houston", "GET", {}, 200, 200, 200, 401},
        {"/residency/scope/de-berlin", "GET", {}, 200, 200, 403, 401},
        {"/residency/consents?district=us-tx-houston", "GET", {}, 200, 200, 200, 401},
        {"/residency/consents?district=de-berlin", "GET", {}, 200, 200, 403, 401},
        {"/residency/consents", "GET", {}, 200, 200, 400, 401},
        {"/residency/consents", "POST", consent, 201, 201, 403, 401},
        {"/residency/consents/no-such-consent", "DELETE", {}, 404, 404, 403, 401},
        {"/residency/migrate", "POST", migrate, 400, 400, 403, 401},
        {"/residency/migrations?district=us-tx-houston", "GET", {}, 200, 200, 200, 401},
        {"/residency/migrations?district=de-berlin", "GET", {}, 200, 200, 403, 401},
        {"/residency/migrations/no-such-migration", "GET", {}, 404, 404, 404, 401},
        {"/residency/policy/reload", "POST", {}, 200, 403, 403, 401},
        {"/audit?district=us-tx-houston", "GET", {}, 200, 200, 200, 401},
        {"/audit?district=de-berlin", "GET", {}, 200, 200, 403, 401},
        {"/audit", "GET", {}, 200, 200, 200, 401},
        {"/audit/verify", "GET", {}, 200, 200, 200, 401},
        {"/tokens", "POST", R"({"role":"operator"})", 201, 403, 403, 401},
        {"/session", "GET", {}, 200, 200, 200, 401},
    };
    for (const auto &row : rows) {
        const QList<QPair<QString, int>> byRole
            = {{QStringLiteral("admin"), row.admin}, {QStringLiteral("operator"), row.op},
                {QStringLiteral("auditor"), row.auditor}, {QStringLiteral("none"), row.none}};
        for (const auto &[role, status] : byRole)
            QTest::addRow("%s %s %s", role.toUtf8().constData(), row.method.constData(), row.path)
                << role << row.method << QString::fromLatin1(row.path) << row.body << status;
    }
}

void TestResidency::roleMatrix()
{
    QFETCH(QString, role);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const auto reply = m_daemon->request(
        method, path, body, role == QLatin1String("none") ? QByteArray("") : tokenFor(role));
    QCOMPARE(reply.status, status);
    if (status == 403 && role == QLatin1String("auditor")) {
        // Refusals don't leak other districts' data.
        QVERIFY(!reply.body.contains("de-berlin/"));
        QVERIFY(!reply.body.contains("sha256"));
    }
}

void TestResidency::sessionNamesRoleAndScope_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("mayOperate");
    QTest::addColumn<QStringList>("districts");
    QTest::newRow("admin") << "admin" << true << QStringList{};
    QTest::newRow("operator") << "operator" << true << QStringList{};
    QTest::newRow("auditor") << "auditor" << false << QStringList{"us-tx-houston"};
}

void TestResidency::sessionNamesRoleAndScope()
{
    QFETCH(QString, role);
    QFETCH(bool, mayOperate);
    QFETCH(QStringList, districts);
    const auto reply = m_daemon->request("GET", QStringLiteral("/session"), {}, tokenFor(role));
    QCOMPARE(reply.status, 200);
    const auto session = reply.json();
    QCOMPARE(session.value(QStringLiteral("role")).toString(), role);
    QCOMPARE(session.value(QStringLiteral("may_operate")).toBool(), mayOperate);
    QCOMPARE(session.value(QStringLiteral("all_districts")).toBool(), districts.isEmpty());
    QStringList scoped;
    for (const auto &d : session.value(QStringLiteral("districts")).toArray())
        scoped.append(d.toString());
    QCOMPARE(scoped, districts);
    QVERIFY(!session.value(QStringLiteral("token_id")).toString().isEmpty());
    QVERIFY(!reply.body.contains(tokenFor(role))); // never echoes the secret
}

void TestResidency::auditorSeesNothingOfOtherDistricts()
{
    const auto auditor = tokenFor(QStringLiteral("auditor"));
    const auto districts = m_daemon->request("GET", QStringLiteral("/districts"), {}, auditor)
                               .json()
                               .value(QStringLiteral("districts"))
                               .toArray();
    QCOMPARE(districts.size(), 1);
    const auto records = m_daemon->request("GET", QStringLiteral("/audit"), {}, auditor)
                             .json()
                             .value(QStringLiteral("records"))
                             .toArray();
    QVERIFY(!records.isEmpty());
    for (const auto &v : records)
        QCOMPARE(v.toObject().value(QStringLiteral("district")).toString(),
            QStringLiteral("us-tx-houston"));
    const auto csv
        = m_daemon
              ->request(
                  "GET", QStringLiteral("/residency/audit/us-tx-houston?format=csv"), {}, auditor)
              .body;
    for (const auto &line : csv.split('\n').mid(1)) {
        if (!line.isEmpty())
            QVERIFY(line.contains("us-tx-houston/"));
    }

    // Events: the auditor's stream carries no other district's migration.
    QWebSocket socket;
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/events").arg(m_daemon->port())));
    request.setRawHeader("Authorization", "Bearer " + auditor);
    QStringList messages;
    connect(&socket, &QWebSocket::textMessageReceived, this,
        [&](const QString &t) { messages.append(t); });
    socket.open(request);
    QTRY_VERIFY(!messages.isEmpty());
    const auto reply = m_daemon->request("POST", QStringLiteral("/residency/migrate"),
        R"({"district":"gb-london","from":"us-east","to":"eu-west"})");
    QCOMPARE(reply.status, 202);
    const auto id = reply.json().value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_daemon->request("GET", QStringLiteral("/residency/migrations/") + id)
            .json()
            .value(QStringLiteral("state"))
            .toString(),
        QStringLiteral("done"), 15000);
    // A later event the auditor may see proves the stream is flowing before we check.
    QCOMPARE(m_daemon
                 ->request("PUT", QStringLiteral("/pods/us-east/scale"),
                     R"({"pod":"us-east-backup","replicas":2})")
                 .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(
        messages.join(QString()).contains(QStringLiteral("us-east-backup")), 5000);
    QVERIFY(!messages.join(QString()).contains(QStringLiteral("gb-london")));
    QCOMPARE(
        m_daemon->request("GET", QStringLiteral("/residency/migrations/") + id, {}, auditor).status,
        404);
}

void TestResidency::tamperedAuditRowIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("failure");
    QTest::newRow("edited") << "UPDATE audit_log SET actor = actor || '-forged' WHERE seq = 3"
                            << "hash_mismatch";
    QTest::newRow("removed") << "DELETE FROM audit_log WHERE seq = 3"
                             << "seq_gap";
    QTest::newRow("reordered")
        << "UPDATE audit_log SET seq = -3 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = "
           "4; UPDATE audit_log SET seq = 4 WHERE seq = -3"
        << "";
}

void TestResidency::tamperedAuditRowIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, failure);
    QVERIFY(m_daemon->request("GET", QStringLiteral("/audit/verify"))
                .json()
                .value(QStringLiteral("ok"))
                .toBool());
    QCOMPARE(m_daemon->stop(), 0);

    const auto dbPath = QDir(m_dir.path()).filePath(QStringLiteral("state.db"));
    const auto backup = dbPath + QStringLiteral(".bak");
    QFile::remove(backup);
    QVERIFY(QFile::copy(dbPath, backup));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        for (const auto &statement : sql.split(QLatin1Char(';'))) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(q.numRowsAffected() > 0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    m_daemon = std::make_unique<DaemonProcess>(m_dir.path());
    QVERIFY(m_daemon->start(args()));
    const auto result = m_daemon->request("GET", QStringLiteral("/audit/verify")).json();
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("first_bad_seq")).toInteger(), 3);
    if (!failure.isEmpty())
        QCOMPARE(result.value(QStringLiteral("failure")).toString(), failure);
    QVERIFY(!result.value(QStringLiteral("reason")).toString().isEmpty());

    // Put the untampered file back for the next row.
    QCOMPARE(m_daemon->stop(), 0);
    QFile::remove(dbPath);
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    QVERIFY(QFile::copy(backup, dbPath));
    m_daemon = std::make_unique<DaemonProcess>(m_dir.path());
    QVERIFY(m_daemon->start(args()));
}

// Issue #8 defect 10: any role could make the daemon re-hash the whole chain on every call.
void TestResidency::fullVerifyIsAdminOnlyAndRateLimited()
{
    const auto incremental = m_daemon->request(
        "GET", QStringLiteral("/audit/verify"), {}, tokenFor(QStringLiteral("auditor")));
    QCOMPARE(incremental.status, 200);
    QCOMPARE(
        incremental.json().value(QStringLiteral("mode")).toString(), QStringLiteral("incremental"));
    QVERIFY(incremental.json().value(QStringLiteral("ok")).toBool());
    QVERIFY(!incremental.json().value(QStringLiteral("verified_at")).toString().isEmpty());

    const auto refused = m_daemon->request(
        "GET", QStringLiteral("/audit/verify?full=true"), {}, tokenFor(QStringLiteral("operator")));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json().value(QStringLiteral("field")).toString(), QStringLiteral("full"));

    const auto full = m_daemon->request("GET", QStringLiteral("/audit/verify?full=true"));
    QCOMPARE(full.status, 200);
    QCOMPARE(full.json().value(QStringLiteral("mode")).toString(), QStringLiteral("full"));
    QCOMPARE(full.json().value(QStringLiteral("records")).toInteger(),
        incremental.json().value(QStringLiteral("records")).toInteger());
    const auto again = m_daemon->request("GET", QStringLiteral("/audit/verify?full=true"));
    QCOMPARE(again.status, 429);
}

RP_TEST(TestResidency, "tst_residency")
#include "tst_residency.moc"
