#include "ui/scaledialog.h"

#include "models/podtablemodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ScaleDialog::ScaleDialog(const Pod &pod, QWidget *parent)
    : QDialog(parent)
    , m_spin(new QSpinBox(this))
{
    setWindowTitle(tr("Scale %1").arg(pod.id));
    m_spin->setRange(pod.minReplicas, pod.maxReplicas);
    m_spin->setValue(pod.replicas);
    m_spin->setAccessibleName(tr("Desired replicas"));

    auto *current = new QLabel(
        tr("%1 desired, %2 healthy").arg(pod.replicas).arg(PodTableModel::healthyReplicas(pod)),
        this);
    auto *range = new QLabel(tr("%1 – %2").arg(pod.minReplicas).arg(pod.maxReplicas), this);
    auto *capacity = new QLabel(this);
    const auto updateCapacity = [capacity, rps = pod.capacityRps](int replicas) {
        capacity->setText(
            tr("%L1 requests/s (%2 × %L3)").arg(replicas * rps).arg(replicas).arg(rps));
    };
    updateCapacity(pod.replicas);

    auto *form = new QFormLayout;
    form->addRow(tr("Pod:"),
        new QLabel(QStringLiteral("<b>%1</b> · %2 · %3")
                       .arg(pod.id.toHtmlEscaped(), pod.region.toHtmlEscaped(),
                           PodTableModel::typeLabel(pod.type)),
            this));
    form->addRow(tr("Current:"), current);
    form->addRow(tr("Allowed range:"), range);
    form->addRow(tr("New replicas:"), m_spin);
    form->addRow(tr("Capacity:"), capacity);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Scale"));
    const auto updateOk = [buttons, current = pod.replicas](int value) {
        // Re-sending the current count would only write a no-op audit record.
        buttons->button(QDialogButtonBox::Ok)->setEnabled(value != current);
    };
    updateOk(pod.replicas);
    connect(m_spin, &QSpinBox::valueChanged, this, [updateOk, updateCapacity](int value) {
        updateOk(value);
        updateCapacity(value);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_spin->setFocus();
    m_spin->selectAll();
}

int ScaleDialog::replicas() const
{
    return m_spin->value();
}
