#include "ui/connectdialog.h"

#include "models/healthcolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(
    QNetworkAccessManager &network, const QUrl &url, const QString &token, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(url.toDisplayString(), this))
    , m_token(new QLineEdit(token, this))
    , m_showToken(new QCheckBox(tr("S&how"), this))
    , m_remember(new QCheckBox(tr("&Remember the token on this computer"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_check(new ConnectionCheck(network, this))
{
    setWindowTitle(tr("Connect to Daemon"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:7420"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("rp_… (from your administrator, or the daemon's admin.token)"));
    m_token->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);
    auto *form = new QFormLayout;
    form->addRow(tr("&Daemon:"), m_url);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token); // a row holding a layout gets no buddy of its own
    form->addRow(tokenLabel, tokenRow);
    form->addRow(QString(), m_remember);

    auto *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    // Accept goes through check(): the dialog only closes on a daemon that took the token.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showToken, &QCheckBox::toggled, this, [this](bool show) {
        m_token->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_check, &ConnectionCheck::finished, this, &ConnectDialog::onFinished);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The console shows what the token may see: an auditor token shows "
                                "only its districts and no operator actions."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

bool ConnectDialog::rememberToken() const
{
    return m_remember->isChecked();
}

QString ConnectDialog::statusText() const
{
    return m_status->text();
}

void ConnectDialog::check()
{
    QString error;
    const QUrl url = ConnectionCheck::parseUrl(m_url->text(), &error);
    if (!url.isValid()) {
        showError(error);
        m_url->setFocus();
        emit checked(false);
        return;
    }
    m_pendingUrl = url;
    setBusy(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Checking %1…").arg(url.toDisplayString()));
    m_check->start(url, m_token->text());
}

void ConnectDialog::onFinished(const ConnectionCheck::Outcome &outcome)
{
    setBusy(false);
    if (!outcome.ok) {
        showError(outcome.message);
        emit checked(false);
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(outcome.message);
    m_acceptedUrl = m_pendingUrl;
    m_acceptedToken = m_token->text().trimmed();
    emit checked(true);
    accept();
}

void ConnectDialog::setBusy(bool busy)
{
    m_url->setEnabled(!busy);
    m_token->setEnabled(!busy);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    }
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ConnectDialog::showError(const QString &message)
{
    m_status->setStyleSheet(
        QStringLiteral("color: %1;").arg(HealthColors::color(HealthState::Unhealthy).name()));
    m_status->setText(message);
}
