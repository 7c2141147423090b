#pragma once

#include <QList>
#include <QString>

#include <functional>

#include <QMetaObject>

class ApiServer;
class CapacityMonitor;
class HealthMonitor;
class EventBus;
class PodManager;
class Router;
class RoutingTable;

/**
 * GET /metrics: the daemon's own figures in Prometheus text format, for a real Prometheus to
 * scrape. It is on the API listener and needs a bearer token like every other route (any role:
 * give Prometheus an auditor or read-only token as `authorization.credentials`), so nothing is
 * served without authentication on a second port.
 */
class MetricsController
{
public:
    MetricsController(PodManager &pods, CapacityMonitor &capacity, RoutingTable &routing,
        EventBus &events, HealthMonitor &health, const ApiServer &server);
    ~MetricsController();
    MetricsController(const MetricsController &) = delete;
    MetricsController &operator=(const MetricsController &) = delete;
    void registerRoutes(Router &router);
    /** Adds @p text (whole metric families in Prometheus text) to every /metrics answer. */
    void addText(std::function<QString()> text) { m_texts.append(std::move(text)); }

private:
    QList<std::function<QString()>> m_texts;
    PodManager &m_pods;
    CapacityMonitor &m_capacity;
    RoutingTable &m_routing;
    HealthMonitor &m_health;
    const ApiServer &m_server;
    QMetaObject::Connection m_published;
    double m_failovers = 0;
    double m_failClosedAlerts = 0;
    double m_routingChanges = 0;
};
