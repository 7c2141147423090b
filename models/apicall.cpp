#include "models/apicall.h"

#include <QNetworkReply>

namespace {

// Set on a reply whose answer nobody wants any more; ApiClient's finished handler checks it.
constexpr char kCancelled[] = "rpCancelled";

} // namespace

ApiCall::ApiCall(QNetworkReply *reply)
    : m_reply(reply)
{ }

void ApiCall::cancel()
{
    if (m_reply)
        cancel(m_reply);
}

bool ApiCall::isRunning() const
{
    return m_reply && !m_reply->isFinished() && !wasCancelled(m_reply);
}

void ApiCall::cancel(QNetworkReply *reply)
{
    if (reply->isFinished() || wasCancelled(reply))
        return;
    reply->setProperty(kCancelled, true);
    reply->abort(); // emits finished(), which the client ignores for a cancelled reply
}

bool ApiCall::wasCancelled(const QNetworkReply *reply)
{
    return reply->property(kCancelled).toBool();
}
