// The routing table's hot paths on a synthetic fleet of 2,000 districts × 200 pods (issue #9
// targets): one routing decision (RoutePlanner::plan) p99 ≤ 5 µs, a full table re-plan ≤ 10 ms,
// an incremental re-plan after one pod's health change ≤ 1 ms. Residency judging (which changes
// only with policy, consents and the set of pods) is printed too, without a target.
// Run: build/bench/bench_routing [districts] [pods]

#include "backend/core/residency/policyevaluator.h"
#include "backend/core/residency/policypack.h"
#include "backend/core/routing/routeplanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace {

PolicyEvaluator defaultEvaluator()
{
    QString root = qEnvironmentVariable("RP_SOURCE_DIR");
    if (root.isEmpty())
        root = QCoreApplication::applicationDirPath() + QStringLiteral("/../..");
    QFile file(QDir(root).filePath(QStringLiteral("resources/policies/default.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read resources/policies/default.json; set RP_SOURCE_DIR");
    auto result = PolicyPack::fromJson(file.readAll(), file.fileName());
    if (!result.ok())
        qFatal("default.json does not load");
    return PolicyEvaluator(*result.pack);
}

struct Place
{
    const char *jurisdiction;
    double lat;
    double lon;
    bool coppa;
};

const Place kPlaces[] = {
    {"US-OR", 45.8, -119.7, true},
    {"US-VA", 38.9, -77.4, true},
    {"US-TX", 30.3, -97.7, true},
    {"US-CA", 37.4, -121.9, true},
    {"US-NY", 40.7, -74.0, true},
    {"DE", 50.1, 8.7, false},
    {"IE", 53.3, -6.3, true},
    {"FR", 48.9, 2.4, true},
    {"CA-ON", 43.7, -79.4, true},
    {"CA-QC", 45.5, -73.6, true},
    {"AU-NSW", -33.9, 151.2, true},
    {"SG", 1.35, 103.8, true},
};

double micros(qint64 ns)
{
    return double(ns) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int districtCount = argc > 1 ? std::atoi(argv[1]) : 2000;
    const int podCount = argc > 2 ? std::atoi(argv[2]) : 200;
    QRandomGenerator rng(42);
    const int places = int(std::size(kPlaces));

    QList<RoutingPod> pods;
    for (int i = 0; i < podCount; ++i) {
        const Place &place = kPlaces[i % places];
        RoutingPod p;
        p.id = QStringLiteral("pod-%1").arg(i);
        p.region = QStringLiteral("region-%1").arg(i % places);
        p.type = PodType(i / places % 4);
        p.jurisdiction = QString::fromLatin1(place.jurisdiction);
        p.certifications = place.coppa ? QStringList{QStringLiteral("COPPA")} : QStringList{};
        p.latitude = place.lat;
        p.longitude = place.lon;
        p.health = HealthState::Healthy;
        p.nominalRps = 100;
        p.capacityRps = 100;
        p.loadRps = rng.bounded(80);
        pods.append(p);
    }
    QList<RoutingDistrict> districts;
    for (int i = 0; i < districtCount; ++i) {
        const Place &place = kPlaces[i % places];
        RoutingDistrict d;
        d.id = QStringLiteral("district-%1").arg(i);
        d.jurisdiction = QString::fromLatin1(place.jurisdiction);
        d.latitude = place.lat + rng.generateDouble();
        d.longitude = place.lon + rng.generateDouble();
        d.requestClasses = {DataClass::StudentPii, DataClass::ChildUnder13};
        districts.append(d);
    }

    const PolicyEvaluator evaluator = defaultEvaluator();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    QList<QList<PodCandidacy>> candidacies;
    for (const auto &d : std::as_const(districts))
        candidacies.append(RoutePlanner::judge(d, pods, evaluator, now));
    const qint64 judgeNs = timer.nsecsElapsed();
    QList<QList<int>> districtsByPod(pods.size());
    for (int i = 0; i < candidacies.size(); ++i) {
        for (const auto &c : std::as_const(candidacies.at(i))) {
            if (c.allowed)
                districtsByPod[c.pod].append(i);
        }
    }

    const RoutePlanner planner;
    QList<Route> routes(districts.size());
    // Warm up, then time each decision of several full passes.
    for (int i = 0; i < districts.size(); ++i)
        routes[i] = planner.plan(candidacies.at(i), pods);
    QList<qint64> samples;
    qint64 fullBest = std::numeric_limits<qint64>::max();
    for (int pass = 0; pass < 5; ++pass) {
        QElapsedTimer full;
        full.start();
        for (int i = 0; i < districts.size(); ++i) {
            QElapsedTimer one;
            one.start();
            routes[i] = planner.plan(candidacies.at(i), pods);
            samples.append(one.nsecsElapsed());
        }
        fullBest = std::min(fullBest, full.nsecsElapsed());
    }
    std::sort(samples.begin(), samples.end());
    const qint64 p50 = samples.at(samples.size() / 2);
    const qint64 p99 = samples.at(samples.size() * 99 / 100);

    // Incremental: one pod goes down, re-plan only the districts it is allowed for.
    QList<qint64> incremental;
    qsizetype touched = 0;
    qsizetype replanned = 0;
    for (int k = 0; k < 200; ++k) {
        const int pod = int(rng.bounded(pods.size()));
        pods[pod].health = HealthState::Unhealthy;
        QElapsedTimer inc;
        inc.start();
        // As the routing table does it: patch the route where the change moves no traffic, plan
        // the district again where it may.
        for (const int d : std::as_const(districtsByPod.at(pod))) {
            if (!planner.patch(routes[d], candidacies.at(d), pod, pods)) {
                routes[d] = planner.plan(candidacies.at(d), pods);
                ++replanned;
            }
        }
        incremental.append(inc.nsecsElapsed());
        touched += districtsByPod.at(pod).size();
        pods[pod].health = HealthState::Healthy;
        for (const int d : std::as_const(districtsByPod.at(pod)))
            routes[d] = planner.plan(candidacies.at(d), pods);
    }
    std::sort(incremental.begin(), incremental.end());
    const qint64 incP99 = incremental.at(incremental.size() * 99 / 100);

    int allowed = 0;
    for (const auto &list : std::as_const(candidacies))
        allowed += int(std::count_if(
            list.cbegin(), list.cend(), [](const PodCandidacy &c) { return c.allowed; }));
    std::printf("fleet: %d districts x %d pods, %.1f allowed pods per district\n", districtCount,
        podCount, double(allowed) / districtCount);
    std::printf("routing decision p50: %.2f us, p99: %.2f us (target <= 5 us: %.2fx)\n",
        micros(p50), micros(p99), 5.0 / micros(p99));
    std::printf("full table re-plan: %.2f ms (target <= 10 ms: %.2fx)\n", fullBest / 1e6,
        10.0 / (fullBest / 1e6));
    std::printf("incremental re-plan after one pod's health change, p99 of 200: %.3f ms "
                "(target <= 1 ms: %.2fx)\n",
        incP99 / 1e6, 1.0 / (incP99 / 1e6));
    std::printf("  of %lld districts the changed pods were allowed for, %lld needed a full plan\n",
        qlonglong(touched), qlonglong(replanned));
    std::printf("residency judging of the whole table (policy/consent/pod-set changes only): "
                "%.1f ms\n",
        judgeNs / 1e6);
    return 0;
}
