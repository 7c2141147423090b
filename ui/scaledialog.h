#pragma once

#include "backend/core/pod.h"

#include <QDialog>

class QSpinBox;
class QLabel;

/** Asks for a pod's new replica count within its min..max, showing the current count. */
class ScaleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleDialog)

public:
    explicit ScaleDialog(const Pod &pod, QWidget *parent = nullptr);

    /** The chosen replica count (always within the pod's range). */
    int replicas() const;
    QSpinBox *spinBox() const { return m_spin; }

private:
    QSpinBox *m_spin;
};
