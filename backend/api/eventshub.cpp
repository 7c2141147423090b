#include "backend/api/eventshub.h"

#include "backend/api/apiserver.h"
#include "backend/api/logging.h"
#include "backend/core/verbosity.h"
#include "backend/services/eventbus.h"

#include <QJsonDocument>

namespace {

constexpr quint16 kClosePolicyViolation = 1008;
constexpr quint16 kCloseGoingAway = 1001;

} // namespace

EventsHub::EventsHub(ApiServer &server, EventBus &bus, AuthService &auth, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_bus(bus)
    , m_auth(auth)
{
    // A revoked (or expired) token stops working at once, open event streams included.
    connect(&m_auth, &AuthService::tokenRevoked, this, &EventsHub::closeStreamsOf);
    connect(&m_bus, &EventBus::published, this, &EventsHub::broadcast);
    m_server.setStreamOpener(
        [this](std::shared_ptr<EventSink> sink, const Principal &principal,
            const QUrlQuery &query) { open(std::move(sink), principal, query); });
}

EventsHub::~EventsHub()
{
    m_server.setStreamOpener({});
    for (const auto &client : std::as_const(m_clients)) {
        if (auto sink = client.sink.lock())
            sink->close(kCloseGoingAway, "the daemon is shutting down");
    }
}

int EventsHub::clientCount() const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(),
        [](const Client &client) { return !client.sink.expired(); }));
}

std::shared_ptr<const QByteArray> EventsHub::serialize(const Event &event)
{
    return std::make_shared<const QByteArray>(
        QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact));
}

void EventsHub::closeStreamsOf(const QString &tokenId)
{
    m_clients.removeIf([&tokenId](const Client &client) {
        if (client.principal.tokenId != tokenId)
            return false;
        if (auto sink = client.sink.lock()) {
            qCInfo(lcEvents) << "closing a stream: its token" << tokenId << "no longer works";
            // Not one more event for it: it leaves the list now, whatever the peer does.
            sink->close(kClosePolicyViolation, "token revoked");
        }
        return true;
    });
}

bool EventsHub::visibleTo(const Event &event, const Principal &principal)
{
    if (!principal.isAuditor())
        return true;
    // Fleet events carry no district data; district-scoped ones only reach that district's
    // auditors.
    const auto district = event.district();
    return district.isEmpty() || principal.districts.contains(district);
}

void EventsHub::open(
    std::shared_ptr<EventSink> sink, const Principal &principal, const QUrlQuery &query)
{
    // The token may have been revoked between the upgrade and now.
    if (!m_auth.isActive(principal.tokenId)) {
        sink->close(kClosePolicyViolation, "token revoked");
        return;
    }
    const Event hello{0, QDateTime::currentDateTimeUtc(), HelloEvent{m_bus.latestSeq()}};
    sink->deliver(0, serialize(hello));

    if (!query.hasQueryItem(QStringLiteral("since"))
        && query.hasQueryItem(QStringLiteral("history"))) {
        // A client without a position asks for recent history to show (not to apply): the last
        // N buffered events it may see, oldest first, all at or below hello's latest_seq.
        bool ok = false;
        const auto wanted = std::clamp<qint64>(
            query.queryItemValue(QStringLiteral("history")).toLongLong(&ok), 0, 1000);
        const auto from = std::max(m_bus.oldestSeq() - 1, m_bus.latestSeq() - (ok ? wanted : 0));
        if (const auto recent = m_bus.since(std::max<qint64>(0, from))) {
            for (const auto &event : *recent) {
                if (visibleTo(event, principal))
                    sink->deliver(event.seq, serialize(event));
            }
        }
    }
    if (query.hasQueryItem(QStringLiteral("since"))) {
        bool ok = false;
        const auto since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        const auto missed = ok ? m_bus.since(since) : std::nullopt;
        if (missed) {
            for (const auto &event : *missed) {
                if (visibleTo(event, principal))
                    sink->deliver(event.seq, serialize(event));
            }
        } else {
            // Reload state, then follow from the latest event: what came before is in the state.
            const Event reset{0, QDateTime::currentDateTimeUtc(),
                StreamResetEvent{ok
                        ? QStringLiteral("events after %1 are no longer buffered (the oldest kept "
                                         "is %2)")
                              .arg(since)
                              .arg(m_bus.oldestSeq())
                        : QStringLiteral("since must be an integer"),
                    m_bus.latestSeq(), true}};
            sink->deliver(0, serialize(reset));
        }
    }
    m_clients.removeIf([](const Client &client) { return client.sink.expired(); });
    m_clients.append({sink, principal});
    qCInfo(lcEvents) << "client connected;" << m_clients.size() << "listening";
}

void EventsHub::broadcast(const Event &event)
{
    if (Verbosity::apiVerbose())
        qCInfo(lcEvents).noquote() << "event" << event.seq << event.typeName();
    std::shared_ptr<const QByteArray> text;
    bool pruned = false;
    for (const auto &client : std::as_const(m_clients)) {
        auto sink = client.sink.lock();
        if (!sink) {
            pruned = true;
            continue;
        }
        if (!visibleTo(event, client.principal))
            continue;
        if (!text)
            text = serialize(event); // once for every client
        sink->deliver(event.seq, text);
    }
    if (pruned)
        m_clients.removeIf([](const Client &client) { return client.sink.expired(); });
}
