#pragma once

#include "backend/core/district.h"
#include "backend/core/problemdetails.h"
#include "backend/core/region.h"
#include "models/apicall.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class Capabilities;
class ComplianceClient;
class ConsentTableModel;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

/**
 * A district's consents (data-sharing agreements that let one data class sit in one named
 * region): active, expired and revoked ones told apart; operators record new ones (data class,
 * region, agreement reference, expiry) and revoke active ones after a confirmation. Daemon
 * refusals are shown naming the field, and that field is marked. Read-only for auditors.
 */
class ConsentEditor : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentEditor)

public:
    /** Uses (does not own) @p client and @p capabilities. */
    explicit ConsentEditor(ComplianceClient *client, Capabilities *capabilities,
        const QList<Region> &regions, QWidget *parent = nullptr);
    ~ConsentEditor() override;

    /** Shows @p district's consents (fetched) and resets the form to its defaults. */
    void setDistrict(const District &district);
    QString districtId() const { return m_district.id; }
    /** Reloads the consents. */
    void reload();

    /** Records a consent from the form (the Record button). */
    void createConsent();
    /** Asks for confirmation, then revokes the selected consent (the Revoke button). */
    void revokeSelected();

    ConsentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *dataClassBox() const { return m_dataClass; }
    QComboBox *regionBox() const { return m_region; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *revokeButton() const { return m_revoke; }
    QGroupBox *createGroup() const { return m_createGroup; }
    QLabel *errorLabel() const { return m_error; }
    /** The open revoke confirmation, or null. */
    QMessageBox *revokeConfirmation() const { return m_confirm; }

signals:
    /** A consent of @p districtId was recorded or revoked (its verdicts may have changed). */
    void consentsChanged(const QString &districtId);
    void loaded();

private:
    void applyCapabilities();
    void resetForm();
    void updateButtons();
    void showProblem(const ProblemDetails &problem);
    void clearProblem();
    QWidget *widgetForField(const QString &field) const;

    QPointer<ComplianceClient> m_client;
    QPointer<Capabilities> m_capabilities;
    QList<Region> m_regions;
    District m_district;
    ApiCall m_fetch;
    bool m_busy = false;

    ConsentTableModel *m_model;
    QLabel *m_header;
    QTableView *m_view;
    QGroupBox *m_createGroup;
    QComboBox *m_dataClass;
    QComboBox *m_region;
    QLineEdit *m_reference;
    QDateEdit *m_expiry;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QLabel *m_readOnly;
    QLabel *m_error;
    QPointer<QMessageBox> m_confirm;
};
