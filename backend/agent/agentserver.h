#pragma once

#include "backend/agent/agentmetrics.h"
#include "backend/agent/agentoptions.h"
#include "backend/agent/agentreply.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class DeferredResponder;
class FaultInjector;

/**
 * The agent's HTTP API: /healthz, /metrics, /v1/infer, /drain and /faults. Answers are written
 * from timers, not from handleRequest(), so simulated work and injected latency never block the
 * event loop and concurrent requests overlap.
 */
class AgentServer : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentServer)

public:
    explicit AgentServer(const AgentOptions &options, QObject *parent = nullptr);
    ~AgentServer() override;

    /** Listens on the configured host and port; returns the bound port, or 0 (see errorString()).
     */
    quint16 start();
    QString errorString() const { return m_error; }

    /**
     * Stops accepting connections, answers later requests 503 and emits drained() once every
     * accepted request has been answered (at once if none is outstanding).
     */
    void beginShutdown();

    int outstanding() const { return m_outstanding; }

signals:
    /** After beginShutdown(): nothing accepted is left to answer. */
    void drained();
    /** POST /faults armed the crash fault; its answer has already been flushed. */
    void crashRequested();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Responder = std::shared_ptr<DeferredResponder>;

    void dispatch(const Responder &responder, QHttpServerRequest::Method method,
        const QString &path, const QByteArray &authorization, const QByteArray &body,
        const QElapsedTimer &received);
    void handleInference(const Responder &responder, const QByteArray &body,
        const QElapsedTimer &received, int extraLatencyMs);
    void handleFaultUpdate(const Responder &responder, const QByteArray &body);
    AgentReply healthReply() const;
    AgentReply drainReply(bool draining);

    /** Sends `reply` once `delayMs` have passed since `received`, counting it as an inference if
     * asked. */
    void answer(const Responder &responder, const AgentReply &reply, const QElapsedTimer &received,
        int delayMs, bool isInference);
    /** Runs `action` no earlier than `targetMs` after `received`; tracked for beginShutdown(). */
    void defer(const QElapsedTimer &received, qint64 targetMs, std::function<void()> action);
    void waitUntil(const QElapsedTimer &received, qint64 targetMs, std::function<void()> action);
    void park(const Responder &responder);
    /** Why a /faults or /drain call may not proceed (empty when its bearer secret matches). */
    std::optional<AgentReply> refuseControl(const QByteArray &authorization) const;
    void releaseParked();

    AgentOptions m_options;
    AgentMetrics m_metrics;
    FaultInjector *m_faults = nullptr;
    QElapsedTimer m_uptime;
    QString m_error;
    std::vector<Responder> m_parked; // requests caught by the hang fault, never answered
    qint64 m_inFlight = 0;
    int m_outstanding = 0;
    bool m_draining = false;
    bool m_stopping = false;
};
