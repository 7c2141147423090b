#pragma once

#include "backend/core/pod.h"

#include <QObject>
#include <QPointer>

class ConsoleController;
class QWidget;

/**
 * The operator's pod actions with their dialogs: scale (ScaleDialog), delete (a confirmation
 * naming the pod and its replicas). Daemon errors come back as a message box with the
 * daemon's explanation; outcomes are also reported through statusMessage().
 */
class PodActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodActions)

public:
    explicit PodActions(
        ConsoleController *controller, QWidget *dialogParent, QObject *parent = nullptr);

    /** Asks for a new replica count and sends it; no-op for an unknown pod. */
    void scale(const QString &podId);
    /** Asks for confirmation and deletes the pod; no-op for an unknown pod. */
    void remove(const QString &podId);

    /** The confirmation question for deleting @p pod (names its replicas). */
    static QString deleteQuestion(const Pod &pod);

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void showFailure(const QString &action, const QString &message);

    ConsoleController *m_controller;
    QPointer<QWidget> m_dialogParent;
};
