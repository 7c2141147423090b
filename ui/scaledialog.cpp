#include "ui/scaledialog.h"

#include "models/podtablemodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ScaleDialog::ScaleDialog(const Pod &pod, QWidget *parent)
    : QDialog(parent)
    , m_spin(new QSpinBox(this))
{
    setWindowTitle(tr("Scale %1").arg(pod.id));
    // Any number may be typed; one outside the pod's range is explained, not silently refused.
    m_spin->setRange(0, 999);
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

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("scaleProblem"));
    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xff, 0x8a, 0x80));
    m_problem->setPalette(problemPalette);

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
    form->addRow(QString(), m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Scale"));
    const auto updateOk = [this, buttons, pod](int value) {
        QString problem;
        if (value > pod.maxReplicas)
            problem = tr("%1 is above this pod's maximum of %2.").arg(value).arg(pod.maxReplicas);
        else if (value < pod.minReplicas)
            problem = tr("%1 is below this pod's minimum of %2.").arg(value).arg(pod.minReplicas);
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        // Re-sending the current count would only write a no-op audit record.
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(problem.isEmpty() && value != pod.replicas);
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

QString ScaleDialog::problem() const
{
    return m_problem->text();
}

bool ScaleDialog::canAccept() const
{
    return m_ok->isEnabled();
}

int ScaleDialog::replicas() const
{
    return m_spin->value();
}
