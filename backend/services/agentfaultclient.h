#pragma once

#include "backend/core/pod.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

class ComputeProvider;

/**
 * A drill's hands on one replica: its agent's control API (POST and GET /faults) at the
 * provider's endpoint, with the provider's control token. Asynchronous; each call answers
 * exactly once, within the timeout (an agent that is gone or hung on /faults fails it).
 */
class AgentFaultClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentFaultClient)

public:
    struct Result
    {
        bool ok = false;
        QJsonObject body; // the agent's fault state ({"mode", …}) when ok
        QString error; // why not, for people
    };
    using Done = std::function<void(const Result &)>;

    explicit AgentFaultClient(
        ComputeProvider &provider, int timeoutMs = 2000, QObject *parent = nullptr);

    /** POST /faults @p spec on @p replica. */
    void apply(const Replica &replica, const QJsonObject &spec, Done done);
    /** GET /faults on @p replica. */
    void read(const Replica &replica, Done done);

private:
    void send(const Replica &replica, const QByteArray &method, const QByteArray &body, Done done);

    ComputeProvider &m_provider;
    QNetworkAccessManager m_network;
    int m_timeoutMs;
};
