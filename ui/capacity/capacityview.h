#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QWidget>

class CapacityFeed;
class QAreaSeries;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QSplitter;

/**
 * The capacity page (issue #9), from measured figures only (CapacityFeed): utilization per
 * region over time, requests per second stacked by pod, and each pod's headroom now (busiest
 * first). Range 15 min / 1 h / 6 h / 24 h, live; line series are decimated to the chart's
 * width (decimateMinMax), the stacked areas averaged per pixel column, so a 24 h range draws
 * as smoothly as 15 min. Export CSV… writes the points shown.
 */
class CapacityView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapacityView)

public:
    /** Uses (does not own) @p feed. */
    explicit CapacityView(CapacityFeed *feed, QWidget *parent = nullptr);
    ~CapacityView() override;

    QComboBox *rangePicker() const { return m_range; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }
    QChartView *utilizationView() const { return m_utilizationView; }
    QChartView *stackedView() const { return m_stackedView; }
    QChartView *headroomView() const { return m_headroomView; }
    /** The points drawn for @p regionId's utilization (percent over epoch ms). */
    QList<QPointF> utilizationPoints(const QString &regionId) const;
    /** The upper edge of @p podId's band in the stacked chart (cumulative req/s). */
    QList<QPointF> stackedUpper(const QString &podId) const;
    QList<QPointF> stackedLower(const QString &podId) const;
    /** The pods the headroom chart lists, busiest first, with their headroom (req/s). */
    QList<QPair<QString, double>> headroomShown() const { return m_headroomShown; }
    /** The colour @p podId's band is drawn in. */
    QColor stackedColor(const QString &podId) const;
    /** Writes the shown data as CSV to @p path; false with @p error on failure. */
    bool exportCsv(const QString &path, QString *error) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void rebuildUtilization(const QList<qint64> &times);
    void rebuildStacked(const QList<qint64> &times);
    void rebuildHeadroom();
    void chooseExportFile();
    void fitValueTicks();
    int plotColumns(QChartView *view) const;

    CapacityFeed *m_feed;
    QComboBox *m_range;
    QPushButton *m_export;
    QLabel *m_status;
    QChartView *m_utilizationView;
    QChartView *m_stackedView;
    QChartView *m_headroomView;
    QSplitter *m_charts = nullptr;
    QHash<QString, QLineSeries *> m_regionLines;
    QHash<QString, QAreaSeries *> m_podAreas;
    QList<QPair<QString, double>> m_headroomShown;
};
