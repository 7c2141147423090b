#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QTimer>

class RoutingTable;

/**
 * A drill's synthetic probes: every interval, for each watched district, one POST /v1/infer to
 * the pod the routing table names for it right now (none when it fails closed), apart from the
 * demo traffic. Each answer (or timeout) is reported with the time it was sent, in ms on the
 * prober's own monotonic timer, which starts with start().
 */
class DrillProber : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillProber)

public:
    explicit DrillProber(const RoutingTable &routing, int intervalMs = 200, int timeoutMs = 1000,
        QObject *parent = nullptr);

    /** Probes @p districts; @p allowed: each one's pods its policy allows (out-of-zone check). */
    void start(
        const QStringList &districts, const QHash<QString, QStringList> &allowed, qint64 originMs);
    void stop();

Q_SIGNALS:
    /** @p sentMs: since the origin given to start(). @p pod "" = no route (fails closed). */
    void probed(const QString &district, qint64 sentMs, const QString &pod, bool ok,
        double latencyMs, bool allowed);

private:
    void tick();

    const RoutingTable &m_routing;
    int m_timeoutMs;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    qint64 m_originMs = 0;
    QStringList m_districts;
    QHash<QString, QStringList> m_allowed;
    QHash<QString, int> m_inFlight;
    quint64 m_generation = 0; // answers of an earlier start() are dropped
};
