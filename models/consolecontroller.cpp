#include "models/consolecontroller.h"

#include "models/apiclient.h"
#include "models/eventlogmodel.h"
#include "models/logging.h"
#include "models/podtablemodel.h"
#include "models/regionlistmodel.h"

#include <QPointer>

ConsoleController::ConsoleController(ApiClient *api, EventStream *stream, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_stream(stream)
    , m_pods(new PodTableModel(this))
    , m_regions(new RegionListModel(this))
    , m_eventLog(new EventLogModel(this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConsoleController::refresh);
    connect(m_stream, &EventStream::eventReceived, this, &ConsoleController::applyEvent);
    // Recent history from before this console connected: shown, never applied.
    connect(m_stream, &EventStream::historyReceived, m_eventLog, &EventLogModel::append);
    connect(m_stream, &EventStream::resyncNeeded, this, &ConsoleController::onResyncNeeded);
    connect(m_stream, &EventStream::stateChanged, this, &ConsoleController::onStreamStateChanged);
}

ConsoleController::~ConsoleController() = default;

void ConsoleController::start()
{
    m_started = true;
    m_stream->open(m_api->baseUrl(), m_api->token());
}

void ConsoleController::stop()
{
    m_started = false;
    m_retryTimer.stop();
    m_stream->close();
}

void ConsoleController::reconnect(const QUrl &url, const QString &token)
{
    stop();
    cancelLoad(); // answers still on their way from the old daemon are dropped
    m_api->setBaseUrl(url);
    m_api->setToken(token);
    start();
}

void ConsoleController::onResyncNeeded()
{
    if (m_started)
        refresh();
}

void ConsoleController::onStreamStateChanged(EventStream::State state)
{
    if (state == EventStream::State::Connected)
        m_lastUpdate = QDateTime::currentDateTimeUtc();
    // Offline is decided by the stream (several failed attempts), not by one dropped socket.
    const bool reachable = state != EventStream::State::Offline;
    if (reachable != m_reachable) {
        m_reachable = reachable;
        m_pods->setStale(!reachable, m_lastUpdate);
        emit reachableChanged(reachable);
    }
    // Without a stream there is no first-connect resync: show the fleet anyway.
    if (m_started && state == EventStream::State::Offline && !m_loaded && !m_loading)
        refresh();
}

void ConsoleController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ConsoleController::cancelLoad()
{
    for (ApiCall &call : m_loadCalls)
        call.cancel();
    m_loadCalls.clear();
}

void ConsoleController::refresh()
{
    m_retryTimer.stop();
    cancelLoad(); // a newer load supersedes the one in flight
    setLoading(true);
    m_loadCalls.append(m_api->fetchDistricts(this, [this](ApiResult<QList<District>> result) {
        if (!result) {
            emit errorOccurred(tr("Could not load districts: %1").arg(result.error().message()));
            return;
        }
        if (result.value() != m_districts) {
            m_districts = result.value();
            emit districtsChanged();
        }
    }));
    // Regions first: pods are placed on the map at their region's coordinates.
    m_loadCalls.append(m_api->fetchRegions(this, [this](ApiResult<QList<Region>> result) {
        if (!result) {
            emit errorOccurred(tr("Could not load regions: %1").arg(result.error().message()));
            finishLoad(false);
            return;
        }
        m_regions->setRegions(result.value());
        m_pods->setRegions(result.value());
        loadPods();
    }));
}

void ConsoleController::loadPods()
{
    m_loadCalls.append(m_api->fetchPods(this, [this](ApiResult<QList<Pod>> result) {
        if (!result) {
            emit errorOccurred(tr("Could not load pods: %1").arg(result.error().message()));
            finishLoad(false);
            return;
        }
        m_pods->setPods(result.value());
        finishLoad(true);
    }));
}

void ConsoleController::finishLoad(bool ok)
{
    m_loadCalls.clear();
    // Events that arrived during the load are newer than (or as new as) the snapshot; applying
    // them in order converges on the latest state even where the snapshot already had them.
    const auto queued = std::exchange(m_queued, {});
    for (const auto &event : queued)
        m_pods->applyEvent(event);
    setLoading(false);
    if (ok) {
        m_loaded = true;
        m_lastUpdate = QDateTime::currentDateTimeUtc();
        qCInfo(lcClient) << "fleet loaded:" << m_pods->rowCount() << "pods,"
                         << m_regions->rowCount() << "regions";
        emit fleetLoaded();
    } else if (m_started) {
        m_retryTimer.start(m_retryInterval);
    }
}

void ConsoleController::applyEvent(const Event &event)
{
    m_lastUpdate = QDateTime::currentDateTimeUtc();
    m_eventLog->append(event);
    if (m_loading)
        m_queued.append(event);
    else
        m_pods->applyEvent(event);
}

void ConsoleController::scalePod(
    QObject *context, const QString &podId, int replicas, std::function<void(ApiResult<Pod>)> done)
{
    const auto pod = m_pods->pod(podId);
    if (!pod) {
        ProblemDetails problem;
        problem.status = 404;
        problem.title = tr("Unknown pod");
        problem.detail = tr("%1 is no longer in the fleet").arg(podId);
        return done(ApiResult<Pod>::failure(problem));
    }
    m_api->scalePod(context, pod->region, podId, replicas,
        [this, podId, done = std::move(done)](ApiResult<Pod> result) {
            if (result)
                m_pods->setDesiredReplicas(podId, result.value().replicas);
            done(result);
        });
}

void ConsoleController::deletePod(
    QObject *context, const QString &podId, std::function<void(ApiResult<QString>)> done)
{
    const auto pod = m_pods->pod(podId);
    if (!pod) {
        ProblemDetails problem;
        problem.status = 404;
        problem.title = tr("Unknown pod");
        problem.detail = tr("%1 is no longer in the fleet").arg(podId);
        return done(ApiResult<QString>::failure(problem));
    }
    m_api->deletePod(context, pod->region, podId,
        [this, podId, done = std::move(done)](ApiResult<QString> result) {
            if (result)
                m_pods->removePod(podId);
            done(result);
        });
}
