// Durable audit appends per second (each record committed with synchronous=FULL before the next)
// and verification of a 1,000,000-record chain streamed from the SQLite store.
// References: ≥ 2,000 appends/s; ≤ 2 s to verify 1,000,000 records.

#include "backend/core/audit/auditchain.h"
#include "backend/services/auditlog.h"
#include "backend/store/auditstore.h"
#include "backend/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

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
    }
    return 0;
}
