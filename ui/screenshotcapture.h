#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class ConsoleController;
class MainWindow;

/**
 * `--screenshot FILE`: waits until the fleet is loaded (pods in the table, markers on the
 * map), lets the window settle, grabs it to a PNG and reports finished(0); reports
 * finished(1) with a message on stderr when that does not happen before the deadline.
 */
class ScreenshotCapture : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotCapture)

public:
    ScreenshotCapture(MainWindow *window, ConsoleController *controller, QString file,
        std::chrono::milliseconds timeout, QObject *parent = nullptr);

    /** Starts watching; the window should already be shown at its final size. */
    void start();
    /** Captures @p podId's detail view instead of the main window. */
    void setDetailPod(const QString &podId) { m_detailPod = podId; }
    /** Gives up now with @p reason (e.g. the daemon could not be reached). */
    void abort(const QString &reason);

signals:
    void finished(int exitCode);

private:
    void check();
    void capture();

    MainWindow *m_window;
    ConsoleController *m_controller;
    QString m_file;
    QString m_detailPod;
    std::chrono::milliseconds m_timeout;
    QTimer m_poll;
    QTimer m_deadline;
    bool m_done = false;
};
