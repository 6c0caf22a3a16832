import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from './db.ts'
import { ensureDefaultExperiment } from './experiments.ts'
import { backfillStepStats, insertMetrics, readStepStats, type MetricPoint } from './metrics.ts'
import { insertRun } from './runs.ts'

let db: Db
beforeEach(() => {
  db = openMemoryDb()
  ensureDefaultExperiment(db)
  insertRun(db, { run_uuid: 'r1', experiment_id: 0, name: 'r1', user_id: '', status: 'RUNNING', start_time: 0, artifact_uri: 'x' })
})
afterEach(() => db.close())

/** What the summaries must equal, recomputed from the full history. */
function expected(key: string) {
  const stats = db
    .prepare('SELECT MIN(step) AS minStep, MAX(step) AS maxStep, COUNT(DISTINCT step) AS nSteps FROM metrics WHERE run_uuid = ? AND key = ?')
    .get('r1', key)
  const latest = db
    .prepare('SELECT step, timestamp, value, is_nan FROM metrics WHERE run_uuid = ? AND key = ? ORDER BY step DESC, timestamp DESC, value DESC LIMIT 1')
    .get('r1', key)
  return { stats, latest }
}

describe('insertMetrics keeps latest_metrics and metric_step_stats exact', () => {
  it('over random batches with out-of-order, repeated and identical points', () => {
    let seed = 11
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let batch = 0; batch < 40; batch++) {
      const points: MetricPoint[] = Array.from({ length: 1 + rand(30) }, () => ({
        key: rand(2) ? 'a' : 'b',
        value: rand(5),
        isNan: rand(10) === 0,
        timestamp: rand(4),
        step: rand(60) - 10,
      }))
      db.transaction(() => insertMetrics(db, 'r1', points))()
      for (const key of ['a', 'b']) {
        const want = expected(key)
        const stats = readStepStats(db, ['r1'], key)[0]
        if (!stats) continue
        expect({ minStep: stats.minStep, maxStep: stats.maxStep, nSteps: stats.nSteps }).toEqual(want.stats)
        const latest = db.prepare('SELECT step, timestamp, value, is_nan FROM latest_metrics WHERE run_uuid = ? AND key = ?').get('r1', key) as {
          step: number
          timestamp: number
          value: number
        }
        const w = want.latest as { step: number; timestamp: number; value: number }
        expect([latest.step, latest.timestamp, latest.value]).toEqual([w.step, w.timestamp, w.value])
      }
    }
  })

  it('backfillStepStats rebuilds the summaries of an older data directory', () => {
    db.transaction(() =>
      insertMetrics(db, 'r1', [0, 1, 1, 5].map((step, i) => ({ key: 'm', value: i, isNan: false, timestamp: i, step }))),
    )()
    db.exec('DELETE FROM metric_step_stats')
    backfillStepStats(db)
    expect(readStepStats(db, ['r1'], 'm')).toEqual([{ runId: 'r1', minStep: 0, maxStep: 5, nSteps: 3 }])
  })
})
