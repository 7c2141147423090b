#pragma once

#include <QString>

/** The daemon's 202 answer to POST /residency/migrate: the migration's id, state and size. */
struct MigrationTicket
{
    QString id;
    QString state; // "running" (or "done" for an empty migration)
    int total = 0; // objects to move
};
