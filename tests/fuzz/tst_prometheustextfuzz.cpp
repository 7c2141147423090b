// Mutation fuzzing of the Prometheus text reader (PrometheusText::parse), which reads every
// pod's /metrics on each scrape (issue #9). An agent is outside input: a broken or hostile body
// must be refused naming its line and why, never crash the daemon, never read more samples than
// the limit, and everything accepted must be well-formed and read back the same after render().

#include "backend/agent/agentmetrics.h"
#include "backend/core/metrics/prometheustext.h"
#include "fuzz/fuzzharness.h"
#include "testmain.h"

#include <QTest>

#include <cmath>

namespace {

using Outcome = FuzzHarness::Outcome;
using Strategy = FuzzMutator::Strategy;

QByteArray agentBody()
{
    AgentMetrics metrics(QStringLiteral("us-east-edge-tx"), QStringLiteral("us-east"), 0,
        QStringLiteral("127.0.0.1:40001"), QStringLiteral("v1.2 \"beta\"\\n"));
    metrics.recordInference(200, 0.004);
    metrics.recordInference(200, 0.12);
    metrics.recordInference(503, 2.5);
    return metrics.render(3, 120.5, false);
}

QList<QByteArray> seeds()
{
    return {agentBody(), "# HELP up 1 when up.\n# TYPE up gauge\nup 1\n",
        "http_requests_total{method=\"post\",code=\"200\"} 1027 1395066363000\n",
        "msdos_file_access_time_seconds{path=\"C:\\\\DIR\\\\FILE.TXT\",error=\"Cannot find "
        "file:\\n\\\"FILE.TXT\\\"\"} 1.458255915e9\n",
        "metric_without_timestamp_and_labels 12.47\n",
        "something_weird{problem=\"division by zero\"} +Inf -3982045\n",
        "h_bucket{le=\"0.05\"} 24054\nh_bucket{le=\"+Inf\"} 144320\nh_sum 53423\nh_count 144320\n",
        "rpc{quantile=\"0.5\"} NaN\n# a plain comment\n\n"};
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

Outcome checkBody(const QByteArray &body)
{
    std::optional<QList<PrometheusText::Sample>> samples;
    PrometheusText::Error error;
    const PrometheusText::Limits limits{1 << 20, 500, 16};
    QString violation = FuzzHarness::guardNoThrow([&] {
        samples = PrometheusText::parse(body, &error, limits);
        if (PrometheusText::parse(body, nullptr, limits).has_value() != samples.has_value())
            return QStringLiteral("parse() with and without an error pointer disagree");
        return QString();
    });
    if (!violation.isEmpty())
        return Outcome::fail(violation);
    if (!samples) {
        const int lines = int(body.count('\n')) + 1;
        if (error.reason.trimmed().isEmpty())
            violation = QStringLiteral("refused without a reason (line %1)").arg(error.line);
        else if (error.line < 0 || error.line > lines)
            violation = QStringLiteral("refused naming line %1 of %2").arg(error.line).arg(lines);
        return {Outcome::Rejected, violation};
    }
    violation = FuzzHarness::guardNoThrow([&] {
        if (samples->size() > limits.maxSamples)
            return QStringLiteral("read %1 samples, above the limit").arg(samples->size());
        QByteArray rendered;
        for (const auto &s : std::as_const(*samples)) {
            if (!PrometheusText::isMetricName(s.name))
                return QStringLiteral("accepted metric name '%1'").arg(QString::fromLatin1(s.name));
            if (s.labels.size() > limits.maxLabels)
                return QStringLiteral("accepted %1 labels").arg(s.labels.size());
            for (const auto &[name, value] : s.labels) {
                if (!PrometheusText::isLabelName(name))
                    return QStringLiteral("accepted label name '%1'")
                        .arg(QString::fromLatin1(name));
                if (value.contains(QChar::ReplacementCharacter))
                    return QStringLiteral("accepted a label value that is not UTF-8");
            }
            rendered += PrometheusText::render(s) + '\n';
        }
        // What we read must be what was written: render it and read it back.
        const auto again = PrometheusText::parse(rendered, &error, limits);
        if (!again || again->size() != samples->size())
            return QStringLiteral("render() of the accepted samples does not parse back (line "
                                  "%1: %2)")
                .arg(error.line)
                .arg(error.reason);
        for (qsizetype i = 0; i < again->size(); ++i) {
            const auto &a = samples->at(i);
            const auto &b = again->at(i);
            if (a.name != b.name || a.labels != b.labels || !sameValue(a.value, b.value)
                || a.timestampMs != b.timestampMs)
                return QStringLiteral("sample %1 reads back differently: %2")
                    .arg(i)
                    .arg(QString::fromUtf8(PrometheusText::render(b)));
        }
        return QString();
    });
    return {Outcome::Accepted, violation};
}

} // namespace

class TestPrometheusTextFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mutations_data();
    void mutations();
    void truncations();
    void limits();
    void regressions_data();
    void regressions();
};

