// DR replication (issue #24) on the real daemon: throughput against a plain copy of the same
// objects by the same store code, lag under a steady write load, and the write latency at the
// source with the DR target down and up.
//   bench_replication [objects=2000] [size=4096] [--s3]
//   --s3: eu-west's replica store is a real s3rver (tests/tools), else a directory store.
// Prints each figure and its ratio to the reference.
#include "daemonprocess.h"
#include "s3serverprocess.h"

#include "backend/providers/directoryobjectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

QJsonObject s3Config(const QString &endpoint)
{
    return {{QStringLiteral("type"), QStringLiteral("s3")}, {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("bucket"), QStringLiteral("rp-dr")},
        {QStringLiteral("region"), QStringLiteral("us-east-1")},
        {QStringLiteral("access_key"), QStringLiteral("S3RVER")},
        {QStringLiteral("secret_key"), QStringLiteral("S3RVER")},
        {QStringLiteral("path_style"), true}};
}

/** de-berlin/student_pii held in eu-central: its DR copy goes to eu-west. */
std::optional<QJsonObject> berlin(DaemonProcess &daemon)
{
    const auto reply = daemon.request("GET", QStringLiteral("/replication")).json();
    for (const auto &v : reply.value(QStringLiteral("entries")).toArray()) {
        const auto e = v.toObject();
        if (e.value(QStringLiteral("district")).toString() == u"de-berlin"
            && e.value(QStringLiteral("data_class")).toString() == u"student_pii"
            && e.value(QStringLiteral("source_region")).toString() == u"eu-central")
            return e;
    }
    return std::nullopt;
}

/** Waits until @p expected objects of de-berlin/student_pii are copied; false after 10 min. */
bool waitCopied(DaemonProcess &daemon, qint64 expected)
{
    for (QDeadlineTimer deadline(600000); !deadline.hasExpired(); QTest::qWait(50)) {
        const auto e = berlin(daemon);
        if (e && e->value(QStringLiteral("objects")).toInteger() >= expected
            && e->value(QStringLiteral("replicated_objects")).toInteger() >= expected
            && e->value(QStringLiteral("backlog_objects")).toInteger() == 0)
            return true;
    }
    return false;
}

/** lag_ms of every replication.copy of de-berlin whose key starts with @p prefix. */
QList<qint64> copyLags(DaemonProcess &daemon, const QString &prefix)
{
    QList<qint64> lags;
    qint64 after = 0;
    for (;;) {
        const auto records
            = daemon
                  .request("GET",
                      QStringLiteral("/audit?district=de-berlin&after=%1&limit=1000").arg(after))
                  .json()
                  .value(QStringLiteral("records"))
                  .toArray();
        if (records.isEmpty())
            return lags;
        for (const auto &v : records) {
            const auto r = v.toObject();
            after = r.value(QStringLiteral("seq")).toInteger();
            const auto details = r.value(QStringLiteral("details")).toObject();
            if (r.value(QStringLiteral("action")).toString() == u"replication.copy"
                && details.value(QStringLiteral("key")).toString().startsWith(prefix))
                lags.append(details.value(QStringLiteral("lag_ms")).toInteger());
        }
    }
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(qsizetype(p * double(values.size() - 1))));
}

