#pragma once

#include "backend/core/pod.h"

#include <QDialog>

class QSpinBox;
class QLabel;
class QPushButton;

/** Asks for a pod's new replica count within its min..max, showing the current count. */
class ScaleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleDialog)

public:
    explicit ScaleDialog(const Pod &pod, QWidget *parent = nullptr);

    /** The chosen replica count (within the pod's range when the dialog was accepted). */
    int replicas() const;
    QSpinBox *spinBox() const { return m_spin; }
    /** Why the typed count cannot be used ("" when it can). */
    QString problem() const;
    bool canAccept() const;

private:
    QSpinBox *m_spin;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
