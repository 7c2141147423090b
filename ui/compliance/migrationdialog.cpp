#include "ui/compliance/migrationdialog.h"

#include "models/compliance/complianceclient.h"
#include "models/compliance/compliancecolors.h"
#include "models/compliance/compliancelogging.h"
#include "models/compliance/complianceregimes.h"
#include "models/statusdot.h"
#include "ui/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int ClassRole = Qt::UserRole + 2;

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

MigrationDialog::MigrationDialog(ComplianceClient *client, const QList<District> &districts,
    const QList<Region> &regions, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_districts(districts)
    , m_regions(regions)
    , m_progress(new MigrationProgress(client, this))
    , m_districtBox(new QComboBox(this))
    , m_fromBox(new QComboBox(this))
    , m_toBox(new QComboBox(this))
    , m_objects(new QListWidget(this))
    , m_preview(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_state(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_start(new QPushButton(tr("&Move data"), this))
    , m_cancel(new QPushButton(tr("&Cancel migration…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("migrationDialog"));
    setWindowTitle(tr("Move district data between regions"));
    resizeToFitScreen(this, QSize(760, 620));

    for (const auto &d : m_districts)
        m_districtBox->addItem(QStringLiteral("%1 (%2)").arg(d.name, d.id), d.id);
    m_districtBox->setCurrentIndex(-1);
    m_districtBox->setObjectName(QStringLiteral("migrationDistrict"));
    m_fromBox->setObjectName(QStringLiteral("migrationFrom"));
    m_toBox->setObjectName(QStringLiteral("migrationTo"));
    m_fromBox->setPlaceholderText(tr("Region that holds the data"));
    m_toBox->setPlaceholderText(tr("Region to move it to"));
    m_objects->setObjectName(QStringLiteral("migrationObjects"));
    m_objects->setMinimumHeight(140);

    m_preview->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("migrationPreview"));
    m_state->setObjectName(QStringLiteral("migrationState"));
    m_state->setWordWrap(true);
    m_problemLabel->setObjectName(QStringLiteral("migrationProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->hide();
    setTextColor(m_problemLabel, ComplianceColors::violation().lighter(115));
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    m_bar->setTextVisible(true);
    m_bar->setObjectName(QStringLiteral("migrationProgressBar"));

    auto *form = new QFormLayout;
    form->addRow(tr("&District:"), m_districtBox);
    form->addRow(tr("&From region:"), m_fromBox);
    form->addRow(tr("&To region:"), m_toBox);
    auto *objectsLabel = new QLabel(tr("&Objects to move (all checked = everything there):"), this);
    objectsLabel->setBuddy(m_objects);

    m_start->setObjectName(QStringLiteral("startMigration"));
    m_start->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelMigration"));
    m_close->setToolTip(tr("Closing does not stop a running migration; the daemon finishes it."));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_start, &QPushButton::clicked, this, &MigrationDialog::startMigration);
    connect(m_cancel, &QPushButton::clicked, this, &MigrationDialog::requestCancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each object is copied, verified by checksum at the target and "
                                "recorded in the audit trail before the source copy is deleted. "
                                "The daemon checks the residency policy first: nothing moves "
                                "if any object may not go to the target."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(objectsLabel);
    layout->addWidget(m_objects, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_bar);
    layout->addWidget(m_state);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &MigrationDialog::preview);

    connect(m_districtBox, &QComboBox::currentIndexChanged, this, [this] {
        m_report.reset();
        loadReport();
    });
    connect(m_fromBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_reportStale) {
            loadReport(); // the last migration moved objects: look again
            return;
        }
        fillObjects();
        schedulePreview();
        updateButtons();
    });
    connect(m_toBox, &QComboBox::currentIndexChanged, this, [this] {
        m_toBox->setProperty("chosen", true);
        schedulePreview();
        updateButtons();
    });
    connect(m_objects, &QListWidget::itemChanged, this, [this] {
        schedulePreview();
        updateButtons();
    });

    connect(m_progress, &MigrationProgress::phaseChanged, this, &MigrationDialog::onPhaseChanged);
    connect(m_progress, &MigrationProgress::progressChanged, this, &MigrationDialog::onProgress);
    connect(m_progress, &MigrationProgress::migrationUpdated, this,
        &MigrationDialog::onMigrationUpdated);
    connect(m_progress, &MigrationProgress::problemOccurred, this, &MigrationDialog::showProblem);

    m_state->setText(tr("Choose a district, where its data is, and where it should go."));
    updateButtons();
}

MigrationDialog::~MigrationDialog() = default;

QString MigrationDialog::regionLabel(const QString &regionId) const
{
    for (const auto &r : m_regions) {
        if (r.id == regionId)
            return QStringLiteral("%1 — %2, %3").arg(r.id, r.name, r.jurisdiction);
    }
    return regionId;
}

void MigrationDialog::setDistrict(const QString &districtId)
{
    const int index = m_districtBox->findData(districtId);
    if (index >= 0 && index != m_districtBox->currentIndex())
        m_districtBox->setCurrentIndex(index);
    else if (index >= 0 && !m_report)
        loadReport();
}

void MigrationDialog::setReport(const AuditReport &report)
{
    const int index = m_districtBox->findData(report.district.id);
    if (index < 0)
        return;
    m_fetch.cancel(); // a fetch in flight must not overwrite this
    m_preflight.cancel();
    {
        const QSignalBlocker blocker(m_districtBox);
        m_districtBox->setCurrentIndex(index);
    }
    m_report = report;
    fillFromRegions();
}

void MigrationDialog::setFrom(const QString &regionId)
{
    const int index = m_fromBox->findData(regionId);
    if (index >= 0)
        m_fromBox->setCurrentIndex(index);
}

void MigrationDialog::setTo(const QString &regionId)
{
    const int index = m_toBox->findData(regionId);
    if (index >= 0)
        m_toBox->setCurrentIndex(index);
}

void MigrationDialog::setKeys(const QStringList &keys)
{
    for (int i = 0; i < m_objects->count(); ++i) {
        auto *item = m_objects->item(i);
        item->setCheckState(keys.isEmpty() || keys.contains(item->data(KeyRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    }
}

QString MigrationDialog::district() const
{
    return m_districtBox->currentData().toString();
}

QString MigrationDialog::from() const
{
    return m_fromBox->currentData().toString();
}

QString MigrationDialog::to() const
{
    return m_toBox->currentData().toString();
}

QStringList MigrationDialog::selectedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_objects->count(); ++i) {
        if (m_objects->item(i)->checkState() == Qt::Checked)
            keys.append(m_objects->item(i)->data(KeyRole).toString());
    }
    return keys.size() == m_objects->count() ? QStringList() : keys;
}

void MigrationDialog::loadReport()
{
    const auto id = district();
    m_reportStale = false;
    m_fromBox->clear();
    m_toBox->clear();
    m_objects->clear();
    if (id.isEmpty() || !m_client)
        return;
    m_preview->setText(tr("Looking up where %1's data is…").arg(id));
    // Answers about the district shown before (its audit, a preview) belong to nobody now.
    m_fetch.cancel();
    m_preflight.cancel();
    m_fetch = m_client->fetchAudit(this, id, [this](ApiResult<AuditReport> result) {
        if (!result) {
            showProblem(result.error());
            return;
        }
        m_report = result.value();
        fillFromRegions();
    });
}

void MigrationDialog::fillFromRegions()
{
    const QSignalBlocker blockFrom(m_fromBox);
    const QSignalBlocker blockTo(m_toBox);
    const auto previousFrom = from();
    m_fromBox->clear();
    m_toBox->clear();
    m_toBox->setProperty("chosen", false);
    if (!m_report)
        return;
    const auto counts = m_report->countsByRegion();
    QString worst;
    int worstViolations = 0;
    for (const auto &r : m_regions) {
        if (!counts.contains(r.id))
            continue;
        const auto c = counts.value(r.id);
        addFromRegion(r.id, c.objects, c.violating);
        if (c.violating > worstViolations) {
            worstViolations = c.violating;
            worst = r.id;
        }
    }
    for (const auto &r : m_regions)
        m_toBox->addItem(regionLabel(r.id), r.id);
    m_toBox->setCurrentIndex(-1);
    // Default to where the district's violations are: that is usually why one migrates.
    int fromIndex = m_fromBox->findData(previousFrom);
    if (fromIndex < 0)
        fromIndex = m_fromBox->findData(worst);
    m_fromBox->setCurrentIndex(fromIndex >= 0 ? fromIndex : (m_fromBox->count() ? 0 : -1));
    fillObjects();
    schedulePreview();
    updateButtons();
    if (m_progress->phase() == MigrationProgress::Phase::Idle)
        m_state->setText(
            m_fromBox->count() ? tr("Ready.") : tr("%1 has no stored data.").arg(district()));
}

void MigrationDialog::addFromRegion(const QString &regionId, int objects, int violating)
{
    QString text;
    if (objects == 0)
        text = tr("%1 — no objects left").arg(regionLabel(regionId));
    else if (violating > 0)
        text = tr("%1 — %n object(s), %2 violating", nullptr, objects)
                   .arg(regionLabel(regionId))
                   .arg(violating);
    else
        text = tr("%1 — %n object(s)", nullptr, objects).arg(regionLabel(regionId));
    m_fromBox->addItem(StatusDot::icon(violating > 0 ? ComplianceColors::violation()
                                                     : ComplianceColors::compliant()),
        text, regionId);
}

void MigrationDialog::applyReport(const AuditReport &report)
{
    if (!m_reportStale || m_progress->isActive() || report.district.id != district())
        return;
    // A migration ended and the district was audited again: the source boxes say where its
    // data is now. The finished migration's object list stays on screen (and Start stays off)
    // until another source is picked, which reloads it.
    m_report = report;
    const QSignalBlocker blocker(m_fromBox);
    const auto current = from();
    const auto counts = report.countsByRegion();
    m_fromBox->clear();
    for (const auto &r : m_regions) {
        if (counts.contains(r.id))
            addFromRegion(r.id, counts.value(r.id).objects, counts.value(r.id).violating);
        else if (r.id == current)
            addFromRegion(r.id, 0, 0);
    }
    m_fromBox->setCurrentIndex(m_fromBox->findData(current));
}

void MigrationDialog::fillObjects()
{
    const QSignalBlocker blocker(m_objects);
    m_objects->clear();
    if (!m_report)
        return;
    const auto source = from();
    for (const auto &o : m_report->objects) {
        if (o.region != source)
            continue;
        const auto text = o.isViolation()
            ? tr("%1 (%2) — violation of %3")
                  .arg(o.key, ComplianceRegimes::dataClassLabel(o.dataClass), o.verdict.ruleId)
            : tr("%1 (%2)").arg(o.key, ComplianceRegimes::dataClassLabel(o.dataClass));
        auto *item
            = new QListWidgetItem(StatusDot::icon(o.isViolation() ? ComplianceColors::violation()
                                                                  : ComplianceColors::compliant()),
                text, m_objects);
        item->setData(KeyRole, o.key);
        item->setData(ClassRole, o.dataClass);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    // The target list: everything but the source.
    const QSignalBlocker blockTo(m_toBox);
    for (int i = 0; i < m_toBox->count(); ++i) {
        const bool isSource = m_toBox->itemData(i).toString() == source;
        if (auto *model = qobject_cast<QStandardItemModel *>(m_toBox->model()))
            model->item(i)->setEnabled(!isSource);
        if (isSource && m_toBox->currentIndex() == i)
            m_toBox->setCurrentIndex(-1);
    }
}

void MigrationDialog::schedulePreview()
{
    m_previewTimer.start();
}

void MigrationDialog::preview()
{
    const auto source = from();
    if (!m_client || !m_report || source.isEmpty())
        return;
    QSet<QString> classes;
    for (int i = 0; i < m_objects->count(); ++i) {
        if (m_objects->item(i)->checkState() == Qt::Checked)
            classes.insert(m_objects->item(i)->data(ClassRole).toString());
    }
    if (classes.isEmpty()) {
        m_preview->setText(tr("Check at least one object."));
        return;
    }
    QList<QPair<QString, QString>> placements;
    for (const auto &r : m_regions) {
        if (r.id == source)
            continue;
        for (const auto &cls : classes)
            placements.append({cls, r.id});
    }
    m_preflight.cancel();
    m_preflight = m_client->validate(
        this, district(), placements, [this, placements, source](ApiResult<QList<Verdict>> result) {
            if (source != from())
                return;
            if (!result || result.value().size() != placements.size()) {
                m_preview->setText(
                    tr("Could not check the policy: %1")
                        .arg(result ? tr("short answer") : result.error().message()));
                return;
            }
            // Per target: the first refusal, if any.
            QHash<QString, std::optional<std::pair<QString, Verdict>>> refusals;
            for (qsizetype i = 0; i < placements.size(); ++i) {
                const auto &[cls, region] = placements.at(i);
                auto &slot = refusals[region];
                if (!result.value().at(i).allowed && !slot)
                    slot = std::make_pair(cls, result.value().at(i));
            }
            const QSignalBlocker blocker(m_toBox);
            int firstAllowed = -1;
            for (int i = 0; i < m_toBox->count(); ++i) {
                const auto region = m_toBox->itemData(i).toString();
                if (!refusals.contains(region)) {
                    m_toBox->setItemIcon(i, QIcon());
                    m_toBox->setItemText(i, regionLabel(region));
                    continue;
                }
                const bool ok = !refusals.value(region);
                m_toBox->setItemIcon(i,
                    StatusDot::icon(
                        ok ? ComplianceColors::compliant() : ComplianceColors::violation()));
                m_toBox->setItemText(i,
                    ok ? tr("%1 — allowed").arg(regionLabel(region))
                       : tr("%1 — refused by the policy").arg(regionLabel(region)));
                if (ok && firstAllowed < 0)
                    firstAllowed = i;
            }
            if (!m_toBox->property("chosen").toBool() && firstAllowed >= 0)
                m_toBox->setCurrentIndex(firstAllowed);
            const auto target = to();
            if (target.isEmpty()) {
                m_preview->setText(firstAllowed < 0
                        ? tr("No region may hold all the checked objects.")
                        : QString());
            } else if (const auto refusal = refusals.value(target)) {
                m_preview->setText(tr("The policy refuses %1 data in %2: rule “%3”. %4")
                                       .arg(refusal->first, target, refusal->second.ruleId,
                                           refusal->second.remedy));
                setTextColor(m_preview, ComplianceColors::violation().lighter(115));
            } else {
                m_preview->setText(tr("The policy allows every checked object in %1.").arg(target));
                setTextColor(m_preview, ComplianceColors::compliant().lighter(115));
            }
            updateButtons();
        });
}

void MigrationDialog::updateButtons()
{
    const bool active = m_progress->isActive();
    bool anyChecked = false;
    for (int i = 0; i < m_objects->count() && !anyChecked; ++i)
        anyChecked = m_objects->item(i)->checkState() == Qt::Checked;
    m_start->setEnabled(!active && !m_reportStale && !district().isEmpty() && !from().isEmpty()
        && !to().isEmpty() && from() != to() && anyChecked);
    m_cancel->setEnabled(active && !m_progress->migrationId().isEmpty()
        && m_progress->phase() != MigrationProgress::Phase::Cancelling);
    m_cancel->setVisible(active);
    m_districtBox->setEnabled(!active);
    m_fromBox->setEnabled(!active);
    m_toBox->setEnabled(!active);
    m_objects->setEnabled(!active);
}

void MigrationDialog::startMigration()
{
    if (!m_start->isEnabled())
        return;
    m_problemLabel->hide();
    m_bar->setValue(0);
    m_progress->start(district(), from(), to(), selectedKeys());
    updateButtons();
}

void MigrationDialog::requestCancel()
{
    if (!m_progress->isActive() || m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Cancel the migration?"),
        tr("Objects not yet committed stay in %1 and their copies in %2 "
           "are removed. Objects already moved stay moved.")
            .arg(from(), to()),
        QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("cancelMigrationConfirmation"));
    m_confirm->button(QMessageBox::Yes)->setText(tr("Cancel migration"));
    m_confirm->button(QMessageBox::No)->setText(tr("Keep moving"));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this](int result) {
        m_confirm.clear(); // closed now, deleted later: the next Cancel may ask again
        if (result == QMessageBox::Yes)
            m_progress->cancel();
        updateButtons();
    });
    m_confirm->open();
}

bool MigrationDialog::applyEvent(const Event &event)
{
    return m_progress->applyEvent(event);
}

void MigrationDialog::onPhaseChanged(MigrationProgress::Phase phase)
{
    using Phase = MigrationProgress::Phase;
    const auto moved = m_progress->moved();
    const auto total = m_progress->total();
    QColor color = palette().color(QPalette::WindowText);
    switch (phase) {
    case Phase::Idle:
        break;
    case Phase::Starting:
        m_state->setText(tr("Asking the daemon to check the policy and start…"));
        break;
    case Phase::Refused:
        m_state->setText(tr("Refused: nothing was moved."));
        color = ComplianceColors::violation().lighter(115);
        break;
    case Phase::Running:
        m_state->setText(
            tr("Moving %1 → %2: %3 of %4 objects done.").arg(from(), to()).arg(moved).arg(total));
        break;
    case Phase::Cancelling:
        m_state->setText(tr("Cancelling: rolling back what is not committed yet…"));
        color = ComplianceColors::warning();
        break;
    case Phase::Done:
        m_bar->setValue(100);
        m_state->setText(
            tr("Done: %1 of %2 objects moved to %3, verified and removed from %4. "
               "Pick a district or region to move more.")
                .arg(moved)
                .arg(total)
                .arg(m_progress->migration().toRegion.isEmpty() ? to()
                                                                : m_progress->migration().toRegion,
                    m_progress->migration().fromRegion.isEmpty()
                        ? from()
                        : m_progress->migration().fromRegion));
        color = ComplianceColors::compliant().lighter(115);
        break;
    case Phase::RolledBack:
        m_state->setText(
            tr("Rolled back: nothing was moved; every object is still in the source region."));
        color = ComplianceColors::warning();
        break;
    case Phase::Failed:
        m_state->setText(
            tr("Failed after moving %1 of %2 objects: %3")
                .arg(moved)
                .arg(total)
                .arg(m_progress->error().isEmpty() ? tr("no reason given") : m_progress->error()));
        color = ComplianceColors::violation().lighter(115);
        break;
    }
    setTextColor(m_state, color);
    updateButtons();
    if (m_progress->isFinished()) {
        if (m_confirm)
            m_confirm->close();
        // Keep the finished picture on screen: each object's final state in the list (the
        // final GET may still be on its way; onMigrationUpdated completes it). The audit is
        // stale now; the next change of district or source region reloads it.
        onMigrationUpdated(m_progress->migration());
        m_reportStale = true;
        updateButtons();
        emit migrationFinished(m_progress->migration().district.isEmpty()
                ? district()
                : m_progress->migration().district,
            phase);
    }
}

QString MigrationDialog::itemStateLabel(MigrationItemState state)
{
    switch (state) {
    case MigrationItemState::Deleted:
        return tr("moved (verified, source removed)");
    case MigrationItemState::Committed:
        return tr("copied and recorded, source not yet removed");
    case MigrationItemState::Verified:
        return tr("copied and verified, not committed");
    case MigrationItemState::Copied:
        return tr("copied, not verified");
    case MigrationItemState::RolledBack:
        return tr("rolled back (still at the source)");
    case MigrationItemState::Pending:
        break;
    }
    return tr("not moved");
}

void MigrationDialog::onProgress(int moved, int total)
{
    m_bar->setValue(m_progress->percent());
    m_bar->setFormat(total > 0 ? tr("%p% (%1 of %2 objects)").arg(moved).arg(total) : tr("%p%"));
    if (m_progress->phase() == MigrationProgress::Phase::Running)
        onPhaseChanged(MigrationProgress::Phase::Running);
}

void MigrationDialog::onMigrationUpdated(const Migration &migration)
{
    // Per-object states: in the tooltip while it runs, in the text once it ended.
    const bool finished = m_progress->isFinished();
    const QSignalBlocker blocker(m_objects);
    for (int i = 0; i < m_objects->count(); ++i) {
        auto *item = m_objects->item(i);
        const auto key = item->data(KeyRole).toString();
        for (const auto &object : migration.items) {
            if (object.key != key)
                continue;
            item->setToolTip(tr("State: %1").arg(itemStateLabel(object.state)));
            if (finished)
                item->setText(tr("%1 — %2").arg(key, itemStateLabel(object.state)));
            break;
        }
    }
}

void MigrationDialog::showProblem(const ProblemDetails &problem)
{
    QString text;
    if (problem.status == 403)
        text = tr("The residency policy forbids this move. %1").arg(problem.detail);
    else if (problem.status == 409)
        text = tr("Conflict: %1").arg(problem.detail);
    else if (problem.status == 404)
        text = tr("Not found: %1").arg(problem.detail);
    else
        text = problem.message();
    if (!problem.field.isEmpty())
        text += QLatin1Char(' ') + tr("(field: %1)").arg(problem.field);
    m_problemLabel->setText(text);
    m_problemLabel->show();
    updateButtons();
}
