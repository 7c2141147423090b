#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

/**
 * Turns POSIX signals into a Qt signal with the self-pipe pattern: the handler only writes the
 * signal number to a socket pair, and the event loop reads it. One instance per process. Used by
 * the daemon and the agent: QtCore only, no domain logic, kept here so both share one copy.
 */
class SignalWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /** Installs handlers for `signalNumbers`; returns false (and logs why) on failure. */
    bool watch(std::initializer_list<int> signalNumbers);

signals:
    void signalReceived(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_watched;
};
