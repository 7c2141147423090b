#include "ui/pods/createpoddialog.h"

#include "backend/core/validationerror.h"
#include "models/apiclient.h"
#include "models/consolecontroller.h"
#include "models/podtablemodel.h"
#include "models/regionlistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *spin(int min, int max, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

CreatePodDialog::CreatePodDialog(ConsoleController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_region(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_id(new QLineEdit(this))
    , m_replicas(spin(0, 64, 1, this))
    , m_min(spin(1, 64, 1, this))
    , m_max(spin(1, 64, 2, this))
    , m_capacity(spin(1, 1'000'000, 50, this))
    , m_model(new QLineEdit(QStringLiteral("tutor-v3"), this))
    , m_jurisdiction(new QLineEdit(this))
    , m_certifications(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createPodDialog"));
    setWindowTitle(tr("New Pod"));
    for (const auto &region : m_controller->regionModel()->regions())
        m_region->addItem(QStringLiteral("%1 (%2)").arg(region.name, region.id), region.id);
    for (const PodType type :
        {PodType::Primary, PodType::Edge, PodType::Backup, PodType::Compliance})
        m_type->addItem(PodTableModel::typeLabel(type), podTypeName(type));
    m_capacity->setSuffix(tr(" req/s"));
    m_id->setMaxLength(63);
    m_jurisdiction->setMaxLength(6);
    m_certifications->setPlaceholderText(tr("comma-separated, e.g. COPPA, SOC2"));
    m_problem->setObjectName(QStringLiteral("createPodProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #e69f00;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("R&eplicas:"), m_replicas);
    form->addRow(tr("M&inimum:"), m_min);
    form->addRow(tr("Ma&ximum:"), m_max);
    form->addRow(tr("&Capacity per replica:"), m_capacity);
    form->addRow(tr("&Model version:"), m_model);
    form->addRow(tr("&Jurisdiction:"), m_jurisdiction);
    form->addRow(tr("Certi&fications:"), m_certifications);
    m_jurisdiction->setToolTip(tr("Where the pod runs by law, when not where its region is: an "
                                  "edge pod in Texas served from us-east is US-TX. Routing "
                                  "judges residency at this place."));

    auto *create = m_buttons->addButton(tr("Create &Pod"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreatePodDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QSpinBox *box : {m_replicas, m_min, m_max, m_capacity})
        connect(box, &QSpinBox::valueChanged, this, &CreatePodDialog::validate);
    for (QLineEdit *edit : {m_id, m_model, m_jurisdiction, m_certifications})
        connect(edit, &QLineEdit::textChanged, this, &CreatePodDialog::validate);
    for (QComboBox *combo : {m_region, m_type})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updatePlaceholders();
            validate();
        });
    updatePlaceholders();
    validate();
}

CreatePodDialog::~CreatePodDialog() = default;

QPushButton *CreatePodDialog::createButton() const
{
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(b);
    return nullptr;
}

PodSpec CreatePodDialog::spec() const
{
    PodSpec spec;
    spec.id = m_id->text().trimmed();
    spec.region = m_region->currentData().toString();
    spec.type = podTypeFromName(m_type->currentData().toString()).value_or(PodType::Primary);
    spec.replicas = m_replicas->value();
    spec.minReplicas = m_min->value();
    spec.maxReplicas = m_max->value();
    spec.capacityRps = m_capacity->value();
    spec.modelVersion = m_model->text().trimmed();
    spec.jurisdiction = m_jurisdiction->text().trimmed().toUpper();
    for (const QString &c : m_certifications->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            spec.certifications << c.trimmed().toUpper();
    return spec;
}

void CreatePodDialog::updatePlaceholders()
{
    const QString region = m_region->currentData().toString();
    m_id->setPlaceholderText(
        tr("%1-%2 (the default)").arg(region, m_type->currentData().toString()));
    const auto r = m_controller->regionModel()->region(region);
    m_jurisdiction->setPlaceholderText(
        r ? tr("the region's (%1)").arg(r->jurisdiction) : tr("the region's"));
}

QString CreatePodDialog::problem() const
{
    const PodSpec s = spec();
    if (s.region.isEmpty())
        return tr("There is no region to create a pod in.");
    if (s.minReplicas > s.maxReplicas)
        return tr("The minimum (%1) is above the maximum (%2).")
            .arg(s.minReplicas)
            .arg(s.maxReplicas);
    if (s.replicas > s.maxReplicas)
        return tr("%1 is above the maximum of %2 replicas.").arg(s.replicas).arg(s.maxReplicas);
    if (s.replicas < s.minReplicas)
        return tr("%1 is below the minimum of %2 replicas.").arg(s.replicas).arg(s.minReplicas);
    if (s.modelVersion.isEmpty())
        return tr("Name the model version the pod serves.");
    if (!s.id.isEmpty()) {
        if (m_controller->podModel()->pod(s.id))
            return tr("A pod named %1 already exists.").arg(s.id);
        if (m_controller->regionModel()->region(s.id))
            return tr("%1 is a region's id; pods need ids of their own.").arg(s.id);
    }
    // The rest exactly as the daemon judges it.
    try {
        PodSpec::fromJson(s.toJson());
    } catch (const ValidationError &e) {
        if (e.field() == u"id")
            return tr("The id may use lower-case letters, digits and '-' (at most 63, not "
                      "starting with '-').");
        if (e.field() == u"jurisdiction")
            return tr("The jurisdiction must be an ISO 3166 code such as US-WA, CA-ON or DE.");
        return QString::fromUtf8(e.what());
    }
    return {};
}

void CreatePodDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    if (QPushButton *create = createButton())
        create->setEnabled(why.isEmpty() && !m_sending);
}

void CreatePodDialog::submit()
{
    if (!problem().isEmpty() || m_sending)
        return;
    m_sending = true;
    validate();
    m_problem->setText(tr("Creating…"));
    m_call = m_controller->api()->createPod(this, spec(), [this](ApiResult<Pod> result) {
        m_sending = false;
        if (!result) {
            // The daemon's own words: it is the authority on what it refused and why.
            m_problem->setText(tr("The daemon refused: %1").arg(result.error().message()));
            if (QPushButton *create = createButton())
                create->setEnabled(true);
            return;
        }
        emit podCreated(result.value());
        accept();
    });
}
