#include "ui/compliance/compliancecomposer.h"

#include "models/apiclient.h"

#include "models/compliance/capabilities.h"
#include "models/compliance/complianceclient.h"
#include "models/compliance/compliancelogging.h"
#include "models/compliance/compliancemonitor.h"
#include "models/compliance/compliancesummarymodel.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "models/podtablemodel.h"
#include "models/regionlistmodel.h"
#include "ui/compliance/auditreportdialog.h"
#include "ui/compliance/compliancedashboard.h"
#include "ui/compliance/compliancemapoverlay.h"
#include "ui/compliance/consenteditor.h"
#include "ui/compliance/migrationdialog.h"
#include "ui/map/worldmapview.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

ComplianceComposer::ComplianceComposer(ConsoleController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_capabilities(new Capabilities(this))
    , m_client(new ComplianceClient(*controller->api(), this))
    , m_monitor(new ComplianceMonitor(m_client, this))
{ }

ComplianceComposer::~ComplianceComposer()
{
    // The window may outlive us; what it shows of ours must not outlive the models.
    delete m_auditDialog;
    delete m_migrationDialog;
    delete m_consentEditor;
    delete m_dock;
}

void ComplianceComposer::attachTo(
    QMainWindow *window, WorldMapView *map, QList<QAction *> operatorActions)
{
    if (m_window)
        return;
    m_window = window;
    for (QAction *a : operatorActions)
        m_operatorActions.append(a);
    m_map = map;

    m_dashboard = new ComplianceDashboard(m_monitor, m_capabilities, window);
    m_dock = new QDockWidget(tr("Compliance"), window);
    m_dock->setObjectName(QStringLiteral("complianceDock"));
    m_dock->setWidget(m_dashboard);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    window->resizeDocks({m_dock}, {640}, Qt::Horizontal);

    if (map) {
        m_overlay = new ComplianceMapOverlay(map, m_client, this);
        connect(m_overlay, &ComplianceMapOverlay::updated, m_dashboard,
            [this] { m_dashboard->setMapLegend(m_overlay->legend()); });
        connect(m_overlay, &ComplianceMapOverlay::errorOccurred, m_dashboard,
            &ComplianceDashboard::setMapLegend);
        connect(m_dashboard, &ComplianceDashboard::currentDistrictChanged, m_overlay,
            [this](const QString &id) {
                m_overlay->setDistrict(id);
                if (const auto report = m_monitor->report(id))
                    m_overlay->setReport(*report);
            });
        connect(m_dashboard, &ComplianceDashboard::mapDataClassChanged, m_overlay,
            &ComplianceMapOverlay::setDataClass);
        connect(m_monitor, &ComplianceMonitor::reportReady, m_overlay,
            &ComplianceMapOverlay::setReport);
    }
    connect(m_dashboard, &ComplianceDashboard::auditReportRequested, this,
        &ComplianceComposer::openAuditReport);
    connect(m_dashboard, &ComplianceDashboard::migrationRequested, this,
        &ComplianceComposer::openMigration);
    connect(m_dashboard, &ComplianceDashboard::consentsRequested, this,
        &ComplianceComposer::openConsents);
    connect(m_dashboard, &ComplianceDashboard::refreshRequested, m_monitor,
        &ComplianceMonitor::refresh);

    createActions();
    wireController();
    connect(m_capabilities, &Capabilities::changed, this, &ComplianceComposer::applyCapabilities);
    applyCapabilities();
}

ComplianceDashboard *ComplianceComposer::dashboard() const
{
    return m_dashboard;
}

QDockWidget *ComplianceComposer::dock() const
{
    return m_dock;
}

void ComplianceComposer::createActions()
{
    const auto add = [this](Action which, const QString &name, const QString &text,
                         const QKeySequence &key, auto slot) {
        QAction *a = windowAction(m_window, name, text, key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(which, a);
        return a;
    };
    add(Action::AuditReport, QStringLiteral("complianceAuditReport"), tr("&Audit Report…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        [this] { openAuditReport(m_dashboard->currentDistrict()); });
    add(Action::Migrate, QStringLiteral("complianceMigrate"), tr("&Migrate Data…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        [this] { openMigration(m_dashboard->currentDistrict()); });
    add(Action::Consents, QStringLiteral("complianceConsents"), tr("&Consents…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        [this] { openConsents(m_dashboard->currentDistrict()); });
    add(Action::Refresh, QStringLiteral("complianceRefresh"), tr("&Re-audit All Districts"),
        QKeySequence(), [this] { m_monitor->refresh(); });

    auto *menu = new QMenu(tr("&Compliance"), m_window);
    menu->setObjectName(QStringLiteral("complianceMenu"));
    menu->addAction(action(Action::AuditReport));
    menu->addAction(action(Action::Consents));
    menu->addAction(action(Action::Migrate));
    menu->addSeparator();
    menu->addAction(action(Action::Refresh));
    menu->addAction(
        dockShortcut(m_dock, tr("Show Compliance &Panel"), QKeySequence(Qt::CTRL | Qt::Key_3)));
    insertMenuBeforeHelp(m_window->menuBar(), menu);
}

void ComplianceComposer::wireController()
{
    connect(m_controller, &ConsoleController::districtsChanged, this,
        &ComplianceComposer::onDistrictsChanged);
    connect(m_controller, &ConsoleController::fleetLoaded, this, [this] {
        if (!m_capabilities->isKnown() && !m_capabilities->isProbing())
            m_capabilities->probe(*m_controller->api());
    });
    // Another daemon or token: the role learnt for the old one no longer holds.
    connect(m_controller->api(), &ApiClient::endpointChanged, this,
        [this] { m_capabilities->setRole(Capabilities::Role::Unknown); });
    connect(m_controller->stream(), &EventStream::eventReceived, this, [this](const Event &event) {
        m_monitor->applyEvent(event);
        if (m_migrationDialog)
            m_migrationDialog->applyEvent(event);
    });
    connect(m_monitor, &ComplianceMonitor::errorOccurred, this, [this](const QString &message) {
        if (m_window)
            m_window->statusBar()->showMessage(message, 10000);
    });
    if (m_controller->hasLoaded()) {
        onDistrictsChanged();
        if (!m_capabilities->isKnown())
            m_capabilities->probe(*m_controller->api());
    }
}

void ComplianceComposer::onDistrictsChanged()
{
    const auto districts = m_controller->districts();
    m_monitor->setDistricts(districts);
    // An auditor of one district has nothing to choose.
    if (districts.size() == 1 && m_dashboard->currentDistrict().isEmpty())
        m_dashboard->setCurrentDistrict(districts.first().id);
}

void ComplianceComposer::setDaemonReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    applyCapabilities();
}

void ComplianceComposer::applyCapabilities()
{
    const bool operate = m_capabilities->canOperate();
    if (auto *migrate = action(Action::Migrate)) {
        migrate->setVisible(operate);
        migrate->setEnabled(operate && m_reachable);
    }
    for (const Action a : {Action::AuditReport, Action::Consents, Action::Refresh}) {
        if (auto *act = action(a))
            act->setEnabled(m_reachable);
    }
    if (m_dashboard)
        m_dashboard->setEnabled(m_reachable);
    // The window's own operator actions: hidden for auditors only, so the pod toolbar does not
    // flicker while the role is still being learnt.
    for (const QPointer<QAction> &a : std::as_const(m_operatorActions)) {
        if (a)
            a->setVisible(!m_capabilities->isAuditor());
    }
    if (!operate && m_migrationDialog && !m_migrationDialog->progress()->isActive())
        m_migrationDialog->close();
    if (m_capabilities->isAuditor() && m_window)
        m_window->statusBar()->showMessage(
            tr("Auditor token: read-only; only this auditor's districts are shown."), 10000);
}

QString ComplianceComposer::districtOrAsk(const QString &districtId) const
{
    if (!districtId.isEmpty())
        return districtId;
    if (m_window)
        m_window->statusBar()->showMessage(
            tr("Choose a district in the Compliance panel first."), 8000);
    if (m_dock) {
        m_dock->show();
        m_dock->raise();
        m_dashboard->districtPicker()->setFocus();
    }
    return {};
}

AuditReportDialog *ComplianceComposer::openAuditReport(const QString &districtId)
{
    const auto id = districtOrAsk(districtId);
    if (id.isEmpty())
        return nullptr;
    if (!m_auditDialog) {
        m_auditDialog = new AuditReportDialog(m_client, m_window);
        m_auditDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_auditDialog, &AuditReportDialog::reportLoaded, m_monitor,
            &ComplianceMonitor::applyReport);
        connect(m_auditDialog, &AuditReportDialog::migrateRequested, this,
            &ComplianceComposer::openMigration);
        connect(m_auditDialog, &AuditReportDialog::consentRequested, this,
            &ComplianceComposer::openConsents);
    }
    m_auditDialog->setRemediesOffered(m_capabilities->canOperate() && m_reachable);
    if (const auto cached = m_monitor->report(id))
        m_auditDialog->setReport(*cached);
    m_auditDialog->loadDistrict(id);
    m_auditDialog->show();
    m_auditDialog->raise();
    m_auditDialog->activateWindow();
    return m_auditDialog;
}

MigrationDialog *ComplianceComposer::openMigration(const QString &districtId)
{
    if (!m_capabilities->canOperate()) {
        if (m_window)
            m_window->statusBar()->showMessage(tr("This token may not migrate data."), 8000);
        return nullptr;
    }
    if (!m_migrationDialog) {
        m_migrationDialog = new MigrationDialog(
            m_client, m_controller->districts(), m_controller->regionModel()->regions(), m_window);
        m_migrationDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_migrationDialog, &MigrationDialog::migrationFinished, m_monitor,
            [this](const QString &district) { m_monitor->refreshDistrict(district); });
        connect(m_monitor, &ComplianceMonitor::reportReady, m_migrationDialog,
            &MigrationDialog::applyReport);
    }
    if (!districtId.isEmpty() && !m_migrationDialog->progress()->isActive()) {
        if (const auto cached = m_monitor->report(districtId))
            m_migrationDialog->setReport(*cached);
        else
            m_migrationDialog->setDistrict(districtId);
    }
    m_migrationDialog->show();
    m_migrationDialog->raise();
    m_migrationDialog->activateWindow();
    return m_migrationDialog;
}

ConsentEditor *ComplianceComposer::openConsents(const QString &districtId)
{
    const auto id = districtOrAsk(districtId);
    if (id.isEmpty())
        return nullptr;
    const auto status = m_monitor->summaryModel()->districtStatus(id);
    if (status.district.id.isEmpty())
        return nullptr;
    if (!m_consentEditor) {
        m_consentEditor = new ConsentEditor(
            m_client, m_capabilities, m_controller->regionModel()->regions(), m_window);
        m_consentEditor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_consentEditor, &ConsentEditor::consentsChanged, this,
            [this](const QString &district) {
                m_monitor->refreshDistrict(district);
                if (m_overlay && m_overlay->district() == district)
                    m_overlay->reload();
            });
    }
    if (m_consentEditor->districtId() != id)
        m_consentEditor->setDistrict(status.district);
    else
        m_consentEditor->reload();
    m_consentEditor->show();
    m_consentEditor->raise();
    m_consentEditor->activateWindow();
    return m_consentEditor;
}
