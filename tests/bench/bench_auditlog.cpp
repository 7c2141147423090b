// Durable audit appends per second (each record committed with synchronous=FULL before the next)
// and verification of a 1,000,000-record chain streamed from the SQLite store; then what the
// daemon's main thread (probes, routing, every write) sees during a full verify: the whole
// verify as one stall when it runs there, and the timer lateness when it runs in the background
// (AuditLog::startFullVerify) while records keep being appended.
// References: ≥ 2,000 appends/s; ≤ 2 s to verify 1,000,000 records; a main-thread stall
// shorter than one health-probe interval (1,000 ms) during a full verify.

#include "backend/core/audit/auditchain.h"
#include "backend/services/auditlog.h"
#include "backend/store/auditstore.h"
#include "backend/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

AuditRecord sample(int i)
{
    AuditRecord r;
    r.actor = QStringLiteral("operator:bench");
    r.action = QStringLiteral("migration.commit");
    r.district = QStringLiteral("us-wa-seattle");
    r.dataClass = QStringLiteral("student_pii");
    r.fromRegion = QStringLiteral("us-east");
    r.toRegion = QStringLiteral("us-west");
    r.rule = QStringLiteral("us-student-records-in-state");
    r.details = {
        {QStringLiteral("key"), QStringLiteral("us-wa-seattle/student_pii/obj-%1.csv").arg(i)},
        {QStringLiteral("sha256"),
            QStringLiteral("9f2c41a0e5d3b7c86f1e0a4b2d9c8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d")}};
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int appends = argc > 1 ? atoi(argv[1]) : 3000;
    const int chain = argc > 2 ? atoi(argv[2]) : 1000000;
    QTemporaryDir dir;

    {
        Database db;
        db.openSqlite(dir.filePath(QStringLiteral("appends.db")));
        AuditStore store(db);
        AuditLog log(db, store);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < appends; ++i)
            log.append(sample(i));
        const double rate = appends / (timer.nsecsElapsed() / 1e9);
        std::printf("durable audit appends, one commit (fsync) each: %.0f /s over %d records "
                    "(bound by fsync latency)\n",
            rate, appends);
        for (const int batch : {8, 32, 128}) {
            QElapsedTimer grouped;
            grouped.start();
            const int rounds = std::max(1, appends / batch);
            for (int r = 0; r < rounds; ++r) {
                QList<AuditRecord> records;
                for (int i = 0; i < batch; ++i)
                    records.append(sample(r * batch + i));
                log.appendBatch(records);
            }
            const double groupRate = rounds * batch / (grouped.nsecsElapsed() / 1e9);
            std::printf("durable audit appends, group commit of %d: %.0f /s, each record committed "
                        "before return (reference 2000 /s, ratio %.2f)\n",
                batch, groupRate, groupRate / 2000.0);
        }
    }

    {
        Database db;
        db.openSqlite(dir.filePath(QStringLiteral("chain.db")));
        AuditStore store(db);
        AuditChain sealer;
        QElapsedTimer build;
        build.start();
        db.begin();
        for (int i = 0; i < chain; ++i)
            store.insert(sealer.append(sample(i)));
        db.commit();
        std::printf("built a %d-record chain in %.1f s (one transaction)\n", chain,
            build.elapsed() / 1000.0);
        QElapsedTimer timer;
        timer.start();
        const auto result = store.verify();
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("verify %lld records from SQLite: %.2f s, ok=%s (reference 2 s, ratio %.2f)\n",
            static_cast<long long>(result.recordsChecked), seconds, result.ok ? "true" : "false",
            seconds / 2.0);

        AuditLog log(db, store);
        QElapsedTimer onMain;
        onMain.start();
        const auto inPlace = log.verify();
        const double stallMs = onMain.nsecsElapsed() / 1e6;
        std::printf(
            "full verify on the main thread: %.0f ms, one stall of %.0f ms for every probe, "
            "route and write (reference 1000 ms, ratio %.2f)\n",
            stallMs, stallMs, stallMs / 1000.0);

        // In the background: a 10 ms timer stands for the probe rounds (how late does it fire?),
        // another appends a record every 20 ms (writes go on).
        std::vector<double> lateness;
        int appended = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 due = 10;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            lateness.push_back(double(std::max<qint64>(0, now - due)));
            due = now + 10;
        });
        QTimer writer;
        writer.setInterval(20);
        QObject::connect(&writer, &QTimer::timeout, [&] {
            log.append(sample(chain + appended));
            ++appended;
        });
        QEventLoop loop;
        AuditVerifyResult background;
        QElapsedTimer verifyTime;
        verifyTime.start();
        tick.start();
        writer.start();
        log.startFullVerify([&](const AuditVerifyResult &r) {
            background = r;
            loop.quit();
        });
        loop.exec();
        const double backgroundMs = verifyTime.nsecsElapsed() / 1e6;
        std::sort(lateness.begin(), lateness.end());
        const double worst = lateness.empty() ? 0 : lateness.back();
        const double p99 = lateness.empty() ? 0 : lateness.at(size_t(0.99 * (lateness.size() - 1)));
        std::printf("full verify in the background: %.0f ms, %lld records, ok=%s; main thread "
                    "timer lateness p99 %.0f ms, max %.0f ms over %zu ticks; %d records appended "
                    "meanwhile (reference 1000 ms, ratio %.3f)\n",
            backgroundMs, static_cast<long long>(background.recordsChecked),
            background.ok && inPlace.ok ? "true" : "false", p99, worst, lateness.size(), appended,
            worst / 1000.0);
        log.stop();
    }
    return 0;
}
