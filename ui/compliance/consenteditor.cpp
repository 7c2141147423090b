#include "ui/compliance/consenteditor.h"

#include "backend/core/residency/consent.h"
#include "models/compliance/capabilities.h"
#include "models/compliance/complianceclient.h"
#include "models/compliance/compliancecolors.h"
#include "models/compliance/complianceregimes.h"
#include "models/compliance/consenttablemodel.h"
#include "ui/screenfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const char *const InvalidProperty = "rpInvalid";

void markInvalid(QWidget *widget, bool invalid)
{
    if (!widget)
        return;
    widget->setProperty(InvalidProperty, invalid);
    widget->setStyleSheet(invalid
            ? QStringLiteral("border: 2px solid %1;").arg(ComplianceColors::violation().name())
            : QString());
}

} // namespace

ConsentEditor::ConsentEditor(ComplianceClient *client, Capabilities *capabilities,
    const QList<Region> &regions, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_capabilities(capabilities)
    , m_regions(regions)
    , m_model(new ConsentTableModel(this))
    , m_header(new QLabel(this))
    , m_view(new QTableView(this))
    , m_createGroup(new QGroupBox(tr("Record a new consent"), this))
    , m_dataClass(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_expiry(new QDateEdit(this))
    , m_create(new QPushButton(tr("&Record consent"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
    , m_readOnly(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("consentEditor"));
    setWindowTitle(tr("Consents"));
    resizeToFitScreen(this, QSize(860, 560));

    m_header->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("consentTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(
        ConsentTableModel::ReferenceColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(ConsentTableModel::StatusColumn, 100);
    m_view->horizontalHeader()->resizeSection(ConsentTableModel::DataClassColumn, 120);
    m_view->horizontalHeader()->resizeSection(ConsentTableModel::RegionColumn, 110);
    m_view->horizontalHeader()->resizeSection(ConsentTableModel::ExpiresColumn, 110);
    m_view->setColumnHidden(ConsentTableModel::IdColumn, true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConsentEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConsentEditor::updateButtons);

    m_dataClass->setObjectName(QStringLiteral("consentDataClass"));
    m_region->setObjectName(QStringLiteral("consentRegion"));
    m_reference->setObjectName(QStringLiteral("consentReference"));
    m_expiry->setObjectName(QStringLiteral("consentExpiry"));
    m_create->setObjectName(QStringLiteral("recordConsent"));
    m_revoke->setObjectName(QStringLiteral("revokeConsent"));
    m_region->setPlaceholderText(tr("The region the agreement names"));
    for (const auto &r : m_regions)
        m_region->addItem(QStringLiteral("%1 — %2, %3").arg(r.id, r.name, r.jurisdiction), r.id);
    m_reference->setPlaceholderText(tr("Agreement id an auditor can look up, e.g. DPA-2026-014"));
    m_reference->setMaxLength(200);
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setMinimumDate(QDate::currentDate().addDays(1));

    auto *form = new QFormLayout(m_createGroup);
    form->addRow(tr("&Data class:"), m_dataClass);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Agreement:"), m_reference);
    form->addRow(tr("&Expires:"), m_expiry);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_create);
    form->addRow(createRow);

    m_readOnly->setWordWrap(true);
    m_readOnly->setText(
        tr("Read-only: auditors can review consents but not record or revoke them."));
    m_error->setObjectName(QStringLiteral("consentError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, ComplianceColors::violation().lighter(115));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &ConsentEditor::createConsent);
    connect(m_revoke, &QPushButton::clicked, this, &ConsentEditor::revokeSelected);
    for (auto *edit : {static_cast<QWidget *>(m_dataClass), static_cast<QWidget *>(m_region)})
        connect(
            qobject_cast<QComboBox *>(edit), &QComboBox::currentIndexChanged, this, [this, edit] {
                markInvalid(edit, false);
                updateButtons();
            });
    connect(m_reference, &QLineEdit::textChanged, this, [this] {
        markInvalid(m_reference, false);
        updateButtons();
    });
    connect(m_expiry, &QDateEdit::dateChanged, this, [this] { markInvalid(m_expiry, false); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_createGroup);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (m_capabilities)
        connect(m_capabilities, &Capabilities::changed, this, &ConsentEditor::applyCapabilities);
    applyCapabilities();
}

ConsentEditor::~ConsentEditor() = default;

void ConsentEditor::applyCapabilities()
{
    const bool operate = m_capabilities && m_capabilities->canOperate();
    m_createGroup->setVisible(operate);
    m_revoke->setVisible(operate);
    m_readOnly->setVisible(!operate);
    updateButtons();
}

void ConsentEditor::setDistrict(const District &district)
{
    m_district = district;
    setWindowTitle(tr("Consents — %1").arg(district.name));
    m_header->setText(tr("<b>%1</b> (%2, %3). A consent lets one class of the district's data sit "
                         "in one named region until it expires or is revoked; expired and revoked "
                         "consents allow nothing.")
                          .arg(district.name.toHtmlEscaped(), district.id.toHtmlEscaped(),
                              district.jurisdiction.toHtmlEscaped()));
    m_model->clear();
    resetForm();
    reload();
}

void ConsentEditor::resetForm()
{
    const QSignalBlocker blocker(m_dataClass);
    m_dataClass->clear();
    // Only classes a consent can matter for; the district's own first.
    for (const auto &name : m_district.dataClasses) {
        if (name != QLatin1String("deidentified") && name != QLatin1String("model_artifact"))
            m_dataClass->addItem(ComplianceRegimes::dataClassLabel(name), name);
    }
    if (m_dataClass->count() == 0) {
        for (const auto cls : allDataClasses())
            m_dataClass->addItem(
                ComplianceRegimes::dataClassLabel(dataClassName(cls)), dataClassName(cls));
    }
    const int pii = m_dataClass->findData(QStringLiteral("student_pii"));
    m_dataClass->setCurrentIndex(pii >= 0 ? pii : 0);
    // A consent is a legal statement about one region: never pre-chosen.
    m_region->setCurrentIndex(-1);
    m_reference->clear();
    m_expiry->setDate(QDate::currentDate().addYears(1));
    clearProblem();
    updateButtons();
}

void ConsentEditor::reload()
{
    if (!m_client || m_district.id.isEmpty())
        return;
    m_fetch.cancel(); // the list shown is the one asked for last
    m_fetch
        = m_client->fetchConsents(this, m_district.id, [this](ApiResult<QList<Consent>> result) {
              if (!result) {
                  showProblem(result.error());
                  return;
              }
              m_model->setConsents(result.value());
              updateButtons();
              emit loaded();
          });
}

void ConsentEditor::updateButtons()
{
    m_create->setEnabled(!m_busy && !m_district.id.isEmpty() && m_dataClass->currentIndex() >= 0
        && m_region->currentIndex() >= 0 && !m_reference->text().trimmed().isEmpty());
    const auto current = m_view->currentIndex();
    m_revoke->setEnabled(!m_busy && current.isValid()
        && current.data(ConsentTableModel::StatusRole).toInt()
            == int(ConsentTableModel::Status::Active));
}

void ConsentEditor::createConsent()
{
    if (!m_create->isEnabled() || !m_client)
        return;
    Consent consent;
    consent.districtId = m_district.id;
    const auto cls = dataClassFromString(m_dataClass->currentData().toString());
    consent.dataClass = cls.value_or(DataClass::StudentPii);
    consent.regionId = m_region->currentData().toString();
    consent.reference = m_reference->text().trimmed();
    // Valid through the chosen day, in the user's time zone.
    consent.expires = QDateTime(m_expiry->date(), QTime(23, 59, 59, 999)).toUTC();
    clearProblem();
    m_busy = true;
    updateButtons();
    m_client->createConsent(this, consent, [this](ApiResult<Consent> result) {
        m_busy = false;
        if (!result) {
            showProblem(result.error());
            updateButtons();
            return;
        }
        m_model->upsert(result.value());
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(result.value().id), 0));
        m_reference->clear();
        m_region->setCurrentIndex(-1);
        updateButtons();
        emit consentsChanged(m_district.id);
    });
}

void ConsentEditor::revokeSelected()
{
    if (!m_revoke->isEnabled() || m_confirm)
        return;
    const auto consent = m_model->consent(m_view->currentIndex().row());
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Revoke this consent?"),
        tr("%1 data of %2 will no longer be allowed in %3 on the strength of agreement %4. Data "
           "already there becomes a violation unless another rule allows it. This is recorded in "
           "the audit trail and cannot be undone (record a new consent instead).")
            .arg(ComplianceRegimes::dataClassLabel(dataClassName(consent.dataClass)),
                m_district.name, consent.regionId, consent.reference),
        QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("revokeConsentConfirmation"));
    m_confirm->button(QMessageBox::Yes)->setText(tr("Revoke"));
    m_confirm->button(QMessageBox::No)->setText(tr("Keep"));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, id = consent.id](int answer) {
        m_confirm.clear(); // closed now, deleted later: the next Revoke may ask again
        if (answer != QMessageBox::Yes || !m_client)
            return;
        m_busy = true;
        clearProblem();
        updateButtons();
        m_client->revokeConsent(this, id, [this](ApiResult<Consent> result) {
            m_busy = false;
            if (!result) {
                showProblem(result.error());
                reload(); // it may have been revoked elsewhere meanwhile
            } else {
                m_model->upsert(result.value());
                emit consentsChanged(m_district.id);
            }
            updateButtons();
        });
    });
    m_confirm->open();
}

QWidget *ConsentEditor::widgetForField(const QString &field) const
{
    if (field == QLatin1String("data_class"))
        return m_dataClass;
    if (field == QLatin1String("region"))
        return m_region;
    if (field == QLatin1String("reference"))
        return m_reference;
    if (field == QLatin1String("expires"))
        return m_expiry;
    return nullptr;
}

void ConsentEditor::showProblem(const ProblemDetails &problem)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("data_class"), tr("Data class")},
        {QStringLiteral("region"), tr("Region")},
        {QStringLiteral("reference"), tr("Agreement")},
        {QStringLiteral("expires"), tr("Expires")},
        {QStringLiteral("district"), tr("District")},
        {QStringLiteral("id"), tr("Consent")},
    };
    QString text;
    if (!problem.field.isEmpty()) {
        // The daemon's detail usually starts with the field name already ("expires: …").
        auto detail = problem.detail;
        if (detail.startsWith(problem.field + QStringLiteral(": ")))
            detail = detail.mid(problem.field.size() + 2);
        text = tr("%1: %2").arg(names.value(problem.field, problem.field), detail);
    } else {
        text = problem.message();
    }
    if (problem.status == 403)
        text = tr("Not allowed for this token (%1)").arg(text);
    m_error->setText(text);
    m_error->show();
    markInvalid(widgetForField(problem.field), true);
}

void ConsentEditor::clearProblem()
{
    m_error->hide();
    m_error->clear();
    for (auto *w : {static_cast<QWidget *>(m_dataClass), static_cast<QWidget *>(m_region),
             static_cast<QWidget *>(m_reference), static_cast<QWidget *>(m_expiry)})
        markInvalid(w, false);
}
