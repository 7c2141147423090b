#pragma once

#include "backend/core/sessioninfo.h"

#include <QObject>
#include <QString>
#include <QUrl>

class ApiClient;
class ApiSequence;
class QNetworkAccessManager;

/**
 * Tries a daemon URL and token before the console switches to them: GET /healthz (is anything
 * there, which version) and GET /session (is the token accepted, which role). Nothing of the
 * running console changes; the outcome comes back in finished().
 */
class ConnectionCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    struct Outcome
    {
        bool ok = false;
        QString message; // readable: what failed and why, or who the token signs in as
        QString version; // the daemon's, when it answered /healthz
        QString role; // "admin", "operator", "auditor" when the token was accepted
        QStringList districts; // an auditor's scope
    };

    /** Checks through @p network (not owned; it must outlive this). */
    explicit ConnectionCheck(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    /** Returns the URL a person typed as a daemon base URL (scheme http added when missing), or
     *  an invalid QUrl with @p error set when it cannot be one. */
    static QUrl parseUrl(const QString &text, QString *error);

    /** Starts checking @p url with @p token; a check still running is abandoned. */
    void start(const QUrl &url, const QString &token);
    bool isRunning() const { return m_running; }

signals:
    void finished(const ConnectionCheck::Outcome &outcome);

private:
    void buildSequence();
    void finish(Outcome outcome);

    ApiClient *m_api;
    ApiSequence *m_sequence;
    QString m_version; // of the daemon that answered /healthz
    bool m_daemonAnswered = false;
    SessionInfo m_session;
    bool m_running = false;
};
