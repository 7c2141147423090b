#include "backend/agent/agentserver.h"

#include "backend/agent/deferredresponder.h"
#include "backend/agent/faultinjector.h"
#include "backend/agent/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <cmath>

namespace {

using Method = QHttpServerRequest::Method;

constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

const QString kHealthPath = QStringLiteral("/healthz");
const QString kMetricsPath = QStringLiteral("/metrics");
const QString kInferPath = QStringLiteral("/v1/infer");
const QString kDrainPath = QStringLiteral("/drain");
const QString kFaultsPath = QStringLiteral("/faults");

struct Route
{
    QString path;
    QList<Method> methods;
    QByteArray allow;
};

const Route *findRoute(const QString &path)
{
    static const QList<Route> routes{
        {kHealthPath, {Method::Get}, "GET"},
        {kMetricsPath, {Method::Get}, "GET"},
        {kInferPath, {Method::Post}, "POST"},
        {kDrainPath, {Method::Post, Method::Delete}, "POST, DELETE"},
        {kFaultsPath, {Method::Get, Method::Post}, "GET, POST"},
    };
    for (const Route &route : routes) {
        if (route.path == path)
            return &route;
    }
    return nullptr;
}

double secondsSince(const QElapsedTimer &received)
{
    return double(received.nsecsElapsed()) / 1e9;
}

/** A deterministic stand-in for a model: the same district and input give the same output. */
QJsonObject simulatedOutput(const QString &district, const QJsonValue &input)
{
    const QByteArray key = district.toUtf8() + '\n'
        + QJsonDocument(QJsonArray{input}).toJson(QJsonDocument::Compact);
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    const double score = double(qFromBigEndian<quint32>(digest.constData())) / 4294967296.0;
    return {
        {QStringLiteral("district"), district},
        {QStringLiteral("score"), std::round(score * 1e4) / 1e4},
        {QStringLiteral("label"),
            score >= 0.5 ? QStringLiteral("on_track") : QStringLiteral("needs_support")},
        {QStringLiteral("input"), input},
    };
}

} // namespace

AgentServer::AgentServer(const AgentOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_metrics(
          options.pod, options.region, options.replica, options.instance, options.modelVersion)
    , m_faults(new FaultInjector(this))
{
    m_uptime.start();
    connect(m_faults, &FaultInjector::changed, this, [this] {
        if (!m_faults->isHanging())
            releaseParked();
    });
}

AgentServer::~AgentServer() = default;

quint16 AgentServer::start()
{
    const QHostAddress address = m_options.host == QLatin1String("localhost")
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(m_options.host);
    // Our own QTcpServer rather than QAbstractHttpServer::listen(), which only logs the reason.
    auto *server = new QTcpServer(this);
    if (!server->listen(address, m_options.port)) {
        m_error = QStringLiteral("cannot listen on %1:%2: %3")
                      .arg(m_options.host)
                      .arg(m_options.port)
                      .arg(server->errorString());
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void AgentServer::beginShutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    const auto listeners = servers();
    for (QTcpServer *server : listeners)
        server->close();
    releaseParked();
    qCInfo(lcAgent) << "stopped accepting connections;" << m_outstanding << "answers outstanding";
    if (m_outstanding == 0)
        emit drained();
}

bool AgentServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer received;
    received.start();
    // QtHttpServer reuses the request object for the connection's next request, so everything
    // needed after this call returns is copied now.
    const Method method = request.method();
    const QString path = request.url().path();
    const QByteArray body = request.body();
    auto responder = std::make_shared<DeferredResponder>(makeResponder(request, socket), socket);
    qCDebug(lcAgent) << method << path << body.size() << "bytes";
    dispatch(responder, method, path, request.value("Authorization"), body, received);
    return true;
}

void AgentServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only guards against a future QtHttpServer
    // calling us anyway.
    DeferredResponder(makeResponder(request, socket), socket)
        .send(AgentReply::problem(
            HttpStatus::NotFound, QStringLiteral("no resource at %1").arg(request.url().path())));
}

