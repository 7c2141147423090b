#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/** A serving region (cloud region or local stand-in) with its legal jurisdiction. */
struct Region
{
    QString id; // "us-west"
    QString name; // "US West (Oregon)"
    QString provider; // "local", "kubernetes", …
    QString cloudRegion; // "us-west-2"
    double latitude = 0;
    double longitude = 0;
    QString jurisdiction; // ISO 3166-2 ("US-OR") or ISO 3166-1 ("DE")
    QStringList certifications; // "SOC2", "COPPA", "GDPR", …
    double costPerReplicaHour = 0;

    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the bad field. */
    static Region fromJson(const QJsonObject &json);
    bool operator==(const Region &) const = default;
};

/** True for "US", "US-WA", "DE", "CA-ON": ISO 3166-1 alpha-2 with an optional subdivision. */
bool isValidJurisdiction(const QString &code);
/** "US-WA" → "US"; "DE" → "DE". */
QString countryOf(const QString &jurisdiction);
