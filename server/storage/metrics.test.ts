import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from './db.ts'
import { ensureDefaultExperiment } from './experiments.ts'
import { migrateMetricStorage } from './metric-migrate.ts'
import { readHistoryPage, readStepStats } from './metric-reads.ts'
import { insertMetrics, type MetricPoint } from './metrics.ts'
import { insertRun } from './runs.ts'

let db: Db
beforeEach(() => {
  db = openMemoryDb()
  ensureDefaultExperiment(db)
  insertRun(db, { run_uuid: 'r1', experiment_id: 0, name: 'r1', user_id: '', status: 'RUNNING', start_time: 0, artifact_uri: 'x' })
})
afterEach(() => db.close())

type Row = { step: number; timestamp: number; value: number; is_nan: number }
const all = (key: string) =>
  db
    .prepare('SELECT p.step, p.timestamp, p.value, p.is_nan FROM metric_points p JOIN metric_series s USING (series_id) WHERE s.run_uuid = ? AND s.key = ?')
    .all('r1', key) as Row[]

/** What the summaries must equal, recomputed from the full history. */
function expected(key: string) {
  const rows = all(key)
  const steps = new Set(rows.map((r) => r.step))
  const byStep = [...rows].sort((a, b) => a.step - b.step || a.timestamp - b.timestamp)
  const latest = [...rows].sort((a, b) => b.step - a.step || b.timestamp - a.timestamp || b.value - a.value)[0]
  return {
    stats: { minStep: Math.min(...steps), maxStep: Math.max(...steps), nSteps: steps.size },
    timeOrdered: byStep.every((r, i) => i === 0 || r.timestamp >= byStep[i - 1].timestamp) ? 1 : 0,
    history: [...rows].sort((a, b) => a.timestamp - b.timestamp || a.step - b.step || a.value - b.value).map((r) => [r.timestamp, r.step, r.value]),
    latest,
  }
}

function rng(seed: number) {
  return (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
  }
}

/** Batch generators: random points, or in-order batches (timestamps from a growing clock) that are
 * sometimes re-sent (a retry) or resumed from an earlier step (later timestamps at smaller steps). */
function scenario(kind: 'random' | 'retries' | 'resumes', seed: number): () => MetricPoint[] {
  const rand = rng(seed)
  let step = 0
  let clock = 1000
  let previous: MetricPoint[] = []
  return () => {
    const size = 1 + rand(30)
    const nan = () => rand(10) === 0 // stored as value 0, as parseMetricValue does
    const point = (st: number, ts: number): MetricPoint => {
      const isNan = nan()
      return { key: rand(2) ? 'a' : 'b', value: isNan ? 0 : rand(5), isNan, timestamp: ts, step: st }
    }
    if (kind === 'random') return Array.from({ length: size }, () => point(rand(60) - 10, rand(4)))
    if (kind === 'retries' && previous.length && rand(3) === 0) return previous
    if (kind === 'resumes' && rand(6) === 0) step = Math.max(0, step - 1 - rand(20))
    const batch = Array.from({ length: size }, () => point(step++, (clock += 1 + rand(3))))
    previous = batch
    return batch
  }
}

describe('insertMetrics keeps the series summaries and latest_metrics exact', () => {
  for (const [kind, seed] of [['random', 11], ['retries', 5], ['resumes', 3], ['resumes', 8]] as const) {
    it(`over ${kind} batches (seed ${seed})`, () => {
      const next = scenario(kind, seed)
      const seenOrdered = new Set<number>()
      for (let batch = 0; batch < 40; batch++) {
        const points = next()
        db.transaction(() => insertMetrics(db, 'r1', points))()
        for (const key of ['a', 'b']) {
          const stats = readStepStats(db, ['r1'], key)[0]
          if (!stats) continue
          const want = expected(key)
          expect({ minStep: stats.minStep, maxStep: stats.maxStep, nSteps: stats.nSteps }).toEqual(want.stats)
          const ordered = db.prepare('SELECT time_ordered FROM metric_series WHERE run_uuid = ? AND key = ?').pluck().get('r1', key)
          expect(ordered).toBe(want.timeOrdered)
          seenOrdered.add(want.timeOrdered)
          const history = readHistoryPage(db, 'r1', key, 0, 10_000).map((m) => [m.timestamp, m.step, m.value === 'NaN' ? 0 : m.value])
          expect(history).toEqual(want.history)
          const latest = db.prepare('SELECT step, timestamp, value FROM latest_metrics WHERE run_uuid = ? AND key = ?').get('r1', key) as Row
          expect([latest.step, latest.timestamp, latest.value]).toEqual([want.latest.step, want.latest.timestamp, want.latest.value])
        }
      }
      // Each scenario must exercise what it is named for.
      expect([...seenOrdered].sort()).toEqual({ random: [0, 1], retries: [1], resumes: [0, 1] }[kind])
    })
  }

  it('a series whose timestamps go back at a later step stops being time-ordered and still pages by timestamp', () => {
    const pts = (list: [number, number][]) => list.map(([step, timestamp]) => ({ key: 'm', value: step, isNan: false, timestamp, step }))
    db.transaction(() => insertMetrics(db, 'r1', pts([[0, 10], [1, 20], [2, 30]])))()
    db.transaction(() => insertMetrics(db, 'r1', pts([[1, 20]])))() // identical re-log keeps the order
    expect(db.prepare('SELECT time_ordered FROM metric_series').pluck().get()).toBe(1)
    db.transaction(() => insertMetrics(db, 'r1', pts([[1, 40]])))() // resumed from a checkpoint
    expect(db.prepare('SELECT time_ordered FROM metric_series').pluck().get()).toBe(0)
    expect(readHistoryPage(db, 'r1', 'm', 1, 2).map((m) => [m.step, m.timestamp])).toEqual([[1, 20], [2, 30], [1, 40]])
  })
})

describe('migrateMetricStorage', () => {
  it('moves an old metrics table onto series + points and drops the old tables', () => {
    db.exec(`CREATE TABLE metrics (run_uuid TEXT NOT NULL, key TEXT NOT NULL, step INTEGER NOT NULL DEFAULT 0, timestamp INTEGER NOT NULL,
      value REAL NOT NULL, is_nan INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (run_uuid, key, step, timestamp, value, is_nan)) WITHOUT ROWID;
      CREATE TABLE metric_step_stats (run_uuid TEXT, key TEXT, min_step INTEGER, max_step INTEGER, n_steps INTEGER, PRIMARY KEY (run_uuid, key)) WITHOUT ROWID;`)
    const ins = db.prepare('INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?)')
    for (const [key, step, ts] of [['m', 0, 1], ['m', 1, 2], ['m', 1, 3], ['m', 5, 4], ['back', 0, 5], ['back', 1, 4]] as const) ins.run('r1', key, step, ts, step, 0)
    migrateMetricStorage(db)
    expect(readStepStats(db, ['r1'], 'm')).toEqual([expect.objectContaining({ runId: 'r1', minStep: 0, maxStep: 5, nSteps: 3 })])
    expect(db.prepare('SELECT key, time_ordered, max_timestamp FROM metric_series ORDER BY key').raw().all()).toEqual([['back', 0, 5], ['m', 1, 4]])
    expect(readHistoryPage(db, 'r1', 'back', 0, 10).map((m) => m.step)).toEqual([1, 0])
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('metrics', 'metric_step_stats')").all()).toEqual([])
    migrateMetricStorage(db) // a no-op the second time
    expect(all('m')).toHaveLength(4)
  })
})
