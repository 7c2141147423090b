#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Body of POST /residency/erasure (the right to erasure, GDPR Art. 17): {"district", "prefix"}
 * (every object whose key starts with it; it must start with "<district>/") or {"district",
 * "keys": [...]} (at most kMaxKeys, each the district's). Exactly one of the two; fromJson()
 * throws ValidationError naming the field.
 */
struct ErasureRequest
{
    static constexpr int kMaxKeys = 1000;
    QString district;
    QString prefix;
    QStringList keys;

    QJsonObject toJson() const;
    static ErasureRequest fromJson(const QJsonObject &json);
    bool operator==(const ErasureRequest &) const = default;
};

/** One copy of one object an erasure deletes: in a primary store or a replica store. */
struct ErasureItem
{
    QString region;
    QString store; // describe() of the store
    bool replica = false;
    QString key;
    bool deleted = false; // and confirmed absent by the store
    std::optional<QDateTime> verifiedAt;
    QString error; // the last failure while it is not deleted

    QJsonObject toJson() const;
    static ErasureItem fromJson(const QJsonObject &json, const QString &prefix = {});
    bool operator==(const ErasureItem &) const = default;
};

/**
 * An erasure and its receipt (GET /residency/erasures/{id}): every copy it found, in every
 * primary and replica store, each deleted and confirmed absent by a listing. "pending" while a
 * store could not be reached (retried), "done" once a last listing of every store found nothing.
 */
struct Erasure
{
    enum class State { Running, Pending, Done };
    QString id;
    ErasureRequest request;
    QString actor;
    State state = State::Running;
    QDateTime created;
    std::optional<QDateTime> finished;
    QList<ErasureItem> items;
    int attempts = 0;

    int deletedCount() const;
    QJsonObject toJson() const;
    /** Strict: throws ValidationError naming the field. */
    static Erasure fromJson(const QJsonObject &json);
    bool operator==(const Erasure &) const = default;
};

QString erasureStateName(Erasure::State state);
