#include "models/compliance/consenttablemodel.h"

#include "models/compliance/compliancecolors.h"
#include "models/compliance/complianceregimes.h"
#include "models/statusdot.h"

#include <QFont>
#include <QLocale>
#include <QSet>

ConsentTableModel::ConsentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ConsentTableModel::~ConsentTableModel() = default;

void ConsentTableModel::setConsents(const QList<Consent> &consents)
{
    QSet<QString> ids;
    for (const auto &c : consents)
        ids.insert(c.id);
    for (int row = int(m_consents.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_consents.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_consents.removeAt(row);
            endRemoveRows();
        }
    }
    for (const auto &c : consents)
        upsert(c);
}

void ConsentTableModel::upsert(const Consent &consent)
{
    const int row = rowOf(consent.id);
    if (row >= 0) {
        if (m_consents.at(row) != consent) {
            m_consents[row] = consent;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    const int at = int(m_consents.size());
    beginInsertRows({}, at, at);
    m_consents.append(consent);
    endInsertRows();
}

void ConsentTableModel::clear()
{
    if (m_consents.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_consents.size()) - 1);
    m_consents.clear();
    endRemoveRows();
}

Consent ConsentTableModel::consent(int row) const
{
    return row >= 0 && row < m_consents.size() ? m_consents.at(row) : Consent{};
}

int ConsentTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_consents.size(); ++row) {
        if (m_consents.at(row).id == id)
            return row;
    }
    return -1;
}

QDateTime ConsentTableModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

void ConsentTableModel::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    if (!m_consents.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_consents.size()) - 1, ColumnCount - 1));
}

ConsentTableModel::Status ConsentTableModel::statusOf(const Consent &consent) const
{
    if (consent.revoked)
        return Status::Revoked;
    if (!consent.expires.isValid() || consent.expires <= now())
        return Status::Expired;
    return Status::Active;
}

QString ConsentTableModel::statusLabel(Status status)
{
    switch (status) {
    case Status::Active:
        return tr("Active");
    case Status::Expired:
        return tr("Expired");
    case Status::Revoked:
        return tr("Revoked");
    }
    return {};
}

int ConsentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_consents.size());
}

int ConsentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Consent &c = m_consents.at(index.row());
    const Status status = statusOf(c);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StatusColumn:
            return statusLabel(status);
        case DataClassColumn:
            return ComplianceRegimes::dataClassLabel(dataClassName(c.dataClass));
        case RegionColumn:
            return c.regionId;
        case ReferenceColumn:
            return c.reference;
        case ExpiresColumn:
            return QLocale().toString(c.expires.toLocalTime().date(), QLocale::ShortFormat);
        case IdColumn:
            return c.id;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        const qint64 days = now().daysTo(c.expires);
        if (status == Status::Active)
            return tr("Allows %1 data of %2 in %3 for %5 more days (ref. %4).")
                .arg(ComplianceRegimes::dataClassLabel(dataClassName(c.dataClass)), c.districtId,
                    c.regionId, c.reference, QString::number(days));
        if (status == Status::Expired)
            return tr("Expired on %1: allows nothing.")
                .arg(QLocale().toString(c.expires.toLocalTime(), QLocale::LongFormat));
        return tr("Revoked: allows nothing.");
    }
    case Qt::BackgroundRole:
        return status == Status::Active ? ComplianceColors::compliantRow()
                                        : ComplianceColors::neutralRow();
    case Qt::ForegroundRole:
        if (status != Status::Active)
            return QColor(0xB0, 0xB0, 0xB0);
        return index.column() == StatusColumn ? ComplianceColors::compliant().lighter(120)
                                              : QColor(Qt::white);
    case Qt::FontRole:
        if (status == Status::Revoked && index.column() != StatusColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (status == Status::Expired && index.column() == ExpiresColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusDot::icon(status == Status::Active ? ComplianceColors::compliant()
                                                            : ComplianceColors::neutral());
        return {};
    case ConsentIdRole:
        return c.id;
    case StatusRole:
        return int(status);
    case StatusNameRole:
        return status == Status::Active ? QStringLiteral("active")
            : status == Status::Expired ? QStringLiteral("expired")
                                        : QStringLiteral("revoked");
    case DataClassRole:
        return dataClassName(c.dataClass);
    case RegionRole:
        return c.regionId;
    case ReferenceRole:
        return c.reference;
    case ExpiresRole:
        return c.expires;
    case RevokedRole:
        return c.revoked;
    default:
        return {};
    }
}

QVariant ConsentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case DataClassColumn:
        return tr("Data class");
    case RegionColumn:
        return tr("Region");
    case ReferenceColumn:
        return tr("Agreement");
    case ExpiresColumn:
        return tr("Expires");
    case IdColumn:
        return tr("Id");
    case ColumnCount:
        break;
    }
    return {};
}
