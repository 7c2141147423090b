#include "backend/api/daemonconfig.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

namespace {

int boundedInt(const JsonReader &reader, const QString &key, int current, int min, int max)
{
    const auto value = reader.optionalInt(key);
    if (!value)
        return current;
    if (*value < min || *value > max)
        throw ValidationError(
            reader.fieldName(key), QStringLiteral("must be within %1..%2").arg(min).arg(max));
    return int(*value);
}

} // namespace

void DaemonConfig::applyListen(const QString &hostPort)
{
    const auto colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const auto port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&ok) : 0;
    QHostAddress address(colon > 0
            ? hostPort.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'))
            : QString());
    if (hostPort.left(colon) == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    if (colon <= 0 || !ok || port > 65535 || address.isNull())
        throw ValidationError(QStringLiteral("listen"),
            QStringLiteral("'%1' is not HOST:PORT (e.g. 127.0.0.1:7420; port 0 picks one)")
                .arg(hostPort));
    listenAddress = address;
    listenPort = quint16(port);
}

QString DaemonConfig::refusal() const
{
    if (tls.certFile.isEmpty() != tls.keyFile.isEmpty())
        return QStringLiteral(
            "TLS needs both a certificate and its key (--tls-cert and --tls-key)");
    if (!listenAddress.isLoopback() && !insecureListen && !tls.enabled())
        return QStringLiteral(
            "refusing to listen on %1: that is reachable from other hosts and this "
            "daemon would serve plain HTTP, so bearer tokens would cross the network "
            "in clear text. Give it a certificate (--tls-cert/--tls-key), listen on "
            "127.0.0.1, or pass --insecure-listen to accept the risk")
            .arg(listenAddress.toString());
    return {};
}