void TestPrometheusTextFuzz::initTestCase()
{
    FuzzCrashGuard::install();
    for (const QByteArray &seed : seeds()) {
        const Outcome outcome = checkBody(seed);
        QVERIFY2(outcome.kind == Outcome::Accepted && outcome.violation.isEmpty(),
            qPrintable(QString::fromUtf8(seed) + QLatin1String(": ") + outcome.violation));
    }
    // The agent's own output reads back with its labels unescaped.
    const auto samples = PrometheusText::parse(agentBody());
    QVERIFY(samples);
    bool found = false;
    for (const auto &s : *samples) {
        if (s.name == "rp_agent_up") {
            found = true;
            QCOMPARE(s.label("pod"), QStringLiteral("us-east-edge-tx"));
            QCOMPARE(s.label("model_version"), QStringLiteral("v1.2 \"beta\"\\n"));
            QCOMPARE(s.value, 1.0);
        }
    }
    QVERIFY(found);
}

void TestPrometheusTextFuzz::mutations_data()
{
    QTest::addColumn<int>("strategy");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("bit flips") << int(Strategy::BitFlips) << 0x9E0A0001u;
    QTest::newRow("byte inserts") << int(Strategy::ByteInserts) << 0x9E0A0002u;
    QTest::newRow("range edits") << int(Strategy::RangeEdits) << 0x9E0A0003u;
    QTest::newRow("token edits") << int(Strategy::TokenEdits) << 0x9E0A0004u;
    QTest::newRow("string poison") << int(Strategy::StringPoison) << 0x9E0A0007u;
    QTest::newRow("stacked") << int(Strategy::Stacked) << 0x9E0A0008u;
}

void TestPrometheusTextFuzz::mutations()
{
    QFETCH(int, strategy);
    QFETCH(quint32, seed);
    QList<FuzzHarness::KnownBug> bugs;
    const auto stats = FuzzHarness::fuzzText("prometheustext", seeds(), Strategy(strategy), seed,
        FuzzHarness::iterations(1500), bugs, checkBody);
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.accepted > 0 && stats.rejected > 0, qPrintable(stats.summary()));
}

void TestPrometheusTextFuzz::truncations()
{
    // A scrape cut off anywhere (a slow agent, a timeout) is a valid prefix or a refusal, and
    // the contract holds for either. (FuzzHarness::fuzzTruncations expects JSON, where every
    // strict prefix is malformed; line-oriented text has valid prefixes.)
    int refused = 0;
    for (const QByteArray &seed : seeds()) {
        for (qsizetype cut = 0; cut < seed.size(); ++cut) {
            const QByteArray body = seed.left(cut);
            const Outcome outcome = checkBody(body);
            if (!outcome.violation.isEmpty())
                QFAIL(qPrintable(FuzzHarness::report(outcome.violation, 0, int(cut),
                    QStringLiteral("truncate at byte %1").arg(cut), body)));
            refused += outcome.kind == Outcome::Rejected ? 1 : 0;
        }
    }
    QVERIFY(refused > 100);
}

