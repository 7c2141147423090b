// What capacity reads from two scrapes of a replica agent's /metrics (issue #9): the agent's
// real exposition (AgentMetrics::render), parsed by PrometheusText, reduced by ReplicaScrape and
// turned into req/s, error rate and p95 the way Prometheus's rate() and histogram_quantile()
// compute them. Expected figures are worked out by hand in the comments.
#include "backend/agent/agentmetrics.h"
#include "backend/core/metrics/replicascrape.h"
#include "testmain.h"

#include <QTest>

namespace {

ReplicaScrape scrapeOf(const AgentMetrics &metrics, qint64 atMs, double capacity = 120)
{
    const auto samples = PrometheusText::parse(metrics.render(2, capacity, false));
    if (!samples)
        qFatal("the agent's exposition does not parse");
    QString why;
    const auto scrape = ReplicaScrape::fromSamples(*samples, atMs, &why);
    if (!scrape)
        qFatal("%s", qPrintable(why));
    return *scrape;
}

} // namespace

class TestReplicaScrape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratesFromTwoScrapes();
    void restartedAgentIsNotARate();
    void quantiles_data();
    void quantiles();
    void incompleteScrapesAreRefused_data();
    void incompleteScrapesAreRefused();
};

void TestReplicaScrape::ratesFromTwoScrapes()
{
    AgentMetrics metrics(
        QStringLiteral("p"), QStringLiteral("r"), 0, QStringLiteral("i"), QStringLiteral("v1"));
    const ReplicaScrape before = scrapeOf(metrics, 1000);
    QCOMPARE(before.capacityRps, 120.0);
    QCOMPARE(before.inFlight, 2.0);
    for (int i = 0; i < 90; ++i)
        metrics.recordInference(200, 0.004);
    for (int i = 0; i < 10; ++i)
        metrics.recordInference(503, 2.5);
    const ReplicaScrape after = scrapeOf(metrics, 11000);
    const auto rates = ratesBetween(before, after);
    QVERIFY(rates);
    // 100 answers in 10 s; 10 of them 5xx.
    QCOMPARE(rates->rps, 10.0);
    QCOMPARE(rates->errorRate, 0.1);
    // Rank 95 of 100: 90 are in le=0.005, the next 10 in (1.0, 2.5]: 1.0 + 1.5 × 5/10 = 1.75 s.
    QVERIFY(rates->p95Seconds);
    QCOMPARE(*rates->p95Seconds, 1.75);

    // An idle interval: no traffic, no p95, no error rate.
    const auto idle = ratesBetween(after, scrapeOf(metrics, 16000));
    QVERIFY(idle);
    QCOMPARE(idle->rps, 0.0);
    QCOMPARE(idle->errorRate, 0.0);
    QVERIFY(!idle->p95Seconds);
}

void TestReplicaScrape::restartedAgentIsNotARate()
{
    AgentMetrics old(
        QStringLiteral("p"), QStringLiteral("r"), 0, QStringLiteral("i"), QStringLiteral("v1"));
    for (int i = 0; i < 50; ++i)
        old.recordInference(200, 0.02);
    const AgentMetrics restarted(
        QStringLiteral("p"), QStringLiteral("r"), 0, QStringLiteral("i"), QStringLiteral("v1"));
    QVERIFY(!ratesBetween(scrapeOf(old, 1000), scrapeOf(restarted, 6000)));
    // And no time passing is no rate either.
    QVERIFY(!ratesBetween(scrapeOf(old, 1000), scrapeOf(old, 1000)));
}

void TestReplicaScrape::quantiles_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<QList<double>>("counts"); // cumulative, for bounds 0.1, 0.5, 1, +Inf
    QTest::addColumn<double>("expected"); // -1: none
    QTest::newRow("median in the first bucket") << 0.5 << QList<double>{10, 10, 10, 10} << 0.05;
    QTest::newRow("upper edge of a bucket") << 1.0 << QList<double>{0, 4, 4, 4} << 0.5;
    QTest::newRow("in the +Inf bucket: highest finite bound")
        << 0.95 << QList<double>{1, 2, 3, 100} << 1.0;
    QTest::newRow("empty histogram") << 0.95 << QList<double>{0, 0, 0, 0} << -1.0;
    QTest::newRow("q out of range") << 1.5 << QList<double>{1, 1, 1, 1} << -1.0;
}

void TestReplicaScrape::quantiles()
{
    QFETCH(double, q);
    QFETCH(QList<double>, counts);
    QFETCH(double, expected);
    const QList<double> bounds = {0.1, 0.5, 1.0, std::numeric_limits<double>::infinity()};
    QList<std::pair<double, double>> buckets;
    for (qsizetype i = 0; i < bounds.size(); ++i)
        buckets.append({bounds.at(i), counts.at(i)});
    const auto value = histogramQuantile(q, buckets);
    QCOMPARE(value.has_value(), expected >= 0);
    if (value)
        QCOMPARE(*value, expected);
}

void TestReplicaScrape::incompleteScrapesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("why");
    const QByteArray capacity = "rp_agent_capacity_rps 10\n";
    const QByteArray requests = "rp_agent_requests_total{code=\"200\"} 3\n";
    QTest::newRow("not an agent") << QByteArray("up 1\n") << "no rp_agent_requests_total";
    QTest::newRow("no capacity") << requests << "no rp_agent_capacity_rps";
    QTest::newRow("no histogram") << requests + capacity << "no +Inf bucket";
    QTest::newRow("buckets out of order") << requests + capacity
            + "rp_agent_request_duration_seconds_bucket{le=\"1\"} 1\n"
              "rp_agent_request_duration_seconds_bucket{le=\"0.5\"} 1\n"
              "rp_agent_request_duration_seconds_bucket{le=\"+Inf\"} 1\n"
                                          << "ascending";
    QTest::newRow("buckets not cumulative") << requests + capacity
            + "rp_agent_request_duration_seconds_bucket{le=\"0.5\"} 3\n"
              "rp_agent_request_duration_seconds_bucket{le=\"+Inf\"} 2\n"
                                            << "cumulative";
    QTest::newRow("bad bound") << requests + capacity
            + "rp_agent_request_duration_seconds_bucket{le=\"soon\"} 3\n"
              "rp_agent_request_duration_seconds_bucket{le=\"+Inf\"} 3\n"
                               << "le=\"soon\"";
}

void TestReplicaScrape::incompleteScrapesAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, why);
    const auto samples = PrometheusText::parse(body);
    QVERIFY(samples);
    QString reason;
    QVERIFY(!ReplicaScrape::fromSamples(*samples, 0, &reason));
    QVERIFY2(reason.contains(why), qPrintable(reason));
}

RP_TEST(TestReplicaScrape, "tst_replicascrape")
#include "tst_replicascrape.moc"