QByteArray payload(int i, int size)
{
    QByteArray data(size, '\0');
    for (int b = 0; b < size; ++b)
        data[b] = char('a' + (i * 131 + b * 7) % 26);
    return data;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("rp.provider.*.debug=false"));
    QStringList args = app.arguments().mid(1);
    const bool s3 = args.removeAll(QStringLiteral("--s3")) > 0;
    const int count = args.value(0, QStringLiteral("2000")).toInt();
    const int size = args.value(1, QStringLiteral("4096")).toInt();
    if (count <= 0 || size <= 0) {
        std::fprintf(stderr, "usage: bench_replication [objects] [size] [--s3]\n");
        return 2;
    }
    S3ServerProcess s3rver;
    QJsonObject stores;
    if (s3) {
        const QString problem = s3rver.start({QStringLiteral("rp-dr"), QStringLiteral("rp-plain")});
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "s3rver: %s\n", qPrintable(problem));
            return 1;
        }
        stores.insert(QStringLiteral("eu-west"),
            QJsonObject{{QStringLiteral("replicas"), s3Config(s3rver.endpoint())}});
    }
    QTemporaryDir root;
    QString dataDir;
    const QJsonObject config{{QStringLiteral("object_stores"), stores},
        {QStringLiteral("replication"),
            QJsonObject{{QStringLiteral("scan_interval_ms"), 1000},
                {QStringLiteral("verify_targets_every"), 0}}}};
    const auto startArgs
        = DaemonProcess::prepare(root.path(), QJsonDocument(config).toJson(), &dataDir);
    DaemonProcess daemon(dataDir);
    if (startArgs.isEmpty() || !daemon.start(startArgs, 60000)) {
        std::fprintf(stderr, "the daemon did not start\n");
        return 1;
    }
    if (!waitCopied(daemon, 1)) {
        std::fprintf(stderr, "the demo's objects were never copied\n");
        return 1;
    }
    const qint64 base = berlin(daemon)->value(QStringLiteral("objects")).toInteger();
    const QString sourceRoot = dataDir + QStringLiteral("/stores/eu-central");

    // 1. Throughput: N objects written while the daemon is stopped (so none is copied while
    //    they are written); from its restart, how long until all are verified at the target.
    //    Reference: the same objects copied (get, put, read back) by the same store code with
    //    as many threads as the daemon's workers (4), no daemon involved.
    if (daemon.stop() != 0) {
        std::fprintf(stderr, "the daemon did not stop cleanly\n");
        return 1;
    }
    {
        DirectoryObjectStore writer(sourceRoot);
        writer.setSyncDirectories(false);
        for (int i = 0; i < count; ++i)
            writer.put(
                QStringLiteral("de-berlin/student_pii/bulk-%1").arg(i), payload(i, size), {});
    }
    QElapsedTimer timer;
    timer.start();
    if (!daemon.start(startArgs, 60000)) {
        std::fprintf(stderr, "the daemon did not start again\n");
        return 1;
    }
    const double restartS = timer.nsecsElapsed() / 1e9;
    if (!waitCopied(daemon, base + count)) {
        std::fprintf(stderr, "the bulk objects were not copied within 10 min\n");
        return 1;
    }
    const double replicationS = timer.nsecsElapsed() / 1e9;

    QTemporaryDir plainDir;
    QString error;
    const QJsonObject plainConfig = s3
        ? [&] {
              auto c = s3Config(s3rver.endpoint());
              c.insert(QStringLiteral("bucket"), QStringLiteral("rp-plain"));
              return c;
          }()
        : QJsonObject{{QStringLiteral("type"), QStringLiteral("directory")},
              {QStringLiteral("path"), plainDir.path()}};
    timer.restart();
    std::vector<std::thread> copiers;
    constexpr int kThreads = 4;
    for (int w = 0; w < kThreads; ++w) {
        copiers.emplace_back([&, w] {
            DirectoryObjectStore source(sourceRoot);
            QString e;
            auto target = createObjectStore(plainConfig, plainDir.path(), &e);
            for (int i = w; i < count; i += kThreads) {
                const QString key = QStringLiteral("de-berlin/student_pii/bulk-%1").arg(i);
                const QByteArray data = source.get(key);
                target->put(key, data, {});
                if (target->get(key) != data)
                    std::fprintf(stderr, "plain copy of %s differs\n", qPrintable(key));
            }
        });
    }
    for (std::thread &t : copiers)
        t.join();
    const double plainS = timer.nsecsElapsed() / 1e9;
    const char *target = s3 ? "directory -> s3rver" : "directory -> directory";
    const double mb = double(count) * size / 1e6;
    std::printf("replication %s: %d objects of %d bytes in %.2f s from the daemon's start "
                "(%.2f s of it until it served): %.0f objects/s, %.2f MB/s\n",
        target, count, size, replicationS, restartS, count / replicationS, mb / replicationS);
    std::printf("plain copy (same store code, 4 threads, read back): %.2f s: %.0f objects/s, "
                "%.2f MB/s\n",
        plainS, count / plainS, mb / plainS);
    std::printf("ratio replication/plain throughput: %.2f\n", plainS / replicationS);

    // 2. Lag under a steady write load of 50 objects/s for 20 s.
    {
        DirectoryObjectStore writer(sourceRoot);
        QElapsedTimer pace;
        pace.start();
        for (int i = 0; i < 1000; ++i) {
            while (pace.elapsed() < i * 20)
                QThread::msleep(1); // pacing the load generator, not waiting for a result
            writer.put(
                QStringLiteral("de-berlin/student_pii/steady-%1").arg(i), payload(i, size), {});
        }
    }
    if (!waitCopied(daemon, base + count + 1000)) {
        std::fprintf(stderr, "the steady objects were not copied\n");
        return 1;
    }
    const auto lags = copyLags(daemon, QStringLiteral("de-berlin/student_pii/steady-"));
    std::printf("lag at 50 objects/s (scan every 1 s; target 60 s): p50 %.0f ms, p99 %.0f ms, "
                "max %.0f ms over %lld copies\n",
        percentile(lags, 0.5), percentile(lags, 0.99), percentile(lags, 1.0),
        static_cast<long long>(lags.size()));

    // 3. Write latency at the source, target down vs up (only with --s3: a directory target
    //    cannot go down). The writers never wait for replication, so they must not differ.
    if (s3) {
        const auto timedPuts = [&](const QString &tag) {
            DirectoryObjectStore writer(sourceRoot);
            QList<qint64> us;
            for (int i = 0; i < 300; ++i) {
                QElapsedTimer t;
                t.start();
                writer.put(QStringLiteral("de-berlin/student_pii/%1-%2").arg(tag).arg(i),
                    payload(i, size), {});
                us.append(t.nsecsElapsed() / 1000);
            }
            return us;
        };
        const int port = s3rver.port();
        const auto up = timedPuts(QStringLiteral("up"));
        s3rver.stop();
        const auto down = timedPuts(QStringLiteral("down"));
        std::printf("source put latency, target up: p50 %.0f us p99 %.0f us; target down: p50 "
                    "%.0f us p99 %.0f us; ratio down/up p50 %.2f\n",
            percentile(up, 0.5), percentile(up, 0.99), percentile(down, 0.5),
            percentile(down, 0.99), percentile(down, 0.5) / std::max(1.0, percentile(up, 0.5)));
        if (!s3rver.start({QStringLiteral("rp-dr"), QStringLiteral("rp-plain")}, port).isEmpty())
            return 1;
        timer.restart();
        if (!waitCopied(daemon, base + count + 1000 + 600)) {
            std::fprintf(stderr, "the backlog did not drain\n");
            return 1;
        }
        std::printf("backlog of 300 objects drained %.1f s after the target came back\n",
            timer.nsecsElapsed() / 1e9);
    }
    return daemon.stop() == 0 ? 0 : 1;
}
