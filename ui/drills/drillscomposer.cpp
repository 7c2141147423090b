#include "ui/drills/drillscomposer.h"

#include "models/compliance/capabilities.h"
#include "models/consolecontroller.h"
#include "models/drills/drillmonitor.h"
#include "models/drills/drillsclient.h"
#include "models/podtablemodel.h"
#include "models/regionlistmodel.h"
#include "ui/drills/drillwizard.h"
#include "ui/windowactions.h"

#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

DrillsComposer::DrillsComposer(
    ConsoleController *controller, Capabilities *capabilities, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_capabilities(capabilities)
    , m_client(new DrillsClient(*controller->api(), this))
    , m_monitor(new DrillMonitor(m_client, this))
{
    connect(
        m_controller->stream(), &EventStream::eventReceived, m_monitor, &DrillMonitor::applyEvent);
    connect(m_controller, &ConsoleController::fleetLoaded, m_monitor, &DrillMonitor::reload);
    connect(m_monitor, &DrillMonitor::activeChanged, this, &DrillsComposer::updateStatus);
    if (m_capabilities)
        connect(m_capabilities, &Capabilities::changed, this, &DrillsComposer::applyCapabilities);
}

DrillsComposer::~DrillsComposer() = default;

void DrillsComposer::attachTo(QMainWindow *window)
{
    if (m_window)
        return;
    m_window = window;
    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("drillStatus"));
    m_status->setStyleSheet(QStringLiteral(
        "QLabel { background: #b26a00; color: white; padding: 1px 8px; border-radius: 3px; }"));
    m_status->hide();
    window->statusBar()->insertPermanentWidget(0, m_status);
    auto *menu = new QMenu(tr("Dri&lls"), window);
    menu->setObjectName(QStringLiteral("drillsMenu"));
    m_newDrill = windowAction(window, QStringLiteral("newDrill"), tr("New &Failover Drill…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_newDrill, &QAction::triggered, this, [this] { openWizard(); });
    menu->addAction(m_newDrill);
    insertMenuBeforeHelp(window->menuBar(), menu);
    applyCapabilities();
    updateStatus();
}

DrillWizard *DrillsComposer::openWizard()
{
    if (m_capabilities && !m_capabilities->canOperate())
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    QStringList regions;
    for (const Region &region : m_controller->regionModel()->regions())
        regions.append(region.id);
    QStringList pods;
    for (const Pod &pod : m_controller->podModel()->pods())
        pods.append(pod.id);
    pods.sort();
    m_wizard = new DrillWizard(m_client, m_monitor, regions, pods, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->show();
    return m_wizard;
}

void DrillsComposer::updateStatus()
{
    if (!m_status)
        return;
    const QString text = m_monitor->statusText();
    m_status->setText(text);
    m_status->setToolTip(text);
    m_status->setVisible(!text.isEmpty());
}

void DrillsComposer::applyCapabilities()
{
    if (!m_newDrill)
        return;
    const bool may = !m_capabilities || m_capabilities->canOperate();
    m_newDrill->setEnabled(may);
    m_newDrill->setToolTip(may ? actionToolTip(m_newDrill->text(), m_newDrill->shortcut())
                               : tr("Drills need an operator or admin token"));
}
