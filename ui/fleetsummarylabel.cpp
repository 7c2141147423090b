#include "ui/fleetsummarylabel.h"

#include "models/healthcolors.h"
#include "models/podtablemodel.h"

#include <QLocale>
#include <QMap>

FleetSummaryLabel::FleetSummaryLabel(PodTableModel *pods, QWidget *parent)
    : QLabel(parent)
    , m_pods(pods)
{
    setTextFormat(Qt::RichText);
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &FleetSummaryLabel::recount);
    const auto schedule = [this] { m_timer.start(); };
    connect(m_pods, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_pods, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_pods, &QAbstractItemModel::dataChanged, this, schedule);
    connect(m_pods, &QAbstractItemModel::modelReset, this, schedule);
    recount();
}

// "18 healthy" as one plural string per state, so languages that inflect the adjective for
// the count (French "18 sains", Spanish "18 sanos") can.
QString FleetSummaryLabel::countText(HealthState state, int n)
{
    switch (state) {
    case HealthState::Healthy:
        return tr("%n healthy", nullptr, n);
    case HealthState::Degraded:
        return tr("%n degraded", nullptr, n);
    case HealthState::Unhealthy:
        return tr("%n unhealthy", nullptr, n);
    case HealthState::Unknown:
        break;
    }
    return tr("%n unknown", nullptr, n);
}

void FleetSummaryLabel::recount()
{
    QMap<int, int> counts;
    for (const auto &pod : m_pods->pods())
        ++counts[int(pod.health)];
    if (m_pods->isStale()) {
        // The counts are last known, not current: say so instead of "18 healthy".
        setText(tr("%1 pods · last update %2")
                    .arg(m_pods->rowCount())
                    .arg(m_pods->lastUpdate().isValid()
                            ? QLocale().toString(m_pods->lastUpdate().toLocalTime().time())
                            : tr("never")));
        return;
    }
    QString html = tr("%1 pods").arg(m_pods->rowCount());
    for (auto state : {HealthState::Healthy, HealthState::Degraded, HealthState::Unhealthy,
             HealthState::Unknown}) {
        const int n = counts.value(int(state));
        if (n == 0 && state != HealthState::Healthy)
            continue;
        html += QStringLiteral("&nbsp;&nbsp;&nbsp;<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
                    .arg(HealthColors::color(state).name(), countText(state, n).toHtmlEscaped());
    }
    setText(html);
}
