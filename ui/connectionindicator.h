#pragma once

#include "models/eventstream.h"

#include <QWidget>

class QLabel;

/**
 * Status-bar badge for the live event stream: a coloured dot plus "Connected",
 * "Connecting…", "Reconnecting…" (after it had been connected) or "Offline". The tooltip
 * names the daemon and the last error.
 */
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionIndicator)

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    /** Shows @p state; Connecting reads "Reconnecting…" once a connection had existed. */
    void setState(EventStream::State state);
    EventStream::State state() const { return m_state; }
    /** The visible text, e.g. "Reconnecting…". */
    QString text() const;
    /** The dot's colour for the current state. */
    QColor color() const;
    /** Daemon URL and last error, shown as tooltip. */
    void setDetails(const QString &daemon, const QString &lastError);

private:
    void refresh();

    QLabel *m_dot;
    QLabel *m_label;
    EventStream::State m_state = EventStream::State::Offline;
    bool m_everConnected = false;
    QString m_daemon;
};
