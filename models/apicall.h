#pragma once

#include <QPointer>

class QNetworkReply;

/**
 * One daemon call in flight, as ApiClient returns it. cancel() aborts the request and its
 * callback never runs; a default-constructed or finished call does nothing. Holding the handle
 * is optional: a caller that starts a newer request for the same thing cancels the older one
 * (instead of counting generations), and one that just needs the answer drops it.
 */
class ApiCall
{
public:
    ApiCall() = default;

    /** Aborts the request if it still runs; its callback is not called. */
    void cancel();
    /** True while the request has not finished and was not cancelled. */
    bool isRunning() const;

private:
    friend class ApiClient;
    explicit ApiCall(QNetworkReply *reply);
    /** Marks @p reply as unwanted and aborts it (ApiClient::cancelAll() and cancel()). */
    static void cancel(QNetworkReply *reply);
    static bool wasCancelled(const QNetworkReply *reply);

    QPointer<QNetworkReply> m_reply;
};
