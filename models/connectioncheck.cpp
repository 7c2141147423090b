#include "models/connectioncheck.h"

#include "models/apiclient.h"

namespace {

ConnectionCheck::Outcome failure(const QString &message, const QString &version = {})
{
    ConnectionCheck::Outcome outcome;
    outcome.message = message;
    outcome.version = version;
    return outcome;
}

} // namespace

ConnectionCheck::ConnectionCheck(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(network, this))
{
    m_api->setTimeout(std::chrono::seconds(5));
}

ConnectionCheck::~ConnectionCheck() = default;

QUrl ConnectionCheck::parseUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Enter the daemon's address, e.g. http://127.0.0.1:7420.");
        return {};
    }
    QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed,
        QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("'%1' is not a daemon address; use http://HOST:PORT.").arg(trimmed);
        return {};
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        *error = tr("'%1': the daemon speaks http or https, not %2.").arg(trimmed, url.scheme());
        return {};
    }
    if (url.hasQuery() || url.hasFragment()) {
        *error = tr("'%1': a daemon address has no query or fragment.").arg(trimmed);
        return {};
    }
    return url;
}

void ConnectionCheck::start(const QUrl &url, const QString &token)
{
    m_running = true;
    m_api->setBaseUrl(url); // a check still running is cancelled with the old endpoint
    m_api->setToken(token.trimmed());
    m_api->cancelAll(); // … and when the endpoint is the same
    // Two steps, each with its own failure: is a daemon there (/healthz), does it take the token
    // (/session).
    m_api->fetchHealth(this, [this, token](ApiResult<DaemonHealth> health) {
        if (!health) {
            finish(failure(tr("No daemon answers there: %1").arg(health.error().message())));
            return;
        }
        const QString version = health.value().version;
        if (token.trimmed().isEmpty()) {
            finish(failure(tr("The daemon (version %1) answers, but every request needs a token.")
                               .arg(version),
                version));
            return;
        }
        m_api->fetchSession(this, [this, version](ApiResult<SessionInfo> session) {
            if (!session) {
                const auto &problem = session.error();
                finish(failure(problem.status == 401
                        ? tr("The daemon refuses this token (it is unknown or was revoked).")
                        : tr("The daemon answers, but: %1").arg(problem.message()),
                    version));
                return;
            }
            Outcome outcome;
            outcome.ok = true;
            outcome.version = version;
            outcome.role = session.value().role;
            outcome.districts = session.value().districts;
            outcome.message = outcome.districts.isEmpty()
                ? tr("Daemon %1 accepts the token as %2.").arg(version, outcome.role)
                : tr("Daemon %1 accepts the token as %2 of %3.")
                      .arg(version, outcome.role, outcome.districts.join(QStringLiteral(", ")));
            finish(outcome);
        });
    });
}

void ConnectionCheck::finish(Outcome outcome)
{
    m_running = false;
    emit finished(outcome);
}