std::optional<AgentReply> AgentServer::refuseControl(const QByteArray &authorization) const
{
    if (m_options.controlSecret.isEmpty())
        return AgentReply::problem(HttpStatus::Forbidden,
            QStringLiteral("fault injection and drain are disabled: this agent was started "
                           "without RP_AGENT_CONTROL_SECRET"));
    const QByteArray expected = "Bearer " + m_options.controlSecret;
    // Constant-time: the comparison must not reveal how much of a guess was right.
    bool same = authorization.size() == expected.size();
    unsigned char diff = 0;
    for (qsizetype i = 0; same && i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(authorization.at(i) ^ expected.at(i));
    if (same && diff == 0)
        return std::nullopt;
    AgentReply reply = AgentReply::problem(HttpStatus::Unauthorized,
        QStringLiteral("fault injection and drain need the agent's control secret"));
    reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return reply;
}

void AgentServer::dispatch(const Responder &responder, Method method, const QString &path,
    const QByteArray &authorization, const QByteArray &body, const QElapsedTimer &received)
{
    if (m_stopping) {
        AgentReply reply = AgentReply::problem(
            HttpStatus::ServiceUnavailable, QStringLiteral("the agent is shutting down"));
        reply.closeConnection = true;
        responder->send(reply);
        return;
    }
    // /faults stays prompt under every fault so a drill can always read and clear it.
    const bool isControl = path == kFaultsPath;
    if (!isControl && m_faults->isHanging()) {
        park(responder);
        return;
    }
    const int delayMs = isControl ? 0 : m_faults->extraLatencyMs();
    const bool isInference = path == kInferPath && method == Method::Post;

    const Route *route = findRoute(path);
    AgentReply reply;
    if (!route) {
        reply = AgentReply::problem(
            HttpStatus::NotFound, QStringLiteral("no resource at %1").arg(path));
    } else if (!route->methods.contains(method)) {
        reply = AgentReply::problem(HttpStatus::MethodNotAllowed,
            QStringLiteral("%1 accepts only %2").arg(path, QString::fromLatin1(route->allow)));
        reply.headers.append({QByteArrayLiteral("Allow"), route->allow});
    } else if (auto refused = (path == kFaultsPath || path == kDrainPath)
            ? refuseControl(authorization)
            : std::nullopt) {
        reply = *refused;
    } else if (body.size() > kMaxBodyBytes) {
        reply = AgentReply::problem(HttpStatus::PayloadTooLarge,
            QStringLiteral("the body is over 1 MiB"), QStringLiteral("body"));
    } else if (isInference) {
        handleInference(responder, body, received, delayMs);
        return;
    } else if (path == kHealthPath) {
        reply = healthReply();
    } else if (path == kMetricsPath) {
        reply.contentType = AgentMetrics::contentType;
        reply.body = m_metrics.render(m_inFlight, m_options.capacityRps, m_draining);
        if (m_faults->floodsMetrics()) // a hostile replica: comment lines without end
            reply.body += QByteArray(FaultSpec::metricsFloodBytes, '#');
    } else if (path == kDrainPath) {
        reply = drainReply(method == Method::Post);
    } else if (method == Method::Post) { // /faults
        handleFaultUpdate(responder, body);
        return;
    } else {
        reply = AgentReply::json(HttpStatus::Ok, m_faults->toJson());
    }
    answer(responder, reply, received, delayMs, isInference);
}

void AgentServer::handleInference(const Responder &responder, const QByteArray &body,
    const QElapsedTimer &received, int extraLatencyMs)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString detail = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("malformed JSON at offset %1: %2")
                  .arg(parseError.offset)
                  .arg(parseError.errorString())
            : QStringLiteral("the body must be a JSON object");
        answer(responder,
            AgentReply::problem(HttpStatus::BadRequest, detail, QStringLiteral("body")), received,
            extraLatencyMs, true);
        return;
    }
    const QJsonObject object = document.object();
    const QJsonValue district = object.value(QStringLiteral("district"));
    if (!district.isString() || district.toString().isEmpty()) {
        answer(responder,
            AgentReply::problem(HttpStatus::BadRequest,
                QStringLiteral("district must be a non-empty string"), QStringLiteral("district")),
            received, extraLatencyMs, true);
        return;
    }
    if (double(m_inFlight + 1) > m_options.capacityRps) {
        AgentReply reply = AgentReply::problem(HttpStatus::TooManyRequests,
            QStringLiteral("%1 inferences in flight; capacity is %2")
                .arg(m_inFlight)
                .arg(m_options.capacityRps));
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        answer(responder, reply, received, extraLatencyMs, true);
        return;
    }

    // Decided on arrival, so a fault cleared mid-request does not change an answer already owed.
    const bool fail = m_faults->shouldFailInference();
    const QString districtId = district.toString();
    const QJsonValue input = object.value(QStringLiteral("input"));
    ++m_inFlight;
    defer(received, qint64(m_options.costMs) + extraLatencyMs,
        [this, responder, received, fail, districtId, input] {
            --m_inFlight;
            const double seconds = secondsSince(received);
            AgentReply reply;
            if (fail) {
                reply = AgentReply::problem(HttpStatus::InternalServerError,
                    QStringLiteral("injected fault: errors mode failed this inference"));
            } else {
                reply = AgentReply::json(HttpStatus::Ok,
                    {
                        {QStringLiteral("pod"), m_options.pod},
                        {QStringLiteral("region"), m_options.region},
                        {QStringLiteral("replica"), m_options.replica},
                        {QStringLiteral("model_version"), m_options.modelVersion},
                        {QStringLiteral("output"), simulatedOutput(districtId, input)},
                        {QStringLiteral("latency_ms"), std::round(seconds * 1e6) / 1e3},
                    });
            }
            m_metrics.recordInference(reply.status, seconds);
            responder->send(reply);
        });
}

