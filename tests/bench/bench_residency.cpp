// Throughput of the residency hot paths, printed against the product's targets:
//  - PolicyEvaluator::evaluate over a realistic mix of districts, data classes and targets
//    (target: 1,000,000 evaluations/s on one core);
//  - building and verifying a 1,000,000-record audit chain the way a store streams it
//    (target: 2 s).
// Run: build/bench/bench_residency [evaluations] [audit-records]

#include "backend/core/audit/auditchain.h"
#include "backend/core/audit/auditverifier.h"
#include "backend/core/audit/sha256.h"
#include "backend/core/residency/policyevaluator.h"
#include "backend/core/residency/policypack.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <ctime>
#include <vector>

namespace {

struct DistrictSpec
{
    const char *id;
    const char *jurisdiction;
    int weight; // share of traffic
};

struct TargetSpec
{
    const char *region;
    const char *jurisdiction;
    QStringList certifications;
};

double threadCpuSeconds();

PolicyPack loadDefaultPack()
{
    // Default: the build tree sits in the source tree (build*/bench/bench_residency).
    QString root = qEnvironmentVariable("RP_SOURCE_DIR");
    if (root.isEmpty())
        root = QCoreApplication::applicationDirPath() + QStringLiteral("/../..");
    QFile file(QDir(root).filePath(QStringLiteral("resources/policies/default.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read resources/policies/default.json; set RP_SOURCE_DIR");
    auto result = PolicyPack::fromJson(file.readAll(), file.fileName());
    if (!result.ok())
        qFatal("default.json does not load: %s", qPrintable(result.errors.first().toString()));
    return *result.pack;
}

void benchEvaluate(qint64 evaluations)
{
    const PolicyEvaluator evaluator(loadDefaultPack());

    // Mostly US states, then EU/UK, Canada, APAC — like the demo fleet.
    const std::vector<DistrictSpec> districts{
        {"us-wa-seattle", "US-WA", 10},
        {"us-or-portland", "US-OR", 6},
        {"us-ca-la", "US-CA", 12},
        {"us-tx-austin", "US-TX", 8},
        {"us-ny-nyc", "US-NY", 10},
        {"us-va-fairfax", "US-VA", 6},
        {"ca-on-toronto", "CA-ON", 6},
        {"ca-bc-vancouver", "CA-BC", 4},
        {"ca-qc-montreal", "CA-QC", 2},
        {"de-berlin", "DE", 6},
        {"fr-paris", "FR", 5},
        {"ie-dublin", "IE", 2},
        {"gb-london", "GB-LND", 5},
        {"ch-zurich", "CH", 2},
        {"no-oslo", "NO", 1},
        {"au-sydney", "AU-NSW", 3},
        {"sg-central", "SG", 2},
    };
    const QStringList soc2{QStringLiteral("SOC2")};
    const QStringList coppa{QStringLiteral("SOC2"), QStringLiteral("COPPA")};
    const QStringList gdpr{QStringLiteral("SOC2"), QStringLiteral("GDPR")};
    const QStringList gdprCoppa{
        QStringLiteral("SOC2"), QStringLiteral("GDPR"), QStringLiteral("COPPA")};
    const std::vector<TargetSpec> targets{
        {"us-west", "US-OR", coppa},
        {"us-west-wa", "US-WA", coppa},
        {"us-east", "US-VA", coppa},
        {"us-central", "US-TX", soc2},
        {"eu-central", "DE", gdprCoppa},
        {"eu-west", "IE", gdpr},
        {"uk-south", "GB", gdpr},
        {"ca-central", "CA-QC", coppa},
        {"ca-west", "CA-BC", soc2},
        {"ap-southeast", "SG", soc2},
        {"ap-sydney", "AU", soc2},
    };
    // Student records dominate; classes weighted like the daemon's routing checks.
    const std::vector<std::pair<DataClass, int>> classes{
        {DataClass::StudentPii, 45},
        {DataClass::ChildUnder13, 15},
        {DataClass::EuPersonal, 10},
        {DataClass::CaPersonal, 5},
        {DataClass::Deidentified, 15},
        {DataClass::ModelArtifact, 10},
    };

    auto pickWeighted = [](auto &list, QRandomGenerator &random) -> const auto &
    {
        int total = 0;
        for (const auto &entry : list)
            total += entry.weight;
        int pick = random.bounded(total);
        for (const auto &entry : list) {
            pick -= entry.weight;
            if (pick < 0)
                return entry;
        }
        return list.back();
    };

    // Pre-built queries so the loop measures evaluation, not query construction.
    QRandomGenerator random(42);
    std::vector<PlacementQuery> queries;
    std::vector<QList<Consent>> consents; // per query's district
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int distinct = 4096;
    queries.reserve(distinct);
    for (int i = 0; i < distinct; ++i) {
        const DistrictSpec &district = pickWeighted(districts, random);
        const TargetSpec &target = targets[random.bounded(int(targets.size()))];
        int classPick = random.bounded(100);
        DataClass dataClass = DataClass::StudentPii;
        for (const auto &[cls, weight] : classes) {
            classPick -= weight;
            if (classPick < 0) {
                dataClass = cls;
                break;
            }
        }
        PlacementQuery q;
        q.districtId = QString::fromLatin1(district.id);
        q.districtJurisdiction = QString::fromLatin1(district.jurisdiction);
        q.dataClass = dataClass;
        q.targetRegionId = QString::fromLatin1(target.region);
        q.targetJurisdiction = QString::fromLatin1(target.jurisdiction);
        q.targetCertifications = target.certifications;
        queries.push_back(q);
        // A quarter of the US districts carry consents (one matching us-east, one expired).
        QList<Consent> list;
        if (q.districtJurisdiction.startsWith(u"US-") && i % 4 == 0) {
            list.append(Consent{QStringLiteral("c-%1").arg(i), q.districtId, DataClass::StudentPii,
                QStringLiteral("us-east"), QStringLiteral("DPA-1"), now.addDays(90), false});
            list.append(
                Consent{QStringLiteral("old-%1").arg(i), q.districtId, DataClass::StudentPii,
                    QStringLiteral("us-central"), QStringLiteral("DPA-0"), now.addDays(-1), false});
        }
        consents.push_back(list);
    }

    qint64 allowed = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    for (qint64 n = 0; n < evaluations; ++n) {
        const size_t i = size_t(n) & (distinct - 1);
        allowed += evaluator.evaluate(queries[i], consents[i], now).allowed ? 1 : 0;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = threadCpuSeconds() - cpuStart;
    const double perSecond = double(evaluations) / cpuSeconds;
    std::printf("residency evaluate: %lld evaluations, wall %.3f s, cpu %.3f s = %.0f /s per core "
                "(%.1f%% allowed); ratio to 1,000,000/s target: %.2fx\n",
        static_cast<long long>(evaluations), seconds, cpuSeconds, perSecond,
        100.0 * double(allowed) / double(evaluations), perSecond / 1e6);

    timer.restart();
    int scopes = 0;
    for (int i = 0; i < 100000; ++i) {
        const PlacementQuery &q = queries[size_t(i) & (distinct - 1)];
        scopes
            += int(evaluator.allowedScopeFor(q.districtJurisdiction, q.dataClass).ruleIds.size());
    }
    std::printf("residency allowedScopeFor: %.0f /s (console map shading; no target)\n",
        100000.0 / (double(timer.nsecsElapsed()) / 1e9));
    Q_UNUSED(scopes);
}

// One record as a store would rebuild it from row n (deterministic, so build and verify agree).
AuditRecord recordForRow(qint64 n, const QDateTime &start)
{
    static const QString actions[] = {QStringLiteral("migration.commit"),
        QStringLiteral("routing.change"), QStringLiteral("pod.scale"),
        QStringLiteral("consent.create"), QStringLiteral("failover.start")};
    static const QString actor = QStringLiteral("system:failover");
    static const QString dataClass = QStringLiteral("student_pii");
    static const QString from = QStringLiteral("us-west");
    static const QString to = QStringLiteral("us-west-wa");
    static const QString rule = QStringLiteral("us-student-records-in-state");
    static const QString basis
        = QStringLiteral("State student-privacy law and district data-privacy agreements; product "
                         "policy: education records stay in the district's state.");
    AuditRecord r;
    r.time = start.addMSecs(n * 37);
    r.actor = actor;
    r.action = actions[n % 5];
    const QString district = QString::number(n % 400);
    r.district = QLatin1StringView("us-wa-district-") + district;
    r.dataClass = dataClass;
    r.fromRegion = from;
    r.toRegion = to;
    r.rule = rule;
    r.legalBasis = basis;
    r.details = QJsonObject{
        {QStringLiteral("object"),
            QLatin1StringView("districts/") + district + QLatin1StringView("/exports/")
                + QString::number(n) + QLatin1StringView(".parquet")},
        {QStringLiteral("bytes"), 1048576 + n},
        {QStringLiteral("sha256"),
            QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
    };
    return r;
}

// CPU time of this thread: the machine may be shared, and the targets are per core.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void printAudit(const char *phase, double wall, double cpu, double chainOnly)
{
    std::printf("  %-7s wall %.3f s, cpu %.3f s (chain code alone: %.3f s); ratio of cpu to 2 s "
                "target: %.2fx\n",
        phase, wall, cpu, chainOnly, 2.0 / cpu);
}

void benchAudit(qint64 count)
{
    const QDateTime start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    // Keep only the 32-byte digests (what a store has on disk), not a million records in memory.
    std::vector<Sha256::Digest> digests(size_t(count) + 1);
    auto toHex = [](const Sha256::Digest &digest) {
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest.data()), 32).toHex());
    };

    QElapsedTimer wall;
    QElapsedTimer inner;
    qint64 chainNs = 0;
    wall.start();
    double cpu = threadCpuSeconds();
    AuditChain chain;
    for (qint64 n = 1; n <= count; ++n) {
        AuditRecord record = recordForRow(n, start); // what the service builds anyway
        inner.start();
        const AuditRecord sealed = chain.append(std::move(record));
        chainNs += inner.nsecsElapsed();
        const QByteArray raw = QByteArray::fromHex(sealed.hash.toLatin1());
        std::copy(raw.cbegin(), raw.cend(), digests[size_t(n)].begin());
    }
    const double buildCpu = threadCpuSeconds() - cpu;
    const double buildWall = double(wall.nsecsElapsed()) / 1e9;
    const double buildChain = double(chainNs) / 1e9;

    // Verify the way a store streams rows: rebuild each record from its row, feed it, forget it.
    chainNs = 0;
    wall.restart();
    cpu = threadCpuSeconds();
    AuditVerifier verifier;
    for (qint64 n = 1; n <= count; ++n) {
        AuditRecord record = recordForRow(n, start);
        record.seq = n;
        record.prevHash = n == 1 ? AuditVerifier::genesisHash() : toHex(digests[size_t(n - 1)]);
        record.hash = toHex(digests[size_t(n)]);
        inner.start();
        const bool more = verifier.add(record);
        chainNs += inner.nsecsElapsed();
        if (!more)
            break;
    }
    const AuditVerifyResult result = verifier.finish();
    const double verifyCpu = threadCpuSeconds() - cpu;
    const double verifyWall = double(wall.nsecsElapsed()) / 1e9;
    const double verifyChain = double(chainNs) / 1e9;

    std::printf("audit chain (SHA-256 via %s): %lld records; verify %s (%lld checked)\n",
        Sha256::implementation(), static_cast<long long>(count),
        result.ok ? "ok" : qPrintable(result.reason),
        static_cast<long long>(result.recordsChecked));
    printAudit("build:", buildWall, buildCpu, buildChain);
    printAudit("verify:", verifyWall, verifyCpu, verifyChain);
    std::printf("  (cpu includes building each record / rebuilding each row as a service or store "
                "would; build + verify cpu %.3f s)\n",
        buildCpu + verifyCpu);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 evaluations = args.size() > 1 ? args.at(1).toLongLong() : 5'000'000;
    const qint64 records = args.size() > 2 ? args.at(2).toLongLong() : 1'000'000;
    benchEvaluate(evaluations);
    benchAudit(records);
    return 0;
}
