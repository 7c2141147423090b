#pragma once

// Test fixture for the compliance widget tests: a real `regionalpodsd --demo` (port 0, temp
// data dir) with the console's API and compliance clients pointed at it.

#include "daemonprocess.h"

#include "backend/core/district.h"
#include "backend/core/region.h"
#include "models/apiclient.h"
#include "models/compliance/complianceclient.h"
#include "ui/map/worldmapview.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

struct ComplianceDaemon
{
    static constexpr int kDeadline = 20000;

    /** Starts the daemon and the clients; false when it did not come up. */
    bool start()
    {
        if (!dir.isValid() || DaemonProcess::binDir().isEmpty())
            return false;
        // These tests count the audit chain's records: DR replication's copies (tst_replication
        // tests those) would add to it at moments no test controls.
        const QString config = dir.filePath(QStringLiteral("config.json"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(R"({"replication": {"enabled": false}})") <= 0)
            return false;
        file.close();
        daemon = std::make_unique<DaemonProcess>(dir.filePath(QStringLiteral("data")));
        if (!daemon->start({QStringLiteral("--config"), config}, 20000, extraEnv))
            return false;
        api = std::make_unique<ApiClient>(network);
        api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(daemon->port())));
        api->setToken(QString::fromUtf8(daemon->token()));
        client = std::make_unique<ComplianceClient>(*api);
        return true;
    }
    /** Stops the clients and the daemon; the daemon's exit code (0 = clean). */
    int stop()
    {
        client.reset();
        api.reset();
        return daemon ? daemon->stop() : 0;
    }

    QByteArray createToken(const QString &role, const QStringList &districts = {})
    {
        QJsonObject body{{"role", role}};
        if (!districts.isEmpty())
            body.insert("districts", QJsonArray::fromStringList(districts));
        const auto reply = daemon->request("POST", "/tokens", QJsonDocument(body).toJson());
        if (reply.status != 201)
            qWarning() << "token:" << reply.status << reply.body;
        return reply.json().value("token").toString().toUtf8();
    }
    QList<District> districts()
    {
        std::optional<QList<District>> list;
        api->fetchDistricts(&context,
            [&](ApiResult<QList<District>> r) { list = r ? r.value() : QList<District>{}; });
        if (!QTest::qWaitFor([&] { return list.has_value(); }, kDeadline))
            qWarning("no answer from the daemon");
        return list.value_or(QList<District>{});
    }
    QList<Region> regions()
    {
        std::optional<QList<Region>> list;
        api->fetchRegions(
            &context, [&](ApiResult<QList<Region>> r) { list = r ? r.value() : QList<Region>{}; });
        if (!QTest::qWaitFor([&] { return list.has_value(); }, kDeadline))
            qWarning("no answer from the daemon");
        return list.value_or(QList<Region>{});
    }

    QTemporaryDir dir;
    std::unique_ptr<DaemonProcess> daemon;
    QStringList extraEnv; // NAME=value for the daemon (RP_WALL_CLOCK=…)
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<ComplianceClient> client;
    QObject context; // owns the fetches' callbacks
};

/** What PodMapBinder does in the console: one label per region, so badges have a place. */
inline void labelRegions(WorldMapView *map, const QList<Region> &regions)
{
    QList<MapLabel> labels;
    for (const auto &r : regions)
        labels.append(MapLabel{r.id, r.name, r.latitude, r.longitude});
    map->setLabels(labels);
}