void AgentServer::handleFaultUpdate(const Responder &responder, const QByteArray &body)
{
    FaultSpec::Error error;
    const std::optional<FaultSpec> spec = FaultSpec::parse(body, &error);
    if (!spec) {
        responder->send(AgentReply::problem(HttpStatus::BadRequest,
            error.field + QStringLiteral(": ") + error.reason, error.field));
        return;
    }
    m_faults->apply(*spec);
    responder->send(AgentReply::json(HttpStatus::Ok, m_faults->toJson()));
    if (spec->mode == FaultSpec::Mode::Crash)
        emit crashRequested();
}

AgentReply AgentServer::healthReply() const
{
    return AgentReply::json(HttpStatus::Ok,
        {
            {QStringLiteral("status"),
                m_draining ? QStringLiteral("draining") : QStringLiteral("ok")},
            {QStringLiteral("pod"), m_options.pod},
            {QStringLiteral("region"), m_options.region},
            {QStringLiteral("replica"), m_options.replica},
            {QStringLiteral("instance"), m_options.instance},
            {QStringLiteral("model_version"), m_options.modelVersion},
            {QStringLiteral("uptime_s"), double(m_uptime.elapsed()) / 1000.0},
            {QStringLiteral("draining"), m_draining},
            // Lets a restarted daemon signal an agent it re-adopted but did not start.
            {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        });
}

AgentReply AgentServer::drainReply(bool draining)
{
    if (m_draining != draining)
        qCInfo(lcAgent) << (draining ? "draining" : "no longer draining");
    m_draining = draining;
    return AgentReply::json(HttpStatus::Ok, {{QStringLiteral("draining"), m_draining}});
}

void AgentServer::answer(const Responder &responder, const AgentReply &reply,
    const QElapsedTimer &received, int delayMs, bool isInference)
{
    auto deliver = [this, responder, reply, received, isInference] {
        if (isInference)
            m_metrics.recordInference(reply.status, secondsSince(received));
        responder->send(reply);
    };
    if (delayMs <= 0)
        deliver();
    else
        defer(received, delayMs, deliver);
}

void AgentServer::defer(
    const QElapsedTimer &received, qint64 targetMs, std::function<void()> action)
{
    ++m_outstanding;
    waitUntil(received, targetMs, [this, action = std::move(action)] {
        action();
        if (--m_outstanding == 0 && m_stopping)
            emit drained();
    });
}

void AgentServer::waitUntil(
    const QElapsedTimer &received, qint64 targetMs, std::function<void()> action)
{
    const qint64 remainingNs = targetMs * 1'000'000 - received.nsecsElapsed();
    if (remainingNs <= 0) {
        action();
        return;
    }
    // Timers round to milliseconds and may fire a little early; re-arming for what is left
    // guarantees the promised minimum latency.
    const int remainingMs = int((remainingNs + 999'999) / 1'000'000);
    QTimer::singleShot(remainingMs, Qt::PreciseTimer, this,
        [this, received, targetMs, action = std::move(action)] {
            waitUntil(received, targetMs, action);
        });
}

void AgentServer::park(const Responder &responder)
{
    std::erase_if(m_parked, [](const Responder &parked) { return !parked->isConnected(); });
    m_parked.push_back(responder);
    qCDebug(lcAgent) << "hang fault: holding request" << m_parked.size() << "unanswered";
}

void AgentServer::releaseParked()
{
    if (m_parked.empty())
        return;
    // A hung process that recovers drops the connections it was stuck on; answering them late
    // would tell a drill's probe the hang never happened.
    qCInfo(lcAgent) << "closing" << m_parked.size() << "connections held by the hang fault";
    const std::vector<Responder> parked = std::exchange(m_parked, {});
    for (const Responder &responder : parked)
        responder->disconnect();
}
