import type { Db } from './db.ts'

/**
 * Moves a data directory written before `metric_series`/`metric_points` existed onto them: the
 * old `metrics (run_uuid, key, step, timestamp, value, is_nan)` history becomes series rows with
 * their step/timestamp summaries and integer-keyed points, then the old `metrics` and
 * `metric_step_stats` tables are dropped. One transaction (a crash leaves the old tables intact
 * and the next start retries); a no-op for current data directories. Cost: one pass over the
 * history plus one ordered window pass to find series whose timestamps do not grow with steps.
 */
export function migrateMetricStorage(db: Db): void {
  const old = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'metrics'").get()
  if (!old) return
  db.transaction(() => {
    db.exec(`
      INSERT OR IGNORE INTO metric_series (run_uuid, key, min_step, max_step, n_steps, max_timestamp, time_ordered)
        SELECT run_uuid, key, MIN(step), MAX(step), COUNT(DISTINCT step), MAX(timestamp), 1 FROM metrics GROUP BY run_uuid, key;
      INSERT OR IGNORE INTO metric_points (series_id, step, timestamp, value, is_nan)
        SELECT s.series_id, m.step, m.timestamp, m.value, m.is_nan FROM metrics m JOIN metric_series s ON s.run_uuid = m.run_uuid AND s.key = m.key;
      -- A series is time-ordered iff its timestamps never decrease in (step, timestamp) order.
      UPDATE metric_series SET time_ordered = 0 WHERE series_id IN (
        SELECT series_id FROM (
          SELECT series_id, timestamp, LAG(timestamp) OVER (PARTITION BY series_id ORDER BY step, timestamp) AS prev FROM metric_points
        ) WHERE timestamp < prev);
      DROP TABLE metrics;
      DROP TABLE IF EXISTS metric_step_stats;
    `)
  })()
}
