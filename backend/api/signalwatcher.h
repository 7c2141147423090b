#pragma once

#include <QObject>

class QSocketNotifier;

/**
 * Turns SIGTERM/SIGINT into a Qt signal through a self-pipe, so that shutdown work runs on
 * the event loop instead of inside the async-signal handler.
 */
class SignalWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
