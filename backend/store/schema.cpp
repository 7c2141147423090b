#include "backend/store/schema.h"

// Portable SQL: TEXT/INTEGER/REAL/BIGINT only, no SQLite-only syntax, so the same steps run on
// PostgreSQL. JSON-ish columns (certifications, data classes) are stored as JSON text.
const QList<SchemaStep> &schemaSteps()
{
    static const QList<SchemaStep> steps = {
        {1,
            {
                QStringLiteral(
                    "CREATE TABLE regions (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                    "provider TEXT NOT NULL, cloud_region TEXT NOT NULL, latitude REAL NOT NULL, "
                    "longitude REAL NOT NULL, jurisdiction TEXT NOT NULL, "
                    "certifications TEXT NOT NULL, cost_per_replica_hour REAL NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE pods (id TEXT PRIMARY KEY, region TEXT NOT NULL REFERENCES "
                    "regions(id), "
                    "type TEXT NOT NULL, replicas INTEGER NOT NULL, min_replicas INTEGER NOT NULL, "
                    "max_replicas INTEGER NOT NULL, capacity_rps INTEGER NOT NULL, "
                    "model_version TEXT NOT NULL, jurisdiction TEXT NOT NULL, "
                    "certifications TEXT NOT NULL, health TEXT NOT NULL, draining INTEGER NOT "
                    "NULL, "
                    "created_at TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE replicas (pod_id TEXT NOT NULL REFERENCES pods(id) ON DELETE "
                    "CASCADE, "
                    "idx INTEGER NOT NULL, instance TEXT NOT NULL, pid BIGINT NOT NULL, "
                    "port INTEGER NOT NULL, health TEXT NOT NULL, PRIMARY KEY (pod_id, idx))"),
                QStringLiteral(
                    "CREATE TABLE districts (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                    "jurisdiction TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL, "
                    "time_zone TEXT NOT NULL, data_classes TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE events (seq BIGINT PRIMARY KEY, time TEXT NOT NULL, "
                               "type TEXT NOT NULL, data TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE tokens (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, "
                    "role TEXT NOT NULL, districts TEXT NOT NULL, label TEXT NOT NULL, "
                    "created_at TEXT NOT NULL, revoked_at TEXT)"),
                QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            }},
        {2,
            {
                QStringLiteral(
                    "CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, time TEXT NOT NULL, actor "
                    "TEXT NOT NULL, "
                    "action TEXT NOT NULL, district TEXT NOT NULL, data_class TEXT NOT NULL, "
                    "from_region TEXT NOT NULL, to_region TEXT NOT NULL, rule TEXT NOT NULL, "
                    "legal_basis TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, "
                    "hash TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX audit_log_district ON audit_log (district, seq)"),
                QStringLiteral(
                    "CREATE TABLE consents (id TEXT PRIMARY KEY, district TEXT NOT NULL, "
                    "data_class TEXT NOT NULL, region TEXT NOT NULL, reference TEXT NOT NULL, "
                    "expires TEXT NOT NULL, revoked INTEGER NOT NULL, created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX consents_district ON consents (district)"),
                QStringLiteral(
                    "CREATE TABLE migrations (id TEXT PRIMARY KEY, district TEXT NOT NULL, "
                    "from_region TEXT NOT NULL, to_region TEXT NOT NULL, state TEXT NOT NULL, "
                    "actor TEXT NOT NULL, error TEXT NOT NULL, cancel_requested INTEGER NOT NULL, "
                    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE migration_items (migration_id TEXT NOT NULL REFERENCES "
                    "migrations(id), "
                    "object_key TEXT NOT NULL, data_class TEXT NOT NULL, size BIGINT NOT NULL, "
                    "sha256 TEXT NOT NULL, state TEXT NOT NULL, rule TEXT NOT NULL, "
                    "PRIMARY KEY (migration_id, object_key))"),
            }},
        // Token expiry and rotation (the previous secret stays valid until previous_expires_at).
        {3,
            {
                QStringLiteral("ALTER TABLE tokens ADD COLUMN expires_at TEXT"),
                QStringLiteral("ALTER TABLE tokens ADD COLUMN previous_hash TEXT"),
                QStringLiteral("ALTER TABLE tokens ADD COLUMN previous_expires_at TEXT"),
            }},
        // Drain for maintenance (no traffic, pod kept) apart from deletion (drain, then delete):
        // until v3 a draining pod was always being deleted.
        {4,
            {
                QStringLiteral("ALTER TABLE pods ADD COLUMN deleting INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE pods SET deleting = draining"),
            }},
        // Routing overrides (issue #9): kept after they end, for the record.
        {5,
            {
                QStringLiteral(
                    "CREATE TABLE routing_overrides (id TEXT PRIMARY KEY, body TEXT NOT NULL, "
                    "expires_at TEXT NOT NULL, ended_at TEXT, ended_by TEXT)"),
            }},
        // Downsampled capacity history (issue #9): per pod one row per minute, kept 7 days.
        {6,
            {
                QStringLiteral("CREATE TABLE capacity_history (pod TEXT NOT NULL, "
                               "start_ms BIGINT NOT NULL, rps REAL NOT NULL, "
                               "capacity_rps REAL NOT NULL, PRIMARY KEY (pod, start_ms))"),
                QStringLiteral(
                    "CREATE INDEX capacity_history_start ON capacity_history (start_ms)"),
            }},
        // Failover drills (issue #23): school calendars gate them; each drill is one row (its
        // whole record as JSON, rewritten at each step) and each fault it injects a ledger row,
        // written before the fault is applied, so a restart finds and reverts every one.
        {7,
            {
                QStringLiteral(
                    "ALTER TABLE districts ADD COLUMN calendar TEXT NOT NULL DEFAULT '{}'"),
                QStringLiteral("CREATE TABLE drills (id TEXT PRIMARY KEY, state TEXT NOT NULL, "
                               "created_at TEXT NOT NULL, body TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX drills_created ON drills (created_at)"),
                QStringLiteral("CREATE TABLE drill_faults (drill_id TEXT NOT NULL, "
                               "seq INTEGER NOT NULL, state TEXT NOT NULL, body TEXT NOT NULL, "
                               "PRIMARY KEY (drill_id, seq))"),
            }},
        // Scheduled drills and the outcome of each run.
        {8,
            {
                QStringLiteral(
                    "CREATE TABLE drill_schedules (id TEXT PRIMARY KEY, body TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE drill_schedule_runs (schedule_id TEXT NOT NULL, "
                               "at TEXT NOT NULL, body TEXT NOT NULL, "
                               "PRIMARY KEY (schedule_id, at))"),
            }},
        // DR replication (issue #24): the ledger of copies in replica stores (a row is written
        // before its copy is put) and the durable backlog of objects whose copy is due.
        {9,
            {
                QStringLiteral(
                    "CREATE TABLE replica_copies (source_region TEXT NOT NULL, "
                    "object_key TEXT NOT NULL, target_region TEXT NOT NULL, "
                    "district TEXT NOT NULL, data_class TEXT NOT NULL, state TEXT NOT NULL, "
                    "sha256 TEXT NOT NULL, size BIGINT NOT NULL, "
                    "source_modified_ms BIGINT NOT NULL, verified_ms BIGINT NOT NULL, "
                    "lag_ms BIGINT NOT NULL, "
                    "PRIMARY KEY (source_region, object_key, target_region))"),
                QStringLiteral(
                    "CREATE INDEX replica_copies_target ON replica_copies (target_region, "
                    "object_key)"),
                QStringLiteral("CREATE INDEX replica_copies_district ON replica_copies (district)"),
                QStringLiteral("CREATE TABLE replica_backlog (source_region TEXT NOT NULL, "
                               "object_key TEXT NOT NULL, district TEXT NOT NULL, "
                               "data_class TEXT NOT NULL, size BIGINT NOT NULL, "
                               "detected_ms BIGINT NOT NULL, attempts INTEGER NOT NULL, "
                               "next_attempt_ms BIGINT NOT NULL, last_error TEXT NOT NULL, "
                               "PRIMARY KEY (source_region, object_key))"),
                QStringLiteral(
                    "CREATE INDEX replica_backlog_due ON replica_backlog (next_attempt_ms)"),
            }},
        // Erasures (issue #24, GDPR Art. 17): the request and its receipt, one row each.
        {10,
            {
                QStringLiteral(
                    "CREATE TABLE erasures (id TEXT PRIMARY KEY, district TEXT NOT NULL, "
                    "state TEXT NOT NULL, created_at TEXT NOT NULL, body TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX erasures_district ON erasures (district, created_at)"),
            }},
    };
    return steps;
}
