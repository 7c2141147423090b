#pragma once

#include "backend/core/routing/routedecision.h"
#include "models/apicall.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class RoutingClient;

/**
 * Pins one district's traffic to one pod or one region's pods until an expiry (POST
 * /routing/override). Offers only the pods the district's policy allows (the route's weights,
 * fallbacks and the allowed pods that are out); the daemon judges again and its refusal (403
 * naming the residency rule, 409 the safety rule) is shown verbatim and changes nothing. The
 * dialog stays open on a refusal so the operator can change the target.
 */
class OverrideDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideDialog)

public:
    /** Uses (does not own) @p client. */
    OverrideDialog(RoutingClient *client, const RouteDecision &decision, QWidget *parent = nullptr);
    ~OverrideDialog() override;

    QComboBox *targetPicker() const { return m_target; }
    QRadioButton *podTarget() const { return m_byPod; }
    QRadioButton *regionTarget() const { return m_byRegion; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QDateTimeEdit *expiryEdit() const { return m_expires; }
    QLabel *errorLabel() const { return m_error; }
    /** Sends the request (what OK does). */
    void submit();

signals:
    /** The daemon put the override in force (201): its id. */
    void overrideCreated(const QString &id);

private:
    void fillTargets();
    void validate();

    RoutingClient *m_client;
    RouteDecision m_decision;
    QStringList m_pods;
    QStringList m_regions;
    QRadioButton *m_byPod;
    QRadioButton *m_byRegion;
    QComboBox *m_target;
    QLineEdit *m_reason;
    QDateTimeEdit *m_expires;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    ApiCall m_call;
    bool m_sending = false;
};
