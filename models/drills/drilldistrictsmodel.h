#pragma once

#include "backend/core/drills/drill.h"

#include <QAbstractTableModel>

/**
 * The districts a drill touches, one row each: before the run what the preflight says (where
 * each goes, who fails closed and why, who is in school time), after it what was measured
 * (detection, reroute, RTO, failed probes, targets met). Role Qt::ForegroundRole marks a
 * district that fails closed (red) or sits in school time (amber); UserRole is its id.
 */
class DrillDistrictsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDistrictsModel)

public:
    enum class Mode { Preflight, Results };
    enum PreflightColumn { District, From, To, Note, PreflightColumnCount };
    enum ResultColumn {
        RDistrict,
        RMove,
        RDetection,
        RReroute,
        RRto,
        RFailedProbes,
        RVerdict,
        ResultColumnCount
    };

    explicit DrillDistrictsModel(QObject *parent = nullptr);

    void setPreflight(const DrillPreflight &preflight);
    void setResults(const QList<DrillDistrictResult> &results);
    Mode mode() const { return m_mode; }
    const DrillPreflight &preflight() const { return m_preflight; }
    const QList<DrillDistrictResult> &results() const { return m_results; }
    int failClosedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "1.2 s", "850 ms", "—" for a time not measured. */
    static QString durationText(qint64 ms);

private:
    QVariant preflightData(const DrillPreflight::District &d, int column, int role) const;
    QVariant resultData(const DrillDistrictResult &r, int column, int role) const;

    Mode m_mode = Mode::Preflight;
    DrillPreflight m_preflight;
    QList<DrillDistrictResult> m_results;
};
