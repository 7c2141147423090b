#pragma once

// Reaching one agent's control API from a test, as the daemon does: its port and replica index
// from GET /pods, and the secret the daemon gave it at launch, read from the agent's data dir.

#include "daemonprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>

struct AgentControl
{
    int port = 0;
    int index = -1;
    QByteArray secret;

    /** POST /faults {"mode": …} (plus @p extra fields, e.g. ",\"latency_ms\":80"). */
    HttpResult arm(
        QNetworkAccessManager &network, const QByteArray &mode, const QByteArray &extra = {}) const
    {
        return httpRequest(network, port, "POST", QStringLiteral("/faults"),
            QByteArray("{\"mode\":\"") + mode + '"' + extra + '}', "Bearer " + secret);
    }
};

/** The control API of the agent with process id @p pid, under @p daemon. */
inline AgentControl agentControl(DaemonProcess &daemon, qint64 pid)
{
    AgentControl control;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return control;
    const auto args = QString::fromLocal8Bit(cmdline.readAll()).split(QChar(0));
    QFile secret(QDir(args.value(args.indexOf(QStringLiteral("--data-dir")) + 1))
                     .filePath(QStringLiteral("control.secret")));
    if (secret.open(QIODevice::ReadOnly))
        control.secret = secret.readAll().trimmed();
    for (const auto &p :
        daemon.request("GET", QStringLiteral("/pods")).json().value("pods").toArray())
        for (const auto &r : p.toObject().value("replica_status").toArray())
            if (r.toObject().value("pid").toInteger() == pid) {
                control.port = r.toObject().value("port").toInt();
                control.index = r.toObject().value("index").toInt();
            }
    return control;
}
