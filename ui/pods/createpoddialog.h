#pragma once

#include "backend/core/pod.h"
#include "models/apicall.h"

#include <QDialog>

class ConsoleController;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/**
 * Creates a pod (POST /pods). The form is checked as the daemon checks it — by the same
 * PodSpec validation, plus the fleet's own rules (ids unique, never a region's id) — and says
 * in words what is wrong before anything is sent; Create stays disabled until it is right. The
 * daemon judges again: its refusal is shown verbatim and the dialog stays open.
 */
class CreatePodDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePodDialog)

public:
    /** Uses (does not own) @p controller: its regions, pods and API client. */
    explicit CreatePodDialog(ConsoleController *controller, QWidget *parent = nullptr);
    ~CreatePodDialog() override;

    /** The pod as the form describes it now. */
    PodSpec spec() const;
    /** Why the form cannot be sent ("" when it can). */
    QString problem() const;
    /** Sends the request (what Create does). */
    void submit();

    QComboBox *regionPicker() const { return m_region; }
    QComboBox *typePicker() const { return m_type; }
    QLineEdit *idEdit() const { return m_id; }
    QSpinBox *replicasBox() const { return m_replicas; }
    QSpinBox *minBox() const { return m_min; }
    QSpinBox *maxBox() const { return m_max; }
    QSpinBox *capacityBox() const { return m_capacity; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *jurisdictionEdit() const { return m_jurisdiction; }
    QLineEdit *certificationsEdit() const { return m_certifications; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *createButton() const;

signals:
    /** The daemon created the pod (201). */
    void podCreated(const Pod &pod);

private:
    void validate();
    void updatePlaceholders();

    ConsoleController *m_controller;
    QComboBox *m_region;
    QComboBox *m_type;
    QLineEdit *m_id;
    QSpinBox *m_replicas;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QSpinBox *m_capacity;
    QLineEdit *m_model;
    QLineEdit *m_jurisdiction;
    QLineEdit *m_certifications;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    ApiCall m_call;
    bool m_sending = false;
};
