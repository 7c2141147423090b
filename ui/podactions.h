#pragma once

#include "backend/core/pod.h"

#include <QObject>
#include <QPointer>

#include "ui/pods/poddetaildialog.h"

class CapacityFeed;
class Capabilities;
class ConsoleController;
class CreatePodDialog;
class PodDetailDialog;
class QWidget;
class RoutingMonitor;

/**
 * The pod actions with their dialogs: the detail view (PodDetailDialog, one window reused),
 * create (CreatePodDialog), scale (ScaleDialog), delete (a confirmation naming the pod and its
 * replicas). Daemon errors come back as a message box with the daemon's explanation; outcomes
 * are also reported through statusMessage().
 */
class PodActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodActions)

public:
    explicit PodActions(
        ConsoleController *controller, QWidget *dialogParent, QObject *parent = nullptr);

    /** Where the detail view finds the districts a pod serves and its load (either may be
     *  null), and what the token may do. Uses (does not own) them. */
    void setSources(RoutingMonitor *routing, CapacityFeed *capacity, Capabilities *capabilities);
    void setDaemonReachable(bool reachable);

    /** Opens (or raises) the detail view on @p podId; no-op for an unknown pod. */
    PodDetailDialog *showDetails(const QString &podId);
    PodDetailDialog *detailDialog() const { return m_details; }
    /** Opens the New Pod dialog (modal); the created pod is announced by podCreated(). */
    void create();
    /** Asks for a new replica count and sends it; no-op for an unknown pod. */
    void scale(const QString &podId);
    /** Asks for confirmation and deletes the pod; no-op for an unknown pod. */
    void remove(const QString &podId);

    /** The confirmation question for deleting @p pod (names its replicas). */
    static QString deleteQuestion(const Pod &pod);

signals:
    void statusMessage(const QString &message, int timeoutMs);
    /** The daemon created @p podId (from the New Pod dialog). */
    void podCreated(const QString &podId);
    /** The detail view's Drain was pressed (routing owns drains and their confirmation). */
    void drainRequested(const QString &podId);
    /** A dialog is about to open (tests answer it). */
    void createDialogOpened(CreatePodDialog *dialog);

private:
    void showFailure(const QString &action, const QString &message);

    void updateDetailPermissions();

    ConsoleController *m_controller;
    QPointer<QWidget> m_dialogParent;
    QPointer<RoutingMonitor> m_routing;
    QPointer<CapacityFeed> m_capacity;
    QPointer<Capabilities> m_capabilities;
    QPointer<PodDetailDialog> m_details;
    bool m_reachable = true;
};
