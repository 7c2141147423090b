#pragma once

#include <QJsonObject>
#include <QString>

/** Answer of GET /healthz: the daemon is up, which version, how many pods, since when. */
struct DaemonHealth
{
    QString status;
    QString version;
    int pods = 0;
    qint64 uptimeSeconds = 0;

    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the bad field. */
    static DaemonHealth fromJson(const QJsonObject &json);
};
