#pragma once

#include "backend/core/eventtype.h"
#include "backend/core/migration.h"

#include <QJsonObject>
#include <QString>

/** migration.progress: {id, district, from, to, state, moved, total, error} — a residency
 *  migration advanced; moved: objects whose source is deleted; error: "" unless it failed. */
struct MigrationProgressEvent
{
    static constexpr EventType kType = EventType::MigrationProgress;
    QString id;
    QString district;
    QString from;
    QString to;
    MigrationState state = MigrationState::Pending;
    int moved = 0;
    int total = 0;
    QString error;

    QJsonObject toJson() const;
    /** Strict: unknown keys, a state that is not a migration state, moved > total refused. */
    static MigrationProgressEvent fromJson(const QJsonObject &json);
    bool operator==(const MigrationProgressEvent &) const = default;
};
