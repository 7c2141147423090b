#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/** A school district: where it is, which law applies to it, which data classes it holds. */
struct District
{
    QString id; // "us-wa-seattle"
    QString name;
    QString jurisdiction; // ISO 3166-2, e.g. "US-WA", "CA-ON", "DE"
    double latitude = 0;
    double longitude = 0;
    QString timeZone; // IANA, e.g. "America/Los_Angeles"
    QStringList dataClasses;

    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the bad field. */
    static District fromJson(const QJsonObject &json);
    bool operator==(const District &) const = default;
};