void DaemonConfig::applyJson(const QJsonObject &json)
{
    JsonReader root(json);
    root.rejectUnknown({QStringLiteral("listen"), QStringLiteral("data_dir"),
        QStringLiteral("health"), QStringLiteral("events"), QStringLiteral("agents"),
        QStringLiteral("drain_ms"), QStringLiteral("object_stores"), QStringLiteral("policy_file"),
        QStringLiteral("transport"), QStringLiteral("tls"), QStringLiteral("routing"),
        QStringLiteral("capacity"), QStringLiteral("traffic"), QStringLiteral("drills"),
        QStringLiteral("replication")});
    if (const auto policy = root.optionalString(QStringLiteral("policy_file")))
        policyFile = *policy;
    if (const auto listen = root.optionalString(QStringLiteral("listen")))
        applyListen(*listen);
    if (const auto dir = root.optionalString(QStringLiteral("data_dir")))
        dataDir = *dir;
    drainMs = boundedInt(root, QStringLiteral("drain_ms"), drainMs, 0, 600000);

    const auto drillsJson = json.value(QStringLiteral("drills"));
    if (!drillsJson.isUndefined()) {
        if (!drillsJson.isObject())
            throw ValidationError(QStringLiteral("drills"), QStringLiteral("must be an object"));
        JsonReader d(drillsJson.toObject(), QStringLiteral("drills."));
        d.rejectUnknown({QStringLiteral("probe_interval_ms"), QStringLiteral("probe_timeout_ms"),
            QStringLiteral("grace_ms"), QStringLiteral("verify_timeout_ms"),
            QStringLiteral("failback_wait_ms")});
        drills.probeIntervalMs
            = boundedInt(d, QStringLiteral("probe_interval_ms"), drills.probeIntervalMs, 20, 60000);
        drills.probeTimeoutMs
            = boundedInt(d, QStringLiteral("probe_timeout_ms"), drills.probeTimeoutMs, 50, 60000);
        drills.graceMs = boundedInt(d, QStringLiteral("grace_ms"), drills.graceMs, 0, 3600000);
        drills.verifyTimeoutMs = boundedInt(
            d, QStringLiteral("verify_timeout_ms"), drills.verifyTimeoutMs, 1000, 3600000);
        drills.failbackWaitMs
            = boundedInt(d, QStringLiteral("failback_wait_ms"), drills.failbackWaitMs, 0, 3600000);
    }

    const auto replicationJson = json.value(QStringLiteral("replication"));
    if (!replicationJson.isUndefined()) {
        if (!replicationJson.isObject())
            throw ValidationError(
                QStringLiteral("replication"), QStringLiteral("must be an object"));
        JsonReader r(replicationJson.toObject(), QStringLiteral("replication."));
        r.rejectUnknown({QStringLiteral("enabled"), QStringLiteral("scan_interval_ms"),
            QStringLiteral("lag_target_s"), QStringLiteral("workers"),
            QStringLiteral("bandwidth_bytes_per_s"),
            QStringLiteral("school_hours_bandwidth_bytes_per_s"), QStringLiteral("page_size"),
            QStringLiteral("verify_targets_every")});
        ReplicationSettings &s = replication;
        s.enabled = r.optionalBool(QStringLiteral("enabled")).value_or(s.enabled);
        s.scanIntervalMs
            = boundedInt(r, QStringLiteral("scan_interval_ms"), s.scanIntervalMs, 100, 86400000);
        s.lagTargetS = boundedInt(r, QStringLiteral("lag_target_s"), s.lagTargetS, 1, 86400);
        s.workers = boundedInt(r, QStringLiteral("workers"), s.workers, 1, 64);
        s.pageSize = boundedInt(r, QStringLiteral("page_size"), s.pageSize, 1, 1000);
        s.verifyTargetsEvery = boundedInt(
            r, QStringLiteral("verify_targets_every"), s.verifyTargetsEvery, 0, 1000000);
        s.bandwidthBytesPerS
            = r.optionalIntIn(QStringLiteral("bandwidth_bytes_per_s"), 0, qint64(1) << 40)
                  .value_or(s.bandwidthBytesPerS);
        s.schoolHoursBandwidthBytesPerS
            = r.optionalIntIn(
                   QStringLiteral("school_hours_bandwidth_bytes_per_s"), 0, qint64(1) << 40)
                  .value_or(s.schoolHoursBandwidthBytesPerS);
    }

    const auto healthJson = json.value(QStringLiteral("health"));
    if (!healthJson.isUndefined()) {
        if (!healthJson.isObject())
            throw ValidationError(QStringLiteral("health"), QStringLiteral("must be an object"));
        JsonReader h(healthJson.toObject(), QStringLiteral("health."));
        h.rejectUnknown({QStringLiteral("interval_ms"), QStringLiteral("timeout_ms"),
            QStringLiteral("fail_threshold"), QStringLiteral("pass_threshold"),
            QStringLiteral("fast_interval_ms"), QStringLiteral("passive_fail_threshold"),
            QStringLiteral("passive_silence_ms")});
        health.passiveSilenceMs = boundedInt(
            h, QStringLiteral("passive_silence_ms"), health.passiveSilenceMs, 0, 600000);
        health.passiveFailThreshold = boundedInt(
            h, QStringLiteral("passive_fail_threshold"), health.passiveFailThreshold, 0, 100);
        health.fastIntervalMs
            = boundedInt(h, QStringLiteral("fast_interval_ms"), health.fastIntervalMs, 10, 600000);
        health.intervalMs
            = boundedInt(h, QStringLiteral("interval_ms"), health.intervalMs, 50, 600000);
        health.timeoutMs
            = boundedInt(h, QStringLiteral("timeout_ms"), health.timeoutMs, 10, 600000);
        health.failThreshold
            = boundedInt(h, QStringLiteral("fail_threshold"), health.failThreshold, 1, 100);
        health.passThreshold
            = boundedInt(h, QStringLiteral("pass_threshold"), health.passThreshold, 1, 100);
    }
    const auto routingJson = json.value(QStringLiteral("routing"));
    if (!routingJson.isUndefined()) {
        if (!routingJson.isObject())
            throw ValidationError(QStringLiteral("routing"), QStringLiteral("must be an object"));
        JsonReader r(routingJson.toObject(), QStringLiteral("routing."));
        r.rejectUnknown({QStringLiteral("hold_down_ms"), QStringLiteral("failback_ms"),
            QStringLiteral("failback_shares"), QStringLiteral("outlier_error_rate"),
            QStringLiteral("outlier_ejection_ms"), QStringLiteral("overload_hold_ms")});
        routing.load.ejectionMs = boundedInt(
            r, QStringLiteral("outlier_ejection_ms"), routing.load.ejectionMs, 1000, 3600000);
        routing.load.maxEjectionMs = std::max(routing.load.maxEjectionMs, routing.load.ejectionMs);
        routing.load.overloadHoldMs = boundedInt(
            r, QStringLiteral("overload_hold_ms"), routing.load.overloadHoldMs, 0, 3600000);
        if (const auto rate = r.optionalDouble(QStringLiteral("outlier_error_rate"))) {
            if (!(*rate > 0 && *rate <= 1))
                throw ValidationError(QStringLiteral("routing.outlier_error_rate"),
                    QStringLiteral("must be a share above 0 and at most 1"));
            routing.load.outlierErrorRate = *rate;
        }
        routing.holdDownMs
            = boundedInt(r, QStringLiteral("hold_down_ms"), routing.holdDownMs, 0, 3600000);
        routing.failbackMs
            = boundedInt(r, QStringLiteral("failback_ms"), routing.failbackMs, 0, 3600000);
        if (r.object().contains(QStringLiteral("failback_shares"))) {
            const auto steps = r.requiredArray(QStringLiteral("failback_shares"));
            QList<double> shares;
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const QString field = QStringLiteral("routing.failback_shares[%1]").arg(i);
                if (!steps.at(i).isDouble())
                    throw ValidationError(field, QStringLiteral("must be a number"));
                const double share = steps.at(i).toDouble();
                if (!(share > 0 && share <= 1)
                    || (!shares.isEmpty() && share <= shares.constLast()))
                    throw ValidationError(
                        field, QStringLiteral("must be above the step before it and at most 1"));
                shares.append(share);
            }
            if (shares.isEmpty() || shares.constLast() != 1.0)
                throw ValidationError(QStringLiteral("routing.failback_shares"),
                    QStringLiteral("must end at 1 (the pod's whole share), e.g. [0.1, 0.5, 1]"));
            routing.failbackShares = shares;
        }
    }
    const auto capacityJson = json.value(QStringLiteral("capacity"));
    if (!capacityJson.isUndefined()) {
        if (!capacityJson.isObject())
            throw ValidationError(QStringLiteral("capacity"), QStringLiteral("must be an object"));
        JsonReader c(capacityJson.toObject(), QStringLiteral("capacity."));
        c.rejectUnknown({QStringLiteral("scrape_interval_ms"), QStringLiteral("scrape_timeout_ms"),
            QStringLiteral("history_bucket_ms")});
        capacity.historyBucketMs = boundedInt(
            c, QStringLiteral("history_bucket_ms"), int(capacity.historyBucketMs), 1000, 3600000);
        capacity.scrapeIntervalMs = boundedInt(
            c, QStringLiteral("scrape_interval_ms"), capacity.scrapeIntervalMs, 100, 600000);
        capacity.timeoutMs
            = boundedInt(c, QStringLiteral("scrape_timeout_ms"), capacity.timeoutMs, 50, 60000);
        // 24 h of points whatever the interval, but never more than the default's.
        capacity.seriesPoints = std::min(17280, 86'400'000 / capacity.scrapeIntervalMs);
    }
    const auto trafficJson = json.value(QStringLiteral("traffic"));
    if (!trafficJson.isUndefined()) {
        if (!trafficJson.isObject())
            throw ValidationError(QStringLiteral("traffic"), QStringLiteral("must be an object"));
        JsonReader t(trafficJson.toObject(), QStringLiteral("traffic."));
        t.rejectUnknown({QStringLiteral("enabled"), QStringLiteral("peak_rps"),
            QStringLiteral("evening_floor"), QStringLiteral("stall_ms")});
        traffic.stallMs = boundedInt(t, QStringLiteral("stall_ms"), traffic.stallMs, 50, 60000);
        if (const auto enabled = t.optionalBool(QStringLiteral("enabled")))
            trafficEnabled = *enabled;
        if (const auto peak = t.optionalDouble(QStringLiteral("peak_rps"))) {
            if (!(*peak > 0 && *peak <= 1000))
                throw ValidationError(t.fieldName(QStringLiteral("peak_rps")),
                    QStringLiteral("must be above 0 and at most 1000 requests/s"));
            traffic.peakRps = *peak;
        }
        if (const auto floor = t.optionalDouble(QStringLiteral("evening_floor"))) {
            if (!(*floor >= 0 && *floor <= 1))
                throw ValidationError(t.fieldName(QStringLiteral("evening_floor")),
                    QStringLiteral("must be a share of the peak from 0 to 1"));
            traffic.eveningFloor = *floor;
        }
    }
    const auto eventsJson = json.value(QStringLiteral("events"));
    if (!eventsJson.isUndefined()) {
        JsonReader e(eventsJson.toObject(), QStringLiteral("events."));
        e.rejectUnknown({QStringLiteral("buffer")});
        eventBuffer = boundedInt(e, QStringLiteral("buffer"), eventBuffer, 1, 1000000);
    }
    const auto agentsJson = json.value(QStringLiteral("agents"));
    if (!agentsJson.isUndefined()) {
        JsonReader a(agentsJson.toObject(), QStringLiteral("agents."));
        a.rejectUnknown({QStringLiteral("cost_ms"), QStringLiteral("path")});
        agentCostMs = boundedInt(a, QStringLiteral("cost_ms"), agentCostMs, 0, 60000);
        agentPath = a.optionalString(QStringLiteral("path")).value_or(agentPath);
    }
    const auto transportJson = json.value(QStringLiteral("transport"));
    if (!transportJson.isUndefined()) {
        if (!transportJson.isObject())
            throw ValidationError(QStringLiteral("transport"), QStringLiteral("must be an object"));
        JsonReader t(transportJson.toObject(), QStringLiteral("transport."));
        auto &l = transport;
        t.rejectUnknown({QStringLiteral("max_header_bytes"), QStringLiteral("max_body_bytes"),
            QStringLiteral("max_url_bytes"), QStringLiteral("header_timeout_ms"),
            QStringLiteral("body_timeout_ms"), QStringLiteral("idle_timeout_ms"),
            QStringLiteral("max_connections"), QStringLiteral("max_connections_per_client"),
            QStringLiteral("io_threads"), QStringLiteral("stream_queue_events"),
            QStringLiteral("stream_queue_bytes"), QStringLiteral("stream_idle_timeout_ms")});
        l.maxHeaderBytes = boundedInt(
            t, QStringLiteral("max_header_bytes"), int(l.maxHeaderBytes), 1024, 1 << 20);
        l.maxBodyBytes
            = boundedInt(t, QStringLiteral("max_body_bytes"), int(l.maxBodyBytes), 1024, 64 << 20);
        l.maxUrlBytes = boundedInt(t, QStringLiteral("max_url_bytes"), l.maxUrlBytes, 256, 1 << 20);
        l.headerTimeoutMs
            = boundedInt(t, QStringLiteral("header_timeout_ms"), l.headerTimeoutMs, 100, 600000);
        l.bodyTimeoutMs
            = boundedInt(t, QStringLiteral("body_timeout_ms"), l.bodyTimeoutMs, 100, 3600000);
        l.idleTimeoutMs
            = boundedInt(t, QStringLiteral("idle_timeout_ms"), l.idleTimeoutMs, 100, 3600000);
        l.maxConnections
            = boundedInt(t, QStringLiteral("max_connections"), l.maxConnections, 1, 1000000);
        l.maxConnectionsPerClient = boundedInt(
            t, QStringLiteral("max_connections_per_client"), l.maxConnectionsPerClient, 1, 1000000);
        l.ioThreads = boundedInt(t, QStringLiteral("io_threads"), l.ioThreads, 0, 64); // 0: auto
        l.streamQueueEvents
            = boundedInt(t, QStringLiteral("stream_queue_events"), l.streamQueueEvents, 1, 1000000);
        l.streamQueueBytes = boundedInt(
            t, QStringLiteral("stream_queue_bytes"), int(l.streamQueueBytes), 1024, 256 << 20);
        l.streamIdleTimeoutMs = boundedInt(
            t, QStringLiteral("stream_idle_timeout_ms"), l.streamIdleTimeoutMs, 1000, 3600000);
    }
    const auto tlsJson = json.value(QStringLiteral("tls"));
    if (!tlsJson.isUndefined()) {
        if (!tlsJson.isObject())
            throw ValidationError(QStringLiteral("tls"), QStringLiteral("must be an object"));
        JsonReader t(tlsJson.toObject(), QStringLiteral("tls."));
        t.rejectUnknown({QStringLiteral("cert"), QStringLiteral("key")});
        tls.certFile = t.requiredString(QStringLiteral("cert"));
        tls.keyFile = t.requiredString(QStringLiteral("key"));
    }
    const auto stores = json.value(QStringLiteral("object_stores"));
    if (!stores.isUndefined()) {
        if (!stores.isObject())
            throw ValidationError(QStringLiteral("object_stores"),
                QStringLiteral("must be an object keyed by region"));
        objectStores = stores.toObject();
    }
}
