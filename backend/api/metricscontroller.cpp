#include "backend/api/metricscontroller.h"

#include "backend/api/apiserver.h"
#include "backend/api/router.h"
#include "backend/core/metrics/prometheustext.h"
#include "backend/services/capacitymonitor.h"
#include "backend/services/eventbus.h"
#include "backend/services/healthmonitor.h"
#include "backend/services/podmanager.h"
#include "backend/services/routingtable.h"

namespace {

class Exposition
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    }
    void sample(const char *name, double value, QList<std::pair<QByteArray, QString>> labels = {})
    {
        PrometheusText::Sample s;
        s.name = name;
        s.labels = std::move(labels);
        s.value = value;
        m_out += PrometheusText::render(s) + '\n';
    }
    /** _bucket (cumulative, le), _sum and _count samples of @p h under @p labels. */
    void histogram(const char *name, const LatencyHistogram &h,
        const QList<std::pair<QByteArray, QString>> &labels)
    {
        const QByteArray base(name);
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < h.counts.size(); ++i) {
            cumulative += h.counts[i];
            auto withLe = labels;
            withLe.append({"le",
                i < LatencyHistogram::kBounds.size()
                    ? QString::number(LatencyHistogram::kBounds[i], 'g', 6)
                    : QStringLiteral("+Inf")});
            sample((base + "_bucket").constData(), double(cumulative), withLe);
        }
        sample((base + "_sum").constData(), h.sum, labels);
        sample((base + "_count").constData(), double(h.count), labels);
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

MetricsController::MetricsController(PodManager &pods, CapacityMonitor &capacity,
    RoutingTable &routing, EventBus &events, HealthMonitor &health, const ApiServer &server)
    : m_pods(pods)
    , m_capacity(capacity)
    , m_routing(routing)
    , m_health(health)
    , m_server(server)
{
    m_published = QObject::connect(&events, &EventBus::published, [this](const Event &e) {
        if (const auto *changed = std::get_if<RoutingChangedEvent>(&e.payload)) {
            ++m_routingChanges;
            if (changed->reason == RouteReason::Failover)
                ++m_failovers;
        } else if (std::holds_alternative<RoutingFailClosedEvent>(e.payload)) {
            ++m_failClosedAlerts;
        }
    });
}

MetricsController::~MetricsController()
{
    QObject::disconnect(m_published);
}

void MetricsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/metrics"), Access::Read, [this](const ApiRequest &) {
        Exposition out;
        out.family("rp_pod_up", "gauge", "1 while the pod is healthy.");
        for (const Pod &pod : m_pods.pods())
            out.sample("rp_pod_up", pod.health == HealthState::Healthy ? 1 : 0,
                {{"pod", pod.id}, {"region", pod.region}});
        // One gauge family per figure, a sample per pod.
        struct PodGauge
        {
            const char *name;
            const char *help;
            double (*value)(const PodCapacity &);
        };
        static constexpr PodGauge gauges[] = {
            {"rp_pod_capacity_rps", "Requests per second the pod's scraped replicas can serve.",
                [](const PodCapacity &f) { return f.capacityRps; }},
            {"rp_pod_requests_per_second",
                "Requests per second the pod answered over the last scrape interval.",
                [](const PodCapacity &f) { return f.rps; }},
            {"rp_pod_utilization", "Requests per second over capacity.",
                [](const PodCapacity &f) { return f.utilization(); }},
            {"rp_pod_scrape_errors",
                "Replicas of the pod whose /metrics could not be read at the last scrape.",
                [](const PodCapacity &f) { return double(f.scrapeErrors.size()); }},
        };
        const auto capacity = m_capacity.pods();
        for (const auto &gauge : gauges) {
            out.family(gauge.name, "gauge", gauge.help);
            for (const auto &f : capacity)
                out.sample(gauge.name, gauge.value(f), {{"pod", f.pod}, {"region", f.region}});
        }

        const auto decisions = m_routing.decisions();
        int failClosed = 0;
        for (const auto &d : decisions)
            failClosed += d.failClosed ? 1 : 0;
        out.family("rp_routing_table_version", "gauge", "Version of the district to pod table.");
        out.sample("rp_routing_table_version", double(m_routing.version()));
        out.family("rp_routing_districts", "gauge", "Districts in the routing table.");
        out.sample("rp_routing_districts", decisions.size());
        out.family("rp_routing_fail_closed_districts", "gauge",
            "Districts with no available pod their policy allows (served nowhere).");
        out.sample("rp_routing_fail_closed_districts", failClosed);
        out.family("rp_routing_changes_total", "counter",
            "routing.changed events since the daemon started.");
        out.sample("rp_routing_changes_total", m_routingChanges);
        out.family("rp_routing_failovers_total", "counter",
            "Districts moved off a pod that went out, since the daemon started.");
        out.sample("rp_routing_failovers_total", m_failovers);
        out.family("rp_routing_fail_closed_alerts_total", "counter",
            "routing.fail_closed alerts since the daemon started (one per episode).");
        out.sample("rp_routing_fail_closed_alerts_total", m_failClosedAlerts);

        out.family("rp_probe_duration_seconds", "histogram",
            "Round trip of the daemon's health probes (answered or not), per pod.");
        const auto &probes = m_health.probeLatencies();
        for (const Pod &pod : m_pods.pods())
            if (const auto it = probes.constFind(pod.id); it != probes.cend())
                out.histogram(
                    "rp_probe_duration_seconds", *it, {{"pod", pod.id}, {"region", pod.region}});
        out.family("rp_api_request_duration_seconds", "histogram",
            "Time from a request's arrival to its answer, per API route.");
        const auto latencies = m_server.requestLatencies();
        for (auto it = latencies.cbegin(); it != latencies.cend(); ++it)
            out.histogram("rp_api_request_duration_seconds", *it,
                {{"method", it.key().section(QLatin1Char(' '), 0, 0)},
                    {"route", it.key().section(QLatin1Char(' '), 1)}});
        QByteArray body = out.take();
        for (const auto &text : m_texts)
            body += text().toUtf8();
        return ApiResponse::text(
            body, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
    });
}
