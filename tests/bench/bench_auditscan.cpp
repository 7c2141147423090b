// Residency audit of one district holding 100,000 objects in one region's store, through the
// real daemon's API (GET /residency/audit/{district}, JSON and CSV): stores are paged through,
// each object judged by the policy. Prints seconds and objects/s. Reference: 10 s.
//   bench_auditscan [objects]   (needs RP_BIN_DIR, set by tests/bench/run.sh)

#include "../daemonprocess.h"

#include "backend/providers/directoryobjectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>
#include <thread>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    const auto dataDir = dir.filePath(QStringLiteral("data"));
    const auto storeRoot = dataDir + QStringLiteral("/stores/us-east");
    static const char *const classes[]
        = {"student_pii", "child_under_13", "deidentified", "model_artifact"};

    QElapsedTimer fill;
    fill.start();
    std::vector<std::thread> writers;
    const int writerCount = 8; // fsync-bound puts overlap across writers
    for (int w = 0; w < writerCount; ++w) {
        writers.emplace_back([&, w] {
            DirectoryObjectStore writer(storeRoot);
            writer.setSyncDirectories(false);
            for (int i = w; i < count; i += writerCount)
                writer.put(QStringLiteral("us-tx-dallas/%1/obj-%2.csv")
                               .arg(QLatin1String(classes[i % 4]))
                               .arg(i, 6, 10, QLatin1Char('0')),
                    QByteArray("id,value\n") + QByteArray::number(i).repeated(16), {});
        });
    }
    for (auto &t : writers)
        t.join();
    std::printf("filled %d objects in %.1f s (not measured)\n", count, fill.elapsed() / 1000.0);

    DaemonProcess daemon(dataDir);
    if (!daemon.start({}, 60000)) {
        std::fprintf(stderr, "daemon did not start\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto reply = daemon.request(
        "GET", QStringLiteral("/residency/audit/us-tx-dallas"), {}, "admin", 600000);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const auto objects = reply.json().value(QStringLiteral("objects")).toArray().size();
    std::printf("audit scan (JSON) of %lld objects: %.2f s, %.0f objects/s, %.1f MB response "
                "(reference 10 s, ratio %.2f)\n",
        static_cast<long long>(objects), seconds, objects / seconds, reply.body.size() / 1e6,
        seconds / 10.0);
    timer.restart();
    const auto csv = daemon.request(
        "GET", QStringLiteral("/residency/audit/us-tx-dallas?format=csv"), {}, "admin", 600000);
    const double csvSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("audit scan (CSV) of %lld lines: %.2f s (reference 10 s, ratio %.2f)\n",
        static_cast<long long>(csv.body.count('\n') - 1), csvSeconds, csvSeconds / 10.0);
    daemon.stop();
    return reply.status == 200 && objects >= count ? 0 : 1;
}
