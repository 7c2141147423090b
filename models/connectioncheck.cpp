#include "models/connectioncheck.h"

#include "models/apiclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace {

ConnectionCheck::Outcome failure(const QString &message, const QString &version = {})
{
    ConnectionCheck::Outcome outcome;
    outcome.message = message;
    outcome.version = version;
    return outcome;
}

} // namespace

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(this))
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
    const int generation = ++m_generation;
    m_running = true;
    m_api->setBaseUrl(url);
    m_api->setToken(token.trimmed());
    QPointer<ConnectionCheck> self(this);
    m_api->fetchHealth([self, generation, token](ApiResult<DaemonHealth> health) {
        if (!self || generation != self->m_generation)
            return;
        if (!health) {
            self->finish(failure(tr("No daemon answers there: %1").arg(health.error().message())));
            return;
        }
        const QString version = health.value().version;
        if (token.trimmed().isEmpty()) {
            self->finish(
                failure(tr("The daemon (version %1) answers, but every request needs a token.")
                            .arg(version),
                    version));
            return;
        }
        self->m_api->requestJson("GET", QStringLiteral("/session"), std::nullopt,
            [self, generation, version](ApiResult<QJsonObject> session) {
                if (!self || generation != self->m_generation)
                    return;
                if (!session) {
                    const auto &problem = session.error();
                    self->finish(failure(problem.status == 401
                            ? tr("The daemon refuses this token (it is unknown or was revoked).")
                            : tr("The daemon answers, but: %1").arg(problem.message()),
                        version));
                    return;
                }
                Outcome outcome;
                outcome.ok = true;
                outcome.version = version;
                outcome.role = session.value().value(QStringLiteral("role")).toString();
                for (const auto &d : session.value().value(QStringLiteral("districts")).toArray())
                    outcome.districts.append(d.toString());
                outcome.message = outcome.districts.isEmpty()
                    ? tr("Daemon %1 accepts the token as %2.").arg(version, outcome.role)
                    : tr("Daemon %1 accepts the token as %2 of %3.")
                          .arg(version, outcome.role, outcome.districts.join(QStringLiteral(", ")));
                self->finish(outcome);
            });
    });
}

void ConnectionCheck::finish(Outcome outcome)
{
    m_running = false;
    emit finished(outcome);
}
