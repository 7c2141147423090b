// Capacity measured end to end (issue #9): a real regionalpodsd scrapes the real agents'
// Prometheus /metrics; requests sent to a pod show up in GET /capacity/metrics as counted
// requests and a rate; a replica that cannot be scraped is reported; bad queries are refused.
#include "agentcontrol.h"
#include "agentprocesses.h"
#include "daemonprocess.h"
#include "procstatus.h"
#include "testmain.h"

#include "backend/core/metrics/prometheustext.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestCapacity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void requestsSentArePodTraffic();
    void anUnreadableReplicaIsReported();
    void aHostileReplicasFloodIsCutOff();
    void anErroringPodIsEjectedAndReadmitted();
    void daemonMetricsAreExposition();
    void badQueriesAreRefused_data();
    void badQueriesAreRefused();
    void historySurvivesRestartAndCrash();

private:
    QJsonObject podFigures(const QString &pod, const QString &query = {});

    QTemporaryDir m_dir;
    std::unique_ptr<DaemonProcess> m_daemon;
    QStringList m_args;
    const QString m_pod = QStringLiteral("us-east-edge-tx");
};

void TestCapacity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString data;
    const auto args = DaemonProcess::prepare(m_dir.path(),
        R"({"capacity": {"scrape_interval_ms": 200, "scrape_timeout_ms": 300,
                         "history_bucket_ms": 1000},
            "routing": {"outlier_ejection_ms": 1500, "overload_hold_ms": 0}})",
        &data);
    QVERIFY(!args.isEmpty());
    m_args = args;
    m_daemon = std::make_unique<DaemonProcess>(data);
    QVERIFY(m_daemon->start(args));
    // Scraped once: the pod's capacity is known.
    QTRY_VERIFY_WITH_TIMEOUT(
        podFigures(m_pod).value(QStringLiteral("capacity_rps")).toDouble() > 0, 20000);
}

void TestCapacity::cleanupTestCase()
{
    if (m_daemon)
        QCOMPARE(m_daemon->stop(), 0);
}

QJsonObject TestCapacity::podFigures(const QString &pod, const QString &query)
{
    const auto reply = m_daemon->request("GET", QStringLiteral("/capacity/metrics") + query);
    for (const auto &p : reply.json().value(QStringLiteral("pods")).toArray()) {
        if (p.toObject().value(QStringLiteral("pod")).toString() == pod)
            return p.toObject();
    }
    return {};
}

