#include "models/drills/drilldistrictsmodel.h"

#include <QColor>

namespace {
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kAmber(0xb2, 0x6a, 0x00);
const QColor kGreen(0x2e, 0x7d, 0x32);
} // namespace

DrillDistrictsModel::DrillDistrictsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DrillDistrictsModel::setPreflight(const DrillPreflight &preflight)
{
    beginResetModel();
    m_mode = Mode::Preflight;
    m_preflight = preflight;
    m_results.clear();
    endResetModel();
}

void DrillDistrictsModel::setResults(const QList<DrillDistrictResult> &results)
{
    beginResetModel();
    m_mode = Mode::Results;
    m_results = results;
    endResetModel();
}

int DrillDistrictsModel::failClosedCount() const
{
    if (m_mode == Mode::Preflight)
        return m_preflight.failClosedCount();
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
        [](const DrillDistrictResult &r) { return r.failedClosed; }));
}

int DrillDistrictsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::Preflight ? m_preflight.districts.size() : m_results.size());
}

int DrillDistrictsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_mode == Mode::Preflight ? PreflightColumnCount : ResultColumnCount;
}

QString DrillDistrictsModel::durationText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QVariant DrillDistrictsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (m_mode == Mode::Preflight)
        return preflightData(m_preflight.districts.at(index.row()), index.column(), role);
    return resultData(m_results.at(index.row()), index.column(), role);
}

QVariant DrillDistrictsModel::preflightData(
    const DrillPreflight::District &d, int column, int role) const
{
    if (role == Qt::UserRole)
        return d.district;
    if (role == Qt::ForegroundRole) {
        if (d.failsClosed)
            return kRed;
        return d.inSession ? QVariant(kAmber) : QVariant();
    }
    if (role == Qt::ToolTipRole)
        return d.failsClosed ? d.why : d.session;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case District:
        return d.district;
    case From:
        return d.fromPod;
    case To:
        return d.failsClosed ? tr("fails closed") : d.toPod;
    case Note:
        if (d.failsClosed)
            return tr("no compliant fallback: it stays unserved rather than leave its zone");
        if (d.inSession)
            return tr("school time: %1").arg(d.session);
        return d.toPod == d.fromPod ? tr("stays") : tr("moves to %1").arg(d.toRegion);
    default:
        return {};
    }
}

QVariant DrillDistrictsModel::resultData(const DrillDistrictResult &r, int column, int role) const
{
    if (role == Qt::UserRole)
        return r.district;
    if (role == Qt::ForegroundRole) {
        if (r.outOfZone > 0 || !r.meetsTargets)
            return kRed;
        if (column == RVerdict)
            return kGreen;
        return r.failedClosed ? QVariant(kAmber) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case RDistrict:
        return r.district;
    case RMove:
        return r.failedClosed ? tr("%1 → failed closed").arg(r.fromPod)
                              : tr("%1 → %2").arg(r.fromPod, r.toPod);
    case RDetection:
        return durationText(r.detectionMs);
    case RReroute:
        return durationText(r.rerouteMs);
    case RRto:
        return r.failedClosed ? tr("unserved") : durationText(r.rtoMs);
    case RFailedProbes:
        return tr("%1 of %2").arg(r.failedProbes).arg(r.probes);
    case RVerdict:
        if (r.outOfZone > 0)
            return tr("LEFT ITS ZONE");
        return r.meetsTargets ? tr("met targets") : tr("missed a target");
    default:
        return {};
    }
}

QVariant DrillDistrictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_mode == Mode::Preflight) {
        switch (section) {
        case District:
            return tr("District");
        case From:
            return tr("Now on");
        case To:
            return tr("During the drill");
        case Note:
            return tr("Note");
        default:
            return {};
        }
    }
    switch (section) {
    case RDistrict:
        return tr("District");
    case RMove:
        return tr("Moved");
    case RDetection:
        return tr("Detection");
    case RReroute:
        return tr("Reroute");
    case RRto:
        return tr("Served again after");
    case RFailedProbes:
        return tr("Failed probes");
    case RVerdict:
        return tr("Verdict");
    default:
        return {};
    }
}
