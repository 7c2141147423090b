#include "ui/podactions.h"

#include "models/capacity/capacityfeed.h"
#include "models/compliance/capabilities.h"
#include "models/consolecontroller.h"
#include "models/podtablemodel.h"
#include "models/routing/routingmonitor.h"
#include "ui/logging.h"
#include "ui/pods/createpoddialog.h"
#include "ui/pods/poddetaildialog.h"
#include "ui/scaledialog.h"

#include <QMessageBox>
#include <QPushButton>

PodActions::PodActions(ConsoleController *controller, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_dialogParent(dialogParent)
{ }

void PodActions::setSources(
    RoutingMonitor *routing, CapacityFeed *capacity, Capabilities *capabilities)
{
    m_routing = routing;
    m_capacity = capacity;
    m_capabilities = capabilities;
    if (capabilities)
        connect(capabilities, &Capabilities::changed, this, &PodActions::updateDetailPermissions);
}

void PodActions::setDaemonReachable(bool reachable)
{
    m_reachable = reachable;
    updateDetailPermissions();
}

void PodActions::updateDetailPermissions()
{
    if (!m_details)
        return;
    m_details->setOperable(m_capabilities && m_capabilities->canOperate());
    m_details->setDaemonReachable(m_reachable);
}

PodDetailDialog *PodActions::showDetails(const QString &podId)
{
    if (!m_controller->podModel()->pod(podId))
        return nullptr;
    if (!m_details) {
        m_details = new PodDetailDialog(m_controller, m_routing, m_capacity, m_dialogParent);
        m_details->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_details, &PodDetailDialog::scaleRequested, this, &PodActions::scale);
        connect(m_details, &PodDetailDialog::deleteRequested, this, &PodActions::remove);
        connect(m_details, &PodDetailDialog::drainRequested, this, &PodActions::drainRequested);
        updateDetailPermissions();
    }
    m_details->setPod(podId);
    m_details->show();
    m_details->raise();
    m_details->activateWindow();
    return m_details;
}

void PodActions::create()
{
    CreatePodDialog dialog(m_controller, m_dialogParent);
    connect(&dialog, &CreatePodDialog::podCreated, this, [this](const Pod &pod) {
        qCInfo(lcUi) << "created" << pod.id;
        m_controller->podModel()->upsertPod(pod); // shown at once; the event confirms it
        emit statusMessage(
            tr("%1 created in %2; its replicas are starting.").arg(pod.id, pod.region), 8000);
        emit podCreated(pod.id);
    });
    emit createDialogOpened(&dialog);
    dialog.exec();
}

QString PodActions::deleteQuestion(const Pod &pod)
{
    QStringList replicas;
    for (const auto &replica : pod.replicaStatus) {
        replicas << (replica.pid > 0
                ? tr("#%1 (pid %2, %3)")
                      .arg(replica.index)
                      .arg(replica.pid)
                      .arg(healthStateName(replica.health))
                : tr("#%1 (%2)").arg(replica.index).arg(healthStateName(replica.health)));
    }
    QString text = tr("Delete pod %1 in region %2?").arg(pod.id, pod.region);
    text += QStringLiteral("\n\n");
    if (replicas.isEmpty())
        text += tr("It has no running replicas.");
    else
        text += tr("It will be drained, then these replicas will be stopped: %1.")
                    .arg(replicas.join(QStringLiteral(", ")));
    text
        += QStringLiteral("\n\n") + tr("Districts routed to it fail over to other compliant pods.");
    return text;
}

void PodActions::scale(const QString &podId)
{
    const auto pod = m_controller->podModel()->pod(podId);
    if (!pod)
        return;
    ScaleDialog dialog(*pod, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || dialog.replicas() == pod->replicas)
        return;
    const int replicas = dialog.replicas();
    emit statusMessage(tr("Scaling %1 to %n replica(s)…", nullptr, replicas).arg(podId), 0);
    m_controller->scalePod(this, podId, replicas, [this, podId, replicas](ApiResult<Pod> result) {
        if (!result)
            return showFailure(tr("Scaling %1 failed").arg(podId), result.error().message());
        qCInfo(lcUi) << "scaled" << podId << "to" << replicas;
        emit statusMessage(tr("%1 scaled to %n replica(s)", nullptr, replicas).arg(podId), 8000);
    });
}

void PodActions::remove(const QString &podId)
{
    const auto pod = m_controller->podModel()->pod(podId);
    if (!pod)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete pod"), deleteQuestion(*pod),
        QMessageBox::Cancel, m_dialogParent);
    auto *deleteButton = box.addButton(tr("Delete %1").arg(podId), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;
    emit statusMessage(tr("Deleting %1…").arg(podId), 0);
    m_controller->deletePod(this, podId, [this, podId](ApiResult<QString> result) {
        if (!result)
            return showFailure(tr("Deleting %1 failed").arg(podId), result.error().message());
        qCInfo(lcUi) << "deleted" << podId;
        emit statusMessage(tr("%1 deleted").arg(podId), 8000);
    });
}

void PodActions::showFailure(const QString &action, const QString &message)
{
    qCWarning(lcUi).noquote() << action << ":" << message;
    emit statusMessage(QStringLiteral("%1: %2").arg(action, message), 15000);
    QMessageBox::warning(m_dialogParent, action, QStringLiteral("%1.\n\n%2").arg(action, message));
}
