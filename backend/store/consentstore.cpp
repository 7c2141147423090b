#include "backend/store/consentstore.h"

#include "backend/store/database.h"

#include <QSqlQuery>

namespace {

constexpr auto kConsentColumns = "id, district, data_class, region, reference, expires, revoked";

Consent consentFromRow(const QSqlQuery &q)
{
    Consent c;
    c.id = q.value(0).toString();
    c.districtId = q.value(1).toString();
    c.dataClass = dataClassFromString(q.value(2).toString()).value_or(DataClass::StudentPii);
    c.regionId = q.value(3).toString();
    c.reference = q.value(4).toString();
    c.expires = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    c.revoked = q.value(6).toInt() != 0;
    return c;
}

} // namespace

ConsentStore::ConsentStore(Database &db)
    : m_db(db)
{ }

void ConsentStore::insert(const Consent &c)
{
    m_db.exec(
        QStringLiteral("INSERT INTO consents (%1, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(kConsentColumns)),
        {c.id, c.districtId, dataClassName(c.dataClass), c.regionId, c.reference,
            c.expires.toUTC().toString(Qt::ISODateWithMs), c.revoked ? 1 : 0,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

QList<Consent> ConsentStore::list(const QString &district)
{
    auto q = district.isEmpty()
        ? m_db.exec(QStringLiteral("SELECT %1 FROM consents ORDER BY created_at, id")
                        .arg(QLatin1String(kConsentColumns)))
        : m_db.exec(
            QStringLiteral("SELECT %1 FROM consents WHERE district = ? ORDER BY created_at, id")
                .arg(QLatin1String(kConsentColumns)),
            {district});
    QList<Consent> out;
    while (q.next())
        out.append(consentFromRow(q));
    return out;
}

std::optional<Consent> ConsentStore::find(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM consents WHERE id = ?").arg(QLatin1String(kConsentColumns)),
        {id});
    if (!q.next())
        return std::nullopt;
    return consentFromRow(q);
}

bool ConsentStore::revoke(const QString &id)
{
    return m_db.exec(QStringLiteral("UPDATE consents SET revoked = 1 WHERE id = ? AND revoked = 0"),
                   {id})
               .numRowsAffected()
        > 0;
}
