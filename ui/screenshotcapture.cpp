#include "ui/screenshotcapture.h"

#include "models/consolecontroller.h"
#include "models/podtablemodel.h"
#include "ui/logging.h"
#include "ui/mainwindow.h"
#include "ui/map/worldmapview.h"
#include "ui/podactions.h"

#include <QPixmap>

#include <cstdio>

ScreenshotCapture::ScreenshotCapture(MainWindow *window, ConsoleController *controller,
    QString file, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(controller)
    , m_file(std::move(file))
    , m_timeout(timeout)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotCapture::check);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
        [this] { abort(tr("the fleet did not load within %1 s").arg(m_timeout.count() / 1000)); });
}

void ScreenshotCapture::start()
{
    m_deadline.start(m_timeout);
    m_poll.start();
}

void ScreenshotCapture::check()
{
    if (m_done || !m_controller->hasLoaded() || m_controller->podModel()->rowCount() == 0
        || m_window->mapView()->markerCount() == 0)
        return;
    m_poll.stop();
    if (!m_detailPod.isEmpty()) {
        auto *details = m_window->podActions()->showDetails(m_detailPod);
        if (!details)
            return abort(tr("there is no pod %1").arg(m_detailPod));
        details->resize(details->sizeHint().expandedTo(QSize(760, 640)));
    }
    // Give the first health events a moment to land and the layouts one more pass (the start-up
    // benchmark sets RP_SCREENSHOT_SETTLE_MS=0 to time the first painted map itself).
    const int settleMs = qEnvironmentVariableIsSet("RP_SCREENSHOT_SETTLE_MS")
        ? qEnvironmentVariableIntValue("RP_SCREENSHOT_SETTLE_MS")
        : 1500;
    QTimer::singleShot(settleMs, this, &ScreenshotCapture::capture);
}

void ScreenshotCapture::capture()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    QWidget *target = m_window;
    if (!m_detailPod.isEmpty() && m_window->podActions()->detailDialog())
        target = m_window->podActions()->detailDialog();
    const QPixmap pixmap = target->grab();
    if (!pixmap.save(m_file, "PNG")) {
        std::fprintf(stderr, "regionalpods: cannot write screenshot %s\n", qPrintable(m_file));
        emit finished(1);
        return;
    }
    qCInfo(lcUi).noquote() << "screenshot saved to" << m_file << pixmap.size();
    emit finished(0);
}

void ScreenshotCapture::abort(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    m_deadline.stop();
    std::fprintf(stderr, "regionalpods: no screenshot: %s\n", qPrintable(reason));
    emit finished(1);
}
