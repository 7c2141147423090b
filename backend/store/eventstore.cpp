#include "backend/store/eventstore.h"

#include "backend/core/validationerror.h"
#include "backend/store/database.h"
#include "backend/store/logging.h"

#include <QJsonDocument>
#include <QSqlQuery>

EventStore::EventStore(Database &db)
    : m_db(db)
{ }

void EventStore::append(const Event &event)
{
    m_db.exec(QStringLiteral("INSERT INTO events (seq, time, type, data) VALUES (?, ?, ?, ?)"),
        {event.seq, event.time.toUTC().toString(Qt::ISODateWithMs), event.typeName(),
            QString::fromUtf8(QJsonDocument(event.data()).toJson(QJsonDocument::Compact))});
}

qint64 EventStore::latestSeq()
{
    auto q = m_db.exec(QStringLiteral("SELECT MAX(seq) FROM events"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Event> EventStore::tail(int limit)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT seq, time, type, data FROM events ORDER BY seq DESC LIMIT ?"),
        {limit});
    QList<Event> out;
    while (q.next()) {
        Event e;
        e.seq = q.value(0).toLongLong();
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        const auto type = q.value(2).toString();
        try {
            e.payload = Event::payloadFromJson(
                type, QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        } catch (const ValidationError &error) {
            // Written by an older build in a shape this one no longer reads: the replay stops
            // here, so a client asking for it reloads state instead (stream.reset).
            qCWarning(lcStore) << "event" << e.seq << type << "is not replayable:" << error.what();
            break;
        }
        out.prepend(e);
    }
    return out;
}

void EventStore::prune(int keep)
{
    m_db.exec(QStringLiteral("DELETE FROM events WHERE seq <= (SELECT MAX(seq) FROM events) - ?"),
        {keep});
}
