#pragma once

#include "backend/core/drills/schoolcalendar.h"
#include "backend/core/residency/dataclass.h"

#include <QJsonObject>
#include <QList>
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
    /** Classes its serving requests carry ("request_data_classes"); empty on the wire means the
     *  regulated classes it holds (see requestClasses()). */
    QStringList requestDataClasses;
    /** Its school calendar ("calendar"), in timeZone: drills are refused in its instructional
     *  hours and testing windows. Empty: no school hours known. */
    SchoolCalendar calendar;

    /** The classes routing must place: requestDataClasses, or every regulated class held. */
    QList<DataClass> requestClasses() const;

    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the bad field. */
    static District fromJson(const QJsonObject &json);
    bool operator==(const District &) const = default;
};
