#include "models/compliance/auditobjectmodel.h"

#include "backend/core/residency/auditreport.h"
#include "models/compliance/compliancecolors.h"
#include "models/compliance/complianceregimes.h"
#include "models/statusdot.h"

#include <QFont>
#include <QLocale>
#include <QSet>

AuditObjectModel::AuditObjectModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AuditObjectModel::~AuditObjectModel() = default;

void AuditObjectModel::setReport(const AuditReport &report)
{
    if (report.district.id != m_district || m_objects.isEmpty()) {
        if (!m_objects.isEmpty()) {
            beginResetModel();
            m_district = report.district.id;
            m_objects = report.objects;
            endResetModel();
        } else {
            m_district = report.district.id;
            if (!report.objects.isEmpty()) {
                beginInsertRows({}, 0, int(report.objects.size()) - 1);
                m_objects = report.objects;
                endInsertRows();
            }
        }
        return;
    }

    QHash<QString, const AuditObject *> incoming;
    for (const auto &object : report.objects)
        incoming.insert(object.identity(), &object);
    // Gone rows first, from the back so earlier rows keep their numbers.
    for (int row = int(m_objects.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_objects.at(row).identity())) {
            beginRemoveRows({}, row, row);
            m_objects.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int row = 0; row < m_objects.size(); ++row) {
        const auto identity = m_objects.at(row).identity();
        present.insert(identity);
        const AuditObject *fresh = incoming.value(identity);
        if (*fresh != m_objects.at(row)) {
            m_objects[row] = *fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    for (const auto &object : report.objects) {
        if (present.contains(object.identity()))
            continue;
        const int row = int(m_objects.size());
        beginInsertRows({}, row, row);
        m_objects.append(object);
        endInsertRows();
    }
}

void AuditObjectModel::clear()
{
    if (m_objects.isEmpty()) {
        m_district.clear();
        return;
    }
    beginRemoveRows({}, 0, int(m_objects.size()) - 1);
    m_objects.clear();
    m_district.clear();
    endRemoveRows();
}

AuditObject AuditObjectModel::object(int row) const
{
    return row >= 0 && row < m_objects.size() ? m_objects.at(row) : AuditObject{};
}

int AuditObjectModel::rowOf(const QString &region, const QString &key) const
{
    for (int row = 0; row < m_objects.size(); ++row) {
        if (m_objects.at(row).region == region && m_objects.at(row).key == key)
            return row;
    }
    return -1;
}

int AuditObjectModel::violationCount() const
{
    return int(std::count_if(m_objects.cbegin(), m_objects.cend(),
        [](const AuditObject &o) { return o.isViolation(); }));
}

int AuditObjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_objects.size());
}

int AuditObjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditObjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditObject &o = m_objects.at(index.row());
    const bool violation = o.isViolation();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case VerdictColumn:
            return violation ? tr("Violation") : tr("Compliant");
        case RegionColumn:
            return o.region;
        case JurisdictionColumn:
            return o.jurisdiction;
        case KeyColumn:
            return o.key;
        case DataClassColumn:
            return ComplianceRegimes::dataClassLabel(o.dataClass);
        case SizeColumn:
            return QLocale().formattedDataSize(o.size);
        case RuleColumn:
            return o.verdict.ruleId;
        case RemedyColumn:
            return violation ? o.verdict.remedy : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2 — %3<br>")
                          .arg(o.key.toHtmlEscaped(), o.region.toHtmlEscaped(),
                              o.jurisdiction.toHtmlEscaped());
        tip += violation ? tr("<b>Violation</b> of rule %1").arg(o.verdict.ruleId.toHtmlEscaped())
                         : tr("Allowed by rule %1").arg(o.verdict.ruleId.toHtmlEscaped());
        if (!o.verdict.legalBasis.isEmpty())
            tip += QStringLiteral("<br><i>%1</i>").arg(o.verdict.legalBasis.toHtmlEscaped());
        if (violation && !o.verdict.remedy.isEmpty())
            tip += tr("<br><b>Remedy:</b> %1").arg(o.verdict.remedy.toHtmlEscaped());
        if (!o.verdict.consentIds.isEmpty())
            tip += tr("<br>Relies on consent %1")
                       .arg(o.verdict.consentIds.join(QStringLiteral(", ")));
        return tip;
    }
    case Qt::BackgroundRole:
        return violation ? ComplianceColors::violationRow() : ComplianceColors::compliantRow();
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return violation ? ComplianceColors::violation().lighter(125)
                             : ComplianceColors::compliant().lighter(120);
        return QColor(Qt::white);
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return StatusDot::icon(
                violation ? ComplianceColors::violation() : ComplianceColors::compliant());
        return {};
    case Qt::FontRole:
        if (index.column() == VerdictColumn && violation) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AllowedRole:
        return o.verdict.allowed;
    case VerdictRole:
        return violation ? QStringLiteral("violation") : QStringLiteral("compliant");
    case KeyRole:
        return o.key;
    case RegionRole:
        return o.region;
    case JurisdictionRole:
        return o.jurisdiction;
    case DataClassRole:
        return o.dataClass;
    case SizeRole:
        return o.size;
    case Sha256Role:
        return o.sha256;
    case RuleRole:
        return o.verdict.ruleId;
    case LegalBasisRole:
        return o.verdict.legalBasis;
    case RemedyRole:
        return o.verdict.remedy;
    case RegimeRole:
        return int(ComplianceRegimes::forVerdict(o.verdict));
    case SeverityRole:
        return violation ? 1 : 0;
    case IdentityRole:
        return o.identity();
    default:
        return {};
    }
}

QVariant AuditObjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case VerdictColumn:
        return tr("Verdict");
    case RegionColumn:
        return tr("Region");
    case JurisdictionColumn:
        return tr("Jurisdiction");
    case KeyColumn:
        return tr("Object");
    case DataClassColumn:
        return tr("Data class");
    case SizeColumn:
        return tr("Size");
    case RuleColumn:
        return tr("Rule");
    case RemedyColumn:
        return tr("Remedy");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> AuditObjectModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(QHash<int, QByteArray>{{AllowedRole, "allowed"}, {VerdictRole, "verdict"},
        {KeyRole, "key"}, {RegionRole, "region"}, {JurisdictionRole, "jurisdiction"},
        {DataClassRole, "dataClass"}, {SizeRole, "size"}, {Sha256Role, "sha256"},
        {RuleRole, "rule"}, {LegalBasisRole, "legalBasis"}, {RemedyRole, "remedy"},
        {RegimeRole, "regime"}, {SeverityRole, "severity"}, {IdentityRole, "identity"}});
    return names;
}
