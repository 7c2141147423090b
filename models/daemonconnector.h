#pragma once

#include "models/connectionoptions.h"

#include <QObject>
#include <QUrl>

#include <chrono>

class ApiClient;
class QNetworkAccessManager;
class DaemonLauncher;

/**
 * Finds a daemon to talk to: probes GET /healthz at the configured URL; when nothing answers
 * and the URL is the default local one, reuses a daemon that announced itself in the data
 * dir's daemon.port, else starts the bundled one with DaemonLauncher (which stops it again
 * when the connector is destroyed). Ends in connected(url, token) or failed(message).
 */
class DaemonConnector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DaemonConnector)

public:
    /** Probes through @p network (not owned; it must outlive this). */
    DaemonConnector(const ConnectionOptions &options, QNetworkAccessManager &network,
        QObject *parent = nullptr);
    ~DaemonConnector() override;

    /** Starts the asynchronous search; emits progress() on the way. */
    void connectToDaemon();
    /** Stops a daemon this connector started (nothing otherwise). */
    void stopLaunchedDaemon();

    const ConnectionOptions &options() const { return m_options; }
    /** The daemon's URL once connected. */
    QUrl url() const { return m_url; }
    DaemonLauncher *launcher() const { return m_launcher; }
    /** How long each /healthz probe may take. */
    void setProbeTimeout(std::chrono::milliseconds timeout);

signals:
    void progress(const QString &message);
    void connected(const QUrl &url, const QString &token);
    void failed(const QString &message);

private:
    void probe(const QUrl &url, std::function<void(bool ok, const QString &error)> done);
    void tryAnnouncedDaemon();
    void launch();
    void succeed(const QUrl &url);

    ConnectionOptions m_options;
    ApiClient *m_probe;
    DaemonLauncher *m_launcher;
    QUrl m_url;
};
