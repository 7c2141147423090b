#include "backend/api/replicationcontroller.h"

#include "backend/api/apirequest.h"
#include "backend/api/apiresponse.h"
#include "backend/api/router.h"
#include "backend/services/replicator.h"

ReplicationController::ReplicationController(Replicator &replicator)
    : m_replicator(replicator)
{ }

void ReplicationController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/replication"), Access::Read, [this](const ApiRequest &req) {
        ReplicationStatus status = m_replicator.status();
        // Where a district's data is copied is district data: an auditor sees only its own.
        status.entries.removeIf(
            [&](const ReplicationEntry &e) { return !req.principal().maySeeDistrict(e.district); });
        return ApiResponse::json(status.toJson());
    });
    router.add(
        "GET", QStringLiteral("/replication/metrics"), Access::Read, [this](const ApiRequest &) {
            return ApiResponse::text(m_replicator.metricsText().toUtf8(),
                QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
        });
}
