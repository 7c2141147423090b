#include "ui/routing/overridedialog.h"

#include "models/routing/routingclient.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

constexpr int kMaxReason = 500; // the daemon's limit (docs/api.md)

} // namespace

OverrideDialog::OverrideDialog(
    RoutingClient *client, const RouteDecision &decision, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_decision(decision)
    , m_byPod(new QRadioButton(tr("One &pod"), this))
    , m_byRegion(new QRadioButton(tr("A r&egion's pods"), this))
    , m_target(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_expires(new QDateTimeEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Override Routing of %1").arg(decision.district));
    setObjectName(QStringLiteral("overrideDialog"));
    // Allowed pods only: whatever the policy forbids is not offered (the daemon checks again).
    for (const auto &w : decision.weights)
        m_pods.append(w.pod);
    for (const auto &p : decision.fallbacks)
        if (!m_pods.contains(p))
            m_pods.append(p);
    for (const auto &e : decision.excluded) {
        if (e.reason != u"residency" && !m_pods.contains(e.pod))
            m_pods.append(e.pod);
        if (e.reason != u"residency" && !m_regions.contains(e.region))
            m_regions.append(e.region);
    }
    if (!decision.region.isEmpty() && !m_regions.contains(decision.region))
        m_regions.prepend(decision.region);
    m_byPod->setChecked(true);
    m_reason->setMaxLength(kMaxReason);
    m_reason->setPlaceholderText(tr("Why, for the audit trail (e.g. INC-1234 drill)"));
    m_expires->setCalendarPopup(true);
    const QDateTime now = QDateTime::currentDateTime();
    m_expires->setMinimumDateTime(now.addSecs(60));
    m_expires->setMaximumDateTime(now.addDays(30));
    m_expires->setDateTime(now.addSecs(4 * 3600));
    m_expires->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_error->setObjectName(QStringLiteral("overrideError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #ff8a70;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Put &in Force"));

    auto *targetKind = new QHBoxLayout;
    targetKind->addWidget(m_byPod);
    targetKind->addWidget(m_byRegion);
    targetKind->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Send its traffic to:"), targetKind);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("E&xpires:"), m_expires);
    auto *note = new QLabel(tr("An override only narrows what the district's residency policy "
                               "allows. It lapses by itself at the expiry; while its target is "
                               "out the district is routed as without it."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_byPod, &QRadioButton::toggled, this, &OverrideDialog::fillTargets);
    connect(m_reason, &QLineEdit::textChanged, this, &OverrideDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillTargets();
    validate();
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

OverrideDialog::~OverrideDialog()
{
    m_call.cancel();
}

void OverrideDialog::fillTargets()
{
    m_target->clear();
    m_target->addItems(m_byPod->isChecked() ? m_pods : m_regions);
    validate();
}

void OverrideDialog::validate()
{
    const bool ok = !m_reason->text().trimmed().isEmpty() && m_target->count() > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && !m_sending);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(ok                  ? QString()
                : m_target->count() == 0 ? tr("The district's policy allows no pod to pin it to.")
                                         : tr("Say why: the reason goes into the audit trail."));
}

void OverrideDialog::submit()
{
    if (m_reason->text().trimmed().isEmpty() || m_target->currentText().isEmpty())
        return;
    OverrideRequest request;
    request.district = m_decision.district;
    if (m_byPod->isChecked())
        request.targetPod = m_target->currentText();
    else
        request.targetRegion = m_target->currentText();
    request.reason = m_reason->text().trimmed();
    request.expires = m_expires->dateTime();
    m_error->hide();
    m_sending = true;
    m_call = m_client->createOverride(this, request, [this](ApiResult<RoutingOverride> result) {
        m_sending = false;
        validate();
        if (!result) {
            // The daemon's own words: which rule, which pod, or why it would be unsafe.
            m_error->setText(result.error().message());
            m_error->show();
            return;
        }
        emit overrideCreated(result.value().id);
        accept();
    });
    validate();
}
