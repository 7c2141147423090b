#pragma once

#include "backend/core/district.h"
#include "backend/core/event.h"
#include "backend/core/pod.h"
#include "models/apicall.h"
#include "models/apiresult.h"
#include "models/eventstream.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class ApiClient;
class EventLogModel;
class PodTableModel;
class RegionListModel;

/**
 * Wires the daemon client, the event stream and the console's models: loads the fleet with
 * GET when the stream first connects (and again after stream.reset or a failed load), applies
 * every event as a diff, and queues events that arrive while a load is in flight so the
 * snapshot cannot overwrite them. Widget-free: the UI and tests drive it.
 */
class ConsoleController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)

public:
    /** Uses (does not own) @p api and @p stream; creates and owns the models. */
    explicit ConsoleController(ApiClient *api, EventStream *stream, QObject *parent = nullptr);
    ~ConsoleController() override;

    ApiClient *api() const { return m_api; }
    EventStream *stream() const { return m_stream; }
    PodTableModel *podModel() const { return m_pods; }
    RegionListModel *regionModel() const { return m_regions; }
    EventLogModel *eventLog() const { return m_eventLog; }
    const QList<District> &districts() const { return m_districts; }

    /** Opens the event stream at the client's base URL; its first connection loads the fleet. */
    void start();
    /** Closes the stream and cancels pending reload retries. */
    void stop();
    /** Switches to another daemon and/or token: stops, points the API client and the event
     *  stream at @p url with @p token, and starts again (a full reload follows). */
    void reconnect(const QUrl &url, const QString &token);
    /** Reloads regions, districts and pods with GET now (Ctrl+R). */
    void refresh();
    bool isLoading() const { return m_loading; }
    /** True after the first successful load. */
    bool hasLoaded() const { return m_loaded; }
    /** Delay before a failed load is retried. */
    void setRetryInterval(std::chrono::milliseconds interval) { m_retryInterval = interval; }

    /** Logs @p event and applies it to the pod model (queued while a load is in flight). */
    void applyEvent(const Event &event);

    /** PUT …/scale for @p podId; on success the table shows the new desired count at once.
     *  @p done runs while @p context lives (this controller must outlive the call). */
    void scalePod(QObject *context, const QString &podId, int replicas,
        std::function<void(ApiResult<Pod>)> done);
    /** DELETE the pod; on success its row goes at once (the pod.deleted event is then a no-op).
     *  @p done runs while @p context lives (this controller must outlive the call). */
    void deletePod(
        QObject *context, const QString &podId, std::function<void(ApiResult<QString>)> done);

signals:
    void loadingChanged(bool loading);
    /** Every successful (re)load of regions and pods. */
    void fleetLoaded();
    void districtsChanged();
    /** A load failed; @p message is readable ("Could not load pods: Network error: …"). */
    void errorOccurred(const QString &message);
    /** The daemon became unreachable (the stream went offline) or came back. */
    void reachableChanged(bool reachable);

private:
    void onResyncNeeded();
    void onStreamStateChanged(EventStream::State state);
    void cancelLoad();
    void loadPods();
    void finishLoad(bool ok);
    void setLoading(bool loading);

    ApiClient *m_api;
    EventStream *m_stream;
    PodTableModel *m_pods;
    RegionListModel *m_regions;
    EventLogModel *m_eventLog;
    QList<District> m_districts;
    QList<Event> m_queued;
    QTimer m_retryTimer;
    std::chrono::milliseconds m_retryInterval{5000};
    QList<ApiCall> m_loadCalls; // the load in flight: districts, regions, then pods
    bool m_loading = false;
    bool m_loaded = false;
    bool m_started = false;
    QDateTime m_lastUpdate; // when the daemon last told us anything
    bool m_reachable = true;
};