void TestPrometheusTextFuzz::limits()
{
    PrometheusText::Error error;
    const PrometheusText::Limits limits{1024, 3, 2};
    QVERIFY(!PrometheusText::parse(QByteArray(1025, '\n'), &error, limits));
    QCOMPARE(error.line, 0);
    QVERIFY(!PrometheusText::parse("a 1\nb 2\nc 3\nd 4\n", &error, limits));
    QCOMPARE(error.line, 4);
    QVERIFY(error.reason.contains(QLatin1String("more than 3 samples")));
    QVERIFY(!PrometheusText::parse("a{x=\"1\",y=\"2\",z=\"3\"} 1\n", &error, limits));
    QCOMPARE(error.line, 1);
    QVERIFY(PrometheusText::parse("a 1\nb 2\nc 3\n", &error, limits));
}

void TestPrometheusTextFuzz::regressions_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("line"); // -1: accepted
    QTest::addColumn<QString>("reason"); // a part of the refusal
    const auto row
        = [](const char *name, const QByteArray &body, int line, const char *reason = "") {
              QTest::newRow(name) << body << line << QString::fromUtf8(reason);
          };
    row("empty body", QByteArray(), -1);
    row("CRLF line ends", "a 1\r\nb 2\r\n", -1);
    row("labels with blanks and a trailing comma", "a{ x = \"1\" , } 2\n", -1);
    row("negative timestamp", "a 1 -5\n", -1);
    row("NUL byte", QByteArray("a 1\n\0", 5), 2, "NUL");
    row("no value", "a\n", 1, "not a number");
    row("value with text", "a 1x\n", 1, "not a number");
    row("hex value", "a 0x10\n", 1, "not a number");
    row("value out of range", "a 1e400\n", 1, "not a number");
    row("lower-case nan", "a nan\n", 1, "not a number");
    row("name starting with a digit", "1a 1\n", 1, "metric name");
    row("label without quotes", "a{x=1} 1\n", 1, "not quoted");
    row("label not closed", "a{x=\"1} 1\n", 1, "not closed");
    row("label set not closed", "a{x=\"1\" 1\n", 2 - 1, "separated");
    row("duplicate label", "a{x=\"1\",x=\"2\"} 1\n", 1, "twice");
    row("unknown escape", "a{x=\"\\t\"} 1\n", 1, "escape");
    row("invalid UTF-8 in a label", "a{x=\"\xff\"} 1\n", 1, "UTF-8");
    row("colon in a label name", "a{x:y=\"1\"} 1\n", 1, "no '='");
    row("float timestamp", "a 1 1.5\n", 1, "timestamp");
    row("text after the timestamp", "a 1 2 3\n", 1, "unexpected");
    row("bad TYPE", "# TYPE a gauges\na 1\n", 1, "TYPE");
    row("HELP without a name", "# HELP\n", 1, "HELP");
    row("error on the third line", "a 1\nb 2\nc{\n", 3, "");
}

void TestPrometheusTextFuzz::regressions()
{
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const Outcome outcome = checkBody(body);
    QVERIFY2(outcome.violation.isEmpty(),
        qPrintable(FuzzHarness::report(outcome.violation, 0, 0, QString(), body)));
    PrometheusText::Error error;
    const bool parsed = PrometheusText::parse(body, &error).has_value();
    QVERIFY2(parsed == (line < 0), qPrintable(error.reason));
    if (line >= 0) {
        QCOMPARE(error.line, line);
        QVERIFY2(error.reason.contains(reason, Qt::CaseInsensitive), qPrintable(error.reason));
    }
}

RP_TEST(TestPrometheusTextFuzz, "tst_prometheustextfuzz")
#include "tst_prometheustextfuzz.moc"