void TestCapacity::requestsSentArePodTraffic()
{
    const auto before = podFigures(m_pod).value(QStringLiteral("requests_total")).toDouble();
    // The pod's endpoint as routing hands it out; nothing else sends it traffic.
    // Once its own edge pod serves it (the daemon's first probes may pick another first).
    QString endpoint;
    const auto servedByPod = [&] {
        const auto decision
            = m_daemon->request("GET", QStringLiteral("/routing/us-tx-houston")).json();
        endpoint = decision.value(QStringLiteral("endpoint")).toString();
        return decision.value(QStringLiteral("pod")).toString() == m_pod && !endpoint.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(servedByPod(), 20000);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    int answered = 0;
    const int sent = 25;
    for (int i = 0; i < sent; ++i) {
        QNetworkRequest request(QUrl(endpoint + QStringLiteral("/v1/infer")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        auto *reply = network.post(request, R"({"district":"us-tx-houston"})");
        connect(reply, &QNetworkReply::finished, this, [&answered, reply] {
            ++answered;
            reply->deleteLater();
        });
        // A few at a time, below the pod's capacity, so none is shed.
        if (i % 5 == 4)
            QTRY_COMPARE_WITH_TIMEOUT(answered, i + 1, 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, sent, 5000);
    // Nothing sent this pod traffic before (probes go to /healthz): it starts from 0.
    QCOMPARE(before, 0.0);
    // Ground truth: the agent's own counter, read directly.
    QNetworkReply *metrics
        = network.get(QNetworkRequest(QUrl(endpoint + QStringLiteral("/metrics"))));
    QTRY_VERIFY_WITH_TIMEOUT(metrics->isFinished(), 5000);
    const auto agentSamples = PrometheusText::parse(metrics->readAll());
    metrics->deleteLater();
    QVERIFY(agentSamples);
    double agentTotal = 0;
    for (const auto &s : *agentSamples) {
        if (s.name == "rp_agent_requests_total")
            agentTotal += s.value;
    }
    QCOMPARE(agentTotal, double(sent));

    // Every request is counted, and while they are in the last interval the rate is above 0.
    double peakRps = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto f = podFigures(m_pod);
            peakRps = std::max(peakRps, f.value(QStringLiteral("rps")).toDouble());
            return f.value(QStringLiteral("requests_total")).toDouble() == before + sent;
        }(),
        5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        (peakRps = std::max(peakRps, podFigures(m_pod).value(QStringLiteral("rps")).toDouble()))
            > 0,
        2000);
    const auto f = podFigures(m_pod);
    QVERIFY(f.value(QStringLiteral("utilization")).toDouble() >= 0);
    QCOMPARE(f.value(QStringLiteral("headroom_rps")).toDouble(),
        std::max(0.0,
            f.value(QStringLiteral("capacity_rps")).toDouble()
                - f.value(QStringLiteral("rps")).toDouble()));
    // The series holds points for the range asked for.
    const auto withSeries = podFigures(m_pod, QStringLiteral("?range=1h&step=1s"));
    QVERIFY(withSeries.value(QStringLiteral("series")).toArray().size() >= 1);
    // The region adds its pods up.
    const auto regions
        = m_daemon->request("GET", QStringLiteral("/capacity/metrics")).json().value("regions");
    bool found = false;
    for (const auto &r : regions.toArray()) {
        if (r.toObject().value(QStringLiteral("region")).toString() == u"us-east") {
            found = true;
            QVERIFY(
                r.toObject().value(QStringLiteral("requests_total")).toDouble() >= before + sent);
        }
    }
    QVERIFY(found);
}

void TestCapacity::anUnreadableReplicaIsReported()
{
    const auto pids = agentPids(m_daemon->dataDir(), m_pod);
    QCOMPARE(pids.size(), 1);
    ::kill(pid_t(pids.first()), SIGSTOP); // alive but silent: the scrape times out
    auto resume = qScopeGuard([&] { ::kill(pid_t(pids.first()), SIGCONT); });
    QTRY_VERIFY_WITH_TIMEOUT(
        podFigures(m_pod).value(QStringLiteral("scrape_errors")).toArray().size() == 1, 10000);
    const auto errors = podFigures(m_pod).value(QStringLiteral("scrape_errors")).toArray();
    QVERIFY2(errors.first().toString().startsWith(QStringLiteral("replica 0: /metrics did not "
                                                                 "answer within 300 ms")),
        qPrintable(errors.first().toString()));
    resume.dismiss();
    ::kill(pid_t(pids.first()), SIGCONT);
    QTRY_VERIFY_WITH_TIMEOUT(!podFigures(m_pod).contains(QStringLiteral("scrape_errors")), 10000);
}

// A replica whose /metrics never ends (a hostile or broken one) is cut off at the scrape limit
// and named; the daemon's memory stays bounded and the rest of the fleet is measured as before.
void TestCapacity::aHostileReplicasFloodIsCutOff()
{
    const QString pod = QStringLiteral("eu-central-primary");
    const auto pids = agentPids(m_daemon->dataDir(), pod);
    QCOMPARE(pids.size(), 2);
    // The most the daemon holds over two seconds of ordinary scrapes, to compare with.
    const auto peakRss = [&](int ms, bool checkHealth) {
        QElapsedTimer since;
        since.start();
        qint64 peak = 0;
        while (since.elapsed() < ms) {
            peak = std::max(peak, rssKiB(m_daemon->pid()));
            QElapsedTimer health;
            health.start();
            if (checkHealth) {
                [&] {
                    QCOMPARE(m_daemon->request("GET", QStringLiteral("/healthz")).status, 200);
                    QVERIFY2(health.elapsed() < 500, qPrintable(QString::number(health.elapsed())));
                }();
            }
            QTest::qWait(100);
        }
        return peak;
    };
    const qint64 rssBefore = peakRss(2000, false);
    QVERIFY(rssBefore > 0);

    QNetworkAccessManager network;
    const AgentControl agent = agentControl(*m_daemon, pids.first());
    QVERIFY(agent.port > 0 && !agent.secret.isEmpty());
    const int index = agent.index;
    const auto arm = [&](const QByteArray &mode) { return agent.arm(network, mode); };
    QCOMPARE(arm("metrics_flood").status, 200);
    auto disarm = qScopeGuard([&] { arm("none"); });

    const QString expected
        = QStringLiteral("replica %1: /metrics is larger than 1048576 bytes").arg(index);
    QTRY_VERIFY_WITH_TIMEOUT(
        podFigures(pod).value("scrape_errors").toArray().contains(expected), 10000);
    // Several scrapes of 16 MiB each later: memory is what it was, give or take, and the
    // daemon still answers at once.
    const qint64 rssMax = peakRss(2000, true);
    if (QTest::currentTestFailed())
        return;
    qInfo("daemon RSS at most %lld KiB before the flood, at most %lld KiB during it", rssBefore,
        rssMax);
    // A scraper that buffered a 16 MiB body would grow by at least that much.
    QVERIFY2(rssMax < rssBefore + 6 * 1024,
        qPrintable(QStringLiteral("RSS %1 KiB -> %2 KiB").arg(rssBefore).arg(rssMax)));
    // The other replica and the other pods are measured as before.
    QCOMPARE(podFigures(pod).value("scrape_errors").toArray().size(), 1);
    QVERIFY(podFigures(m_pod).value("scrape_errors").toArray().isEmpty());

    disarm.dismiss();
    QCOMPARE(arm("none").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(podFigures(pod).value("scrape_errors").toArray().isEmpty(), 10000);
}

// Outlier detection: a pod that answers mostly errors is ejected — its districts move to another
// pod their policy allows, and the pod is listed as an outlier — and it is readmitted by itself
// once the ejection ends.
void TestCapacity::anErroringPodIsEjectedAndReadmitted()
{
    const QString houston = QStringLiteral("/routing/us-tx-houston");
    const auto route = [&] { return m_daemon->request("GET", houston).json(); };
    QTRY_COMPARE_WITH_TIMEOUT(route().value("pod").toString(), m_pod, 20000);
    const QString endpoint = route().value("endpoint").toString();
    const auto pids = agentPids(m_daemon->dataDir(), m_pod);
    QCOMPARE(pids.size(), 1);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const AgentControl agent = agentControl(*m_daemon, pids.first());
    QCOMPARE(agent.arm(network, "errors", R"(,"error_rate":1)").status, 200);
    auto disarm = qScopeGuard([&] { agent.arm(network, "none"); });

    // Clients keep asking it (10 a second); every answer is a 500.
    QTimer sender;
    sender.setInterval(100);
    int failed = 0;
    connect(&sender, &QTimer::timeout, this, [&] {
        QNetworkRequest request(QUrl(endpoint + QStringLiteral("/v1/infer")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        auto *reply = network.post(request, R"({"district":"us-tx-houston"})");
        connect(reply, &QNetworkReply::finished, this, [&failed, reply] {
            failed += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 500;
            reply->deleteLater();
        });
    });
    sender.start();
    const auto ejected = [&](const QJsonObject &decision) {
        for (const auto &e : decision.value("excluded").toArray())
            if (e.toObject().value("pod").toString() == m_pod)
                return e.toObject().value("reason").toString() == u"outlier";
        return false;
    };
    QJsonObject now;
    QTRY_VERIFY_WITH_TIMEOUT(ejected(now = route()), 10000);
    sender.stop();
    QVERIFY(failed > 0);
    // Moved to another pod its policy allows (never out of zone: the daemon's own judgement).
    QVERIFY(now.value("pod").toString() != m_pod);
    QVERIFY(!now.value("pod").toString().isEmpty());
    QVERIFY(!now.value("fail_closed").toBool());

    // Fixed and quiet: readmitted once the ejection (1.5 s here) ends.
    disarm.dismiss();
    QCOMPARE(agent.arm(network, "none").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(route().value("pod").toString(), m_pod, 15000);
    QVERIFY(!ejected(route()));
}

void TestCapacity::daemonMetricsAreExposition()
{
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/metrics"), {}, QByteArray()).status, 401);
    const auto reply = m_daemon->request("GET", QStringLiteral("/metrics"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("text/plain; version=0.0.4"));
    PrometheusText::Error error;
    const auto samples = PrometheusText::parse(reply.body, &error);
    QVERIFY2(samples, qPrintable(QStringLiteral("line %1: %2").arg(error.line).arg(error.reason)));
    QHash<QByteArray, double> forPod;
    double districts = -1;
    for (const auto &s : *samples) {
        if (s.label("pod") == m_pod)
            forPod.insert(s.name, s.value);
        if (s.name == "rp_routing_districts")
            districts = s.value;
    }
    QCOMPARE(forPod.value("rp_pod_up", -1), 1.0);
    QCOMPARE(forPod.value("rp_pod_capacity_rps", -1),
        podFigures(m_pod).value(QStringLiteral("capacity_rps")).toDouble());
    QCOMPARE(districts,
        double(m_daemon->request("GET", QStringLiteral("/routing"))
                   .json()
                   .value(QStringLiteral("routes"))
                   .toArray()
                   .size()));

    // Histograms: every request of a route is counted once, buckets are cumulative and end in
    // +Inf = _count; the health probes of the pod are timed too.
    const auto histogram
        = [this](const QByteArray &family, const QByteArray &label, const QString &value) {
              const auto parsed = PrometheusText::parse(
                  m_daemon->request("GET", QStringLiteral("/metrics")).body);
              QList<double> buckets;
              double count = -1;
              for (const auto &s : parsed.value_or(QList<PrometheusText::Sample>{})) {
                  if (s.label(label) != value)
                      continue;
                  if (s.name == family + "_bucket")
                      buckets.append(s.value);
                  else if (s.name == family + "_count")
                      count = s.value;
              }
              return std::pair{buckets, count};
          };
    const QString route = QStringLiteral("/routing/{district}");
    const double before = histogram("rp_api_request_duration_seconds", "route", route).second;
    const int sent = 7;
    for (int i = 0; i < sent; ++i)
        QCOMPARE(m_daemon->request("GET", QStringLiteral("/routing/us-tx-houston")).status, 200);
    const auto [buckets, count] = histogram("rp_api_request_duration_seconds", "route", route);
    QCOMPARE(count, std::max(before, 0.0) + sent);
    QCOMPARE(buckets.size(), 14);
    for (qsizetype i = 1; i < buckets.size(); ++i)
        QVERIFY(buckets.at(i) >= buckets.at(i - 1));
    QCOMPARE(buckets.last(), count);
    const auto [probeBuckets, probes] = histogram("rp_probe_duration_seconds", "pod", m_pod);
    QVERIFY(probes > 0);
    QCOMPARE(probeBuckets.last(), probes);
}

void TestCapacity::badQueriesAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown unit") << "?range=1y"
                                  << "range";
    QTest::newRow("zero") << "?range=0h"
                          << "range";
    QTest::newRow("negative") << "?range=-1h"
                              << "range";
    QTest::newRow("fraction") << "?range=1.5h"
                              << "range";
    QTest::newRow("beyond the week kept") << "?range=8d"
                                          << "range";
    QTest::newRow("step without range") << "?step=60s"
                                        << "step";
    QTest::newRow("bad step") << "?range=1h&step=often"
                              << "step";
}

void TestCapacity::badQueriesAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const auto reply = m_daemon->request("GET", QStringLiteral("/capacity/metrics") + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
}

// The in-memory series is gone after a restart; the stored per-bucket means (1 s buckets
// here, a minute by default) are not, and a crash loses at most the bucket in progress.
void TestCapacity::historySurvivesRestartAndCrash()
{
    const auto seriesTimes = [this] {
        QList<QDateTime> times;
        for (const auto &p : podFigures(m_pod, QStringLiteral("?range=1h&step=1s"))
                                 .value(QStringLiteral("series"))
                                 .toArray())
            times.append(QDateTime::fromString(
                p.toObject().value(QStringLiteral("t")).toString(), Qt::ISODateWithMs));
        return times;
    };
    // A few buckets written.
    const QDateTime began = QDateTime::currentDateTimeUtc();
    QTRY_VERIFY2_WITH_TIMEOUT(
        seriesTimes().size() >= 4 && seriesTimes().first().secsTo(seriesTimes().last()) >= 3,
        qPrintable(QStringLiteral("%1 points from %2, test began %3")
                       .arg(seriesTimes().size())
                       .arg(seriesTimes().value(0).toString(Qt::ISODateWithMs),
                           began.toString(Qt::ISODateWithMs))),
        20000);
    const QDateTime oldest = seriesTimes().first();

    // A clean restart: the points before it are still served (from the store).
    QCOMPARE(m_daemon->stop(), 0);
    const QDateTime stopped = QDateTime::currentDateTimeUtc();
    QVERIFY(m_daemon->start(m_args));
    const auto afterRestart = seriesTimes();
    QVERIFY(!afterRestart.isEmpty());
    QVERIFY2(afterRestart.first() <= oldest.addSecs(1),
        qPrintable(afterRestart.first().toString(Qt::ISODateWithMs) + QStringLiteral(" vs ")
            + oldest.toString(Qt::ISODateWithMs)));
    int beforeStop = 0;
    for (const auto &t : afterRestart)
        beforeStop += t < stopped ? 1 : 0;
    QVERIFY(beforeStop >= 3);

    // A crash (kill -9): every bucket that ended before it was committed.
    QTRY_VERIFY_WITH_TIMEOUT(seriesTimes().last() > stopped.addSecs(3), 20000);
    const QDateTime lastBeforeCrash = seriesTimes().last();
    m_daemon->killHard();
    QVERIFY(m_daemon->start(m_args));
    const auto afterCrash = seriesTimes();
    QVERIFY(!afterCrash.isEmpty());
    QVERIFY(afterCrash.first() <= oldest.addSecs(1));
    QDateTime newestKept;
    for (const auto &t : afterCrash)
        if (t <= lastBeforeCrash)
            newestKept = t;
    QVERIFY(newestKept.isValid());
    QVERIFY2(newestKept.secsTo(lastBeforeCrash) <= 2, // the bucket in progress, at most
        qPrintable(newestKept.toString(Qt::ISODateWithMs) + QStringLiteral(" vs ")
            + lastBeforeCrash.toString(Qt::ISODateWithMs)));
}

RP_TEST(TestCapacity, "tst_capacity")
#include "tst_capacity.moc"
