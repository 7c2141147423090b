#include "models/connectioncheck.h"

#include "models/apiclient.h"
#include "models/apisequence.h"

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
    , m_sequence(new ApiSequence(this))
{
    buildSequence();
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
    m_sequence->cancel(); // a check still running is abandoned
    m_running = true;
    m_api->setBaseUrl(url);
    m_api->setToken(token.trimmed());
    m_version.clear();
    m_daemonAnswered = false;
    m_sequence->start();
}

void ConnectionCheck::buildSequence()
{
    // Is a daemon there (and which version)?
    m_sequence->then(QStringLiteral("healthz"), [this](const ApiSequence::Step &step) {
        return m_api->fetchHealth(m_sequence, [this, step](ApiResult<DaemonHealth> health) {
            if (!health)
                return step.fail(health.error());
            m_version = health.value().version;
            m_daemonAnswered = true;
            if (m_api->token().isEmpty())
                return step.fail({}); // a daemon answers, but there is no token to try
            step.next();
        });
    });
    // Does it take the token, and as whom?
    m_sequence->then(QStringLiteral("session"), [this](const ApiSequence::Step &step) {
        return m_api->fetchSession(m_sequence, [this, step](ApiResult<SessionInfo> session) {
            if (!session)
                return step.fail(session.error());
            m_session = session.value();
            step.next();
        });
    });
    connect(m_sequence, &ApiSequence::finished, this, [this] {
        Outcome outcome;
        outcome.ok = true;
        outcome.version = m_version;
        outcome.role = tokenRoleName(m_session.role);
        outcome.districts = m_session.districts;
        outcome.message = outcome.districts.isEmpty()
            ? tr("Daemon %1 accepts the token as %2.").arg(m_version, outcome.role)
            : tr("Daemon %1 accepts the token as %2 of %3.")
                  .arg(m_version, outcome.role, outcome.districts.join(QStringLiteral(", ")));
        finish(outcome);
    });
    connect(m_sequence, &ApiSequence::failed, this,
        [this](int index, const QString &, const ProblemDetails &problem) {
            if (index == 0 && m_daemonAnswered) {
                finish(
                    failure(tr("The daemon (version %1) answers, but every request needs a token.")
                                .arg(m_version),
                        m_version));
            } else if (index == 0) {
                finish(failure(tr("No daemon answers there: %1").arg(problem.message())));
            } else {
                finish(failure(problem.status == 401
                        ? tr("The daemon refuses this token (it is unknown or was revoked).")
                        : tr("The daemon answers, but: %1").arg(problem.message()),
                    m_version));
            }
        });
}

void ConnectionCheck::finish(Outcome outcome)
{
    m_running = false;
    emit finished(outcome);
}
