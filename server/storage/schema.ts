/**
 * The SQLite schema of the embedded tracking server. Every table mirrors MLflow's SQL store
 * closely enough that MLflow's search semantics translate directly. Timestamps are epoch ms.
 *
 * Metric values: NaN is stored as value 0 with is_nan = 1 (as MLflow does); ±Infinity is stored
 * as ±1.7976931348623157e308, which is also what MLflow's SQL store returns for them.
 */
export const SCHEMA_VERSION = 1

export const SCHEMA_SQL = /* sql */ `
CREATE TABLE IF NOT EXISTS experiments (
  experiment_id     INTEGER PRIMARY KEY,
  name              TEXT NOT NULL UNIQUE,
  artifact_location TEXT NOT NULL,
  lifecycle_stage   TEXT NOT NULL DEFAULT 'active' CHECK (lifecycle_stage IN ('active', 'deleted')),
  creation_time     INTEGER NOT NULL,
  last_update_time  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS experiment_tags (
  experiment_id INTEGER NOT NULL REFERENCES experiments(experiment_id) ON DELETE CASCADE,
  key           TEXT NOT NULL,
  value         TEXT NOT NULL,
  PRIMARY KEY (experiment_id, key)
);

CREATE TABLE IF NOT EXISTS runs (
  run_uuid        TEXT PRIMARY KEY,
  experiment_id   INTEGER NOT NULL REFERENCES experiments(experiment_id),
  name            TEXT NOT NULL DEFAULT '',
  user_id         TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'RUNNING',
  start_time      INTEGER,
  end_time        INTEGER,
  lifecycle_stage TEXT NOT NULL DEFAULT 'active' CHECK (lifecycle_stage IN ('active', 'deleted')),
  artifact_uri    TEXT NOT NULL,
  deleted_time    INTEGER
);
CREATE INDEX IF NOT EXISTS runs_by_experiment ON runs (experiment_id, lifecycle_stage, start_time DESC);

-- params, tags, experiment_tags and run_inputs keep a rowid on purpose: MLflow returns them in
-- the order they were first logged, and the rowid records that order. The (key, value) indexes
-- carry run_uuid so that filtering and sorting on params/tags stay index-only.
CREATE TABLE IF NOT EXISTS params (
  run_uuid TEXT NOT NULL REFERENCES runs(run_uuid) ON DELETE CASCADE,
  key      TEXT NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (run_uuid, key)
);
CREATE INDEX IF NOT EXISTS params_by_key ON params (key, value, run_uuid);

CREATE TABLE IF NOT EXISTS tags (
  run_uuid TEXT NOT NULL REFERENCES runs(run_uuid) ON DELETE CASCADE,
  key      TEXT NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (run_uuid, key)
);
CREATE INDEX IF NOT EXISTS tags_by_key ON tags (key, value, run_uuid);

-- One row per (run, metric key): the integer id that metric_points is keyed by (a 32-char run
-- id and the key repeated in every point made the history table 2.5x larger), plus summaries
-- kept on write: smallest and largest step and the number of distinct steps (when
-- n_steps = max_step - min_step + 1 the steps are a contiguous range, so get-history-bulk-interval
-- need not read them), the largest timestamp, and time_ordered = 1 while no two points have step
-- and timestamp in opposite order (then MLflow's (timestamp, step, value) history order equals
-- the primary-key order and get-history reads pages without sorting).
-- Data directories from before these tables had metrics (run_uuid, key, …) and
-- metric_step_stats; migrateMetricStorage() (storage/metric-migrate.ts) moves them over at startup.
CREATE TABLE IF NOT EXISTS metric_series (
  series_id     INTEGER PRIMARY KEY,
  run_uuid      TEXT NOT NULL REFERENCES runs(run_uuid) ON DELETE CASCADE,
  key           TEXT NOT NULL,
  min_step      INTEGER NOT NULL,
  max_step      INTEGER NOT NULL,
  n_steps       INTEGER NOT NULL,
  max_timestamp INTEGER NOT NULL,
  time_ordered  INTEGER NOT NULL,
  UNIQUE (run_uuid, key)
);

-- Full metric history. Identical points (same key, step, timestamp, value) are stored once, as in MLflow.
CREATE TABLE IF NOT EXISTS metric_points (
  series_id INTEGER NOT NULL REFERENCES metric_series(series_id) ON DELETE CASCADE,
  step      INTEGER NOT NULL,
  timestamp INTEGER NOT NULL,
  value     REAL NOT NULL,
  is_nan    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (series_id, step, timestamp, value, is_nan)
) WITHOUT ROWID;

-- The latest value per (run, key) by (step, timestamp, value), kept on write so that
-- runs/search can filter and order on metrics without scanning histories.
CREATE TABLE IF NOT EXISTS latest_metrics (
  run_uuid  TEXT NOT NULL REFERENCES runs(run_uuid) ON DELETE CASCADE,
  key       TEXT NOT NULL,
  step      INTEGER NOT NULL,
  timestamp INTEGER NOT NULL,
  value     REAL NOT NULL,
  is_nan    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (run_uuid, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS latest_metrics_by_key ON latest_metrics (key, value);

CREATE TABLE IF NOT EXISTS datasets (
  dataset_uuid  TEXT PRIMARY KEY,
  experiment_id INTEGER NOT NULL REFERENCES experiments(experiment_id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  digest        TEXT NOT NULL,
  source_type   TEXT NOT NULL,
  source        TEXT NOT NULL,
  schema        TEXT,
  profile       TEXT,
  UNIQUE (experiment_id, name, digest)
);
CREATE TABLE IF NOT EXISTS run_inputs (
  run_uuid     TEXT NOT NULL REFERENCES runs(run_uuid) ON DELETE CASCADE,
  dataset_uuid TEXT NOT NULL REFERENCES datasets(dataset_uuid) ON DELETE CASCADE,
  tags_json    TEXT NOT NULL DEFAULT '[]',  -- [{key, value}] as MLflow's InputTag list
  PRIMARY KEY (run_uuid, dataset_uuid)
);

CREATE TABLE IF NOT EXISTS registered_models (
  name                   TEXT PRIMARY KEY,
  creation_timestamp     INTEGER NOT NULL,
  last_updated_timestamp INTEGER NOT NULL,
  description            TEXT
);
CREATE TABLE IF NOT EXISTS registered_model_tags (
  name  TEXT NOT NULL REFERENCES registered_models(name) ON UPDATE CASCADE ON DELETE CASCADE,
  key   TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (name, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS model_versions (
  name                   TEXT NOT NULL REFERENCES registered_models(name) ON UPDATE CASCADE ON DELETE CASCADE,
  version                INTEGER NOT NULL,
  creation_timestamp     INTEGER NOT NULL,
  last_updated_timestamp INTEGER NOT NULL,
  description            TEXT,
  user_id                TEXT,
  current_stage          TEXT NOT NULL DEFAULT 'None',
  source                 TEXT,
  run_id                 TEXT,
  run_link               TEXT,
  status                 TEXT NOT NULL DEFAULT 'READY',
  status_message         TEXT,
  storage_location       TEXT,
  PRIMARY KEY (name, version)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS model_versions_by_run ON model_versions (run_id);
CREATE TABLE IF NOT EXISTS model_version_tags (
  name    TEXT NOT NULL,
  version INTEGER NOT NULL,
  key     TEXT NOT NULL,
  value   TEXT NOT NULL,
  PRIMARY KEY (name, version, key),
  FOREIGN KEY (name, version) REFERENCES model_versions(name, version) ON UPDATE CASCADE ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS registered_model_aliases (
  name    TEXT NOT NULL REFERENCES registered_models(name) ON UPDATE CASCADE ON DELETE CASCADE,
  alias   TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (name, alias)
) WITHOUT ROWID;
`
