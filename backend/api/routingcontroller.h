#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class PodManager;
class Router;
class RoutingTable;

/** /routing: the district → pod table (GET, on the I/O threads), overrides and pod drains. */
class RoutingController
{
public:
    RoutingController(RoutingTable &table, PodManager &pods);
    ~RoutingController();
    RoutingController(const RoutingController &) = delete;
    RoutingController &operator=(const RoutingController &) = delete;
    void registerRoutes(Router &router);

private:
    /** Each district's decision rendered once when it changes; the table version is spliced
     *  in per answer, so one pod's change re-renders only the districts it affects. */
    struct Snapshot
    {
        struct Entry
        {
            QByteArray decisionTail; // the decision's JSON after its opening '{'
            QByteArray problemTail; // fail closed: the 503 problem's JSON after its '{'
            // The bodies GET /routing/{district} sends, with this snapshot's version: built
            // once per table change and shared by every request (no copy per request).
            QByteArray decisionBody;
            QByteArray problemBody;
        };
        qint64 version = 0;
        QStringList order;
        QHash<QString, Entry> byDistrict;
    };
    void update(qint64 version, const QSet<QString> &districts);

    RoutingTable &m_table;
    PodManager &m_pods;
    std::atomic<std::shared_ptr<const Snapshot>> m_snapshot;
    QMetaObject::Connection m_changed;
};
