#include "backend/agent/agentmetrics.h"

#include <QLocale>

namespace {

QByteArray number(double value)
{
    // Shortest round-trip form, so bucket bounds read "0.005" rather than 0.005000000000000001.
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void sample(QByteArray &out, const char *name, const QByteArray &labels, const QByteArray &value)
{
    out += name;
    out += '{';
    out += labels;
    out += "} ";
    out += value;
    out += '\n';
}

} // namespace

AgentMetrics::AgentMetrics(const QString &pod, const QString &region, int replica,
    const QString &instance, const QString &modelVersion)
{
    m_labels = "pod=\"" + escapeLabel(pod) + "\",region=\"" + escapeLabel(region) + "\",replica=\""
        + QByteArray::number(replica) + '"';
    m_upLabels = m_labels + ",instance=\"" + escapeLabel(instance) + "\",model_version=\""
        + escapeLabel(modelVersion) + '"';
    // Present from the first scrape, so rate() has a zero to start from.
    m_byStatus.insert(200, 0);
}

void AgentMetrics::recordInference(int status, double seconds)
{
    ++m_byStatus[status];
    for (std::size_t i = 0; i < bucketBounds.size(); ++i) {
        if (seconds <= bucketBounds[i]) {
            ++m_buckets[i];
            break;
        }
    }
    m_sum += seconds;
    ++m_count;
}

QByteArray AgentMetrics::render(qint64 inFlight, double capacityRps, bool draining) const
{
    QByteArray out;
    out.reserve(4096);

    family(out, "rp_agent_up", "gauge", "1 while the agent process serves requests.");
    sample(out, "rp_agent_up", m_upLabels, "1");

    family(out, "rp_agent_requests_total", "counter",
        "Answered /v1/infer requests by HTTP status code.");
    for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it) {
        sample(out, "rp_agent_requests_total",
            m_labels + ",code=\"" + QByteArray::number(it.key()) + '"',
            QByteArray::number(it.value()));
    }

    family(out, "rp_agent_request_duration_seconds", "histogram",
        "Time from receiving a /v1/infer request to answering it.");
    quint64 cumulative = 0;
    for (std::size_t i = 0; i < bucketBounds.size(); ++i) {
        cumulative += m_buckets[i];
        sample(out, "rp_agent_request_duration_seconds_bucket",
            m_labels + ",le=\"" + number(bucketBounds[i]) + '"', QByteArray::number(cumulative));
    }
    sample(out, "rp_agent_request_duration_seconds_bucket", m_labels + ",le=\"+Inf\"",
        QByteArray::number(m_count));
    sample(out, "rp_agent_request_duration_seconds_sum", m_labels, number(m_sum));
    sample(out, "rp_agent_request_duration_seconds_count", m_labels, QByteArray::number(m_count));

    family(out, "rp_agent_in_flight", "gauge", "Accepted /v1/infer requests not yet answered.");
    sample(out, "rp_agent_in_flight", m_labels, QByteArray::number(inFlight));

    family(out, "rp_agent_capacity_rps", "gauge",
        "Configured capacity; more concurrent inferences than this are refused with 429.");
    sample(out, "rp_agent_capacity_rps", m_labels, number(capacityRps));

    family(out, "rp_agent_draining", "gauge", "1 after POST /drain, 0 otherwise.");
    sample(out, "rp_agent_draining", m_labels, draining ? "1" : "0");
    return out;
}

QByteArray AgentMetrics::escapeLabel(const QString &value)
{
    QByteArray escaped;
    const QByteArray utf8 = value.toUtf8();
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}
