#pragma once

#include "models/connectioncheck.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;

/**
 * File → Connect to Daemon…: the daemon's address and the token to present (an admin hands
 * district IT staff an auditor token). Connect first checks both with ConnectionCheck and
 * stays open, naming the problem, when the daemon is unreachable or refuses the token — the
 * running console changes only once the check has passed.
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    /** Checks the address and token through @p network (not owned). */
    ConnectDialog(QNetworkAccessManager &network, const QUrl &url, const QString &token,
        QWidget *parent = nullptr);

    /** The checked address and token, valid once the dialog was accepted. */
    QUrl url() const { return m_acceptedUrl; }
    QString token() const { return m_acceptedToken; }
    /** True when the user asked to keep the token in the console's settings. */
    bool rememberToken() const;
    /** What the check said (who the token signs in as, or what failed). */
    QString statusText() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }

public slots:
    /** Checks the entered address and token; accepts the dialog when both pass. */
    void check();

signals:
    /** A check ended; @p ok mirrors whether the dialog was accepted. */
    void checked(bool ok);

private:
    void onFinished(const ConnectionCheck::Outcome &outcome);
    void setBusy(bool busy);
    void showError(const QString &message);

    QLineEdit *m_url;
    QLineEdit *m_token;
    QCheckBox *m_showToken;
    QCheckBox *m_remember;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    ConnectionCheck *m_check;
    QUrl m_pendingUrl;
    QUrl m_acceptedUrl;
    QString m_acceptedToken;
};
