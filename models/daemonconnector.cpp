#include "models/daemonconnector.h"

#include "models/apiclient.h"
#include "models/daemonlauncher.h"
#include "models/logging.h"

namespace {

QUrl localUrl(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

} // namespace

DaemonConnector::DaemonConnector(
    const ConnectionOptions &options, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_probe(new ApiClient(network, this))
    , m_launcher(new DaemonLauncher(this))
{
    m_probe->setTimeout(std::chrono::milliseconds(3000));
    if (!m_options.daemonProgram.isEmpty())
        m_launcher->setProgram(m_options.daemonProgram);
    connect(m_launcher, &DaemonLauncher::started, this, [this](quint16 port) {
        const QUrl url = localUrl(port);
        probe(url, [this, url](bool ok, const QString &error) {
            if (ok)
                succeed(url);
            else
                emit failed(tr("The daemon started on port %1 but does not answer: %2")
                                .arg(url.port())
                                .arg(error));
        });
    });
    connect(m_launcher, &DaemonLauncher::failed, this, &DaemonConnector::failed);
}

DaemonConnector::~DaemonConnector()
{
    stopLaunchedDaemon();
}

void DaemonConnector::setProbeTimeout(std::chrono::milliseconds timeout)
{
    m_probe->setTimeout(timeout);
}

void DaemonConnector::stopLaunchedDaemon()
{
    m_launcher->stop();
}

void DaemonConnector::probe(const QUrl &url, std::function<void(bool, const QString &)> done)
{
    m_probe->setBaseUrl(url);
    m_probe->fetchHealth(this, [done = std::move(done)](ApiResult<DaemonHealth> result) {
        if (result)
            qCInfo(lcClient).noquote() << "daemon" << result.value().version << "up for"
                                       << result.value().uptimeSeconds << "s";
        done(result.ok(), result ? QString() : result.error().message());
    });
}

void DaemonConnector::connectToDaemon()
{
    const QUrl url = m_options.effectiveUrl();
    emit progress(tr("Connecting to %1…").arg(url.toDisplayString()));
    probe(url, [this, url](bool ok, const QString &error) {
        if (ok)
            return succeed(url);
        if (m_options.isDefaultLocalUrl())
            tryAnnouncedDaemon();
        else
            emit failed(tr("Cannot reach the daemon at %1.\n%2").arg(url.toDisplayString(), error));
    });
}

void DaemonConnector::tryAnnouncedDaemon()
{
    // A daemon started by another console (on port 0) announces itself in the data dir;
    // starting a second one on the same data dir would fight over its database.
    const quint16 port = DaemonLauncher::readPortFile(m_options.effectiveDataDir());
    if (port == 0)
        return launch();
    const QUrl url = localUrl(port);
    probe(url, [this, url](bool ok, const QString &) {
        if (ok)
            succeed(url);
        else
            launch();
    });
}

void DaemonConnector::launch()
{
    const auto dataDir = m_options.effectiveDataDir();
    emit progress(
        tr("No daemon running; starting the bundled demo daemon (data in %1)…").arg(dataDir));
    m_launcher->start(dataDir);
}

void DaemonConnector::succeed(const QUrl &url)
{
    m_url = url;
    const QString token = m_options.resolveToken();
    if (token.isEmpty())
        qCWarning(lcClient) << "no token from --token, REGIONALPODS_TOKEN, settings or"
                            << m_options.effectiveDataDir() << "/admin.token";
    emit progress(tr("Connected to %1").arg(url.toDisplayString()));
    emit connected(url, token);
}
