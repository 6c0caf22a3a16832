/** Seeding helpers for the search SQL tests (not used by the server). */
import type { Db } from '../storage/db.ts'

export type SeedRun = {
  id: string
  experimentId?: number
  name?: string
  status?: string
  userId?: string
  startTime?: number | null
  endTime?: number | null
  deleted?: boolean
  /** NaN is stored as MLflow does: value 0 with is_nan = 1. */
  metrics?: Record<string, number>
  params?: Record<string, string>
  tags?: Record<string, string>
}

/** Inserts experiments 1 and 2 (unless present) and the given runs with their data. */
export function seedRuns(db: Db, runs: SeedRun[]): void {
  const exp = db.prepare(
    `INSERT OR IGNORE INTO experiments (experiment_id, name, artifact_location, creation_time, last_update_time) VALUES (?, ?, '', 0, 0)`,
  )
  exp.run(1, 'exp-1')
  exp.run(2, 'exp-2')
  const run = db.prepare(
    `INSERT INTO runs (run_uuid, experiment_id, name, user_id, status, start_time, end_time, lifecycle_stage, artifact_uri)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const metric = db.prepare('INSERT INTO latest_metrics (run_uuid, key, step, timestamp, value, is_nan) VALUES (?, ?, 0, 0, ?, ?)')
  const param = db.prepare('INSERT INTO params (run_uuid, key, value) VALUES (?, ?, ?)')
  const tag = db.prepare('INSERT INTO tags (run_uuid, key, value) VALUES (?, ?, ?)')
  db.transaction(() => {
    for (const r of runs) {
      run.run(r.id, r.experimentId ?? 1, r.name ?? r.id, r.userId ?? 'alice', r.status ?? 'FINISHED',
        r.startTime === undefined ? 1000 : r.startTime, r.endTime ?? null, r.deleted ? 'deleted' : 'active', `mlflow-artifacts:/${r.id}`)
      for (const [k, v] of Object.entries(r.metrics ?? {})) metric.run(r.id, k, Number.isNaN(v) ? 0 : v, Number.isNaN(v) ? 1 : 0)
      for (const [k, v] of Object.entries(r.params ?? {})) param.run(r.id, k, v)
      for (const [k, v] of Object.entries(r.tags ?? {})) tag.run(r.id, k, v)
    }
  })()
}
