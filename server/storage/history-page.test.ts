import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_DOUBLE } from '../wire.ts'
import { openMemoryDb, type Db } from './db.ts'
import { bulkIntervalJson, readBulkInterval } from './bulk-interval.ts'
import { historyPageBody, historyPageJson } from './history-page.ts'
import { insertMetrics } from './metrics.ts'

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')
const HOSTILE_KEY = 'a,{"key":"a","value":1},{"key":'

describe('historyPageJson: the answer historyPageBody describes, written by SQLite', () => {
  let db: Db
  const addRun = (run: string) =>
    db.prepare("INSERT INTO runs (run_uuid, experiment_id, name, user_id, status, start_time, lifecycle_stage, artifact_uri) VALUES (?, 1, ?, '', 'RUNNING', 0, 'active', '')").run(run, run)
  beforeEach(() => {
    db = openMemoryDb()
    db.prepare("INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time) VALUES (1, 'e', '', 'active', 0, 0)").run()
    for (const run of ['r1', 'r2', 'r3', 'r4']) addRun(run)
    const points = Array.from({ length: 40 }, (_, i) => ({ key: 'loss', value: i % 7 === 3 ? 0 : i / 3, isNan: i % 7 === 3, timestamp: 1000 + i * 10, step: i }))
    // A NaN and a 0 at the same step and time: they tie on MLflow's order and differ only in is_nan.
    points.push({ key: 'loss', value: 0, isNan: false, timestamp: 1030, step: 3 })
    insertMetrics(db, 'r1', points)
    // Steps that go back in time: MLflow's (timestamp, step, value) order is not the key order.
    insertMetrics(db, 'r2', [5, 4, 3, 2, 1, 0].map((step, i) => ({ key: 'back', value: step * 1.1, isNan: false, timestamp: 100 + i, step })))
    // Values whose spelling differs between SQLite and JSON.stringify, ±Infinity (stored as
    // ±MAX_DOUBLE), a hostile key, 16- and 17-digit doubles, subnormals, negative steps.
    const odd = [0.1, 1 / 3, 2, -0, 1e21, 1e-7, 5e-324, Infinity, -Infinity, 0.30000000000000004, 123456789.123, -2.5e-300, 2 ** 53 + 2]
    insertMetrics(db, 'r3', odd.map((value, i) => ({ key: 'we"ird\\ key 😀</script>', value, isNan: false, timestamp: 2 ** 41 + i, step: i - 5 })))
    // A key that spells the text a point starts with: the page is cut before its extra point there.
    insertMetrics(db, 'r4', [0, 1, 2, 3, 4].map((step) => ({ key: HOSTILE_KEY, value: step / 7, isNan: false, timestamp: 10, step })))
  })
  afterEach(() => db.close())

  it.each([
    ['r1', 'loss', 0, 25_000],
    ['r1', 'loss', 0, 10],
    ['r1', 'loss', 10, 10],
    ['r1', 'loss', 40, 10],
    ['r1', 'loss', 41, 10],
    ['r1', 'loss', 500, 10],
    ['r1', 'loss', 3, 0],
    ['r1', 'loss', 41, 0],
    ['r2', 'back', 0, 4],
    ['r2', 'back', 4, 4],
    ['r3', 'we"ird\\ key 😀</script>', 0, 100],
    ['r3', 'we"ird\\ key 😀</script>', 5, 3],
    ['r4', HOSTILE_KEY, 0, 2],
    ['r4', HOSTILE_KEY, 2, 2],
    ['r4', HOSTILE_KEY, 3, 2],
    ['r4', HOSTILE_KEY, 0, 4],
    ['r1', 'nope', 0, 10],
    ['r9', 'loss', 0, 10],
    ['r9', 'loss', 0, 0],
  ])('%s %s from %i, max %i: parses to historyPageBody, same keys in the same order', (run, key, offset, max) => {
    const sent = text(historyPageJson(db, run, key, offset, max))
    const body = historyPageBody(db, run, key, offset, max)
    expect(JSON.parse(sent)).toEqual(body)
    expect(Object.keys(JSON.parse(sent) as object)).toEqual(Object.keys(body))
  })

  it('prints every value exactly: ±Infinity as ±MAX_DOUBLE, NaN as "NaN", integers in full', () => {
    const page = JSON.parse(text(historyPageJson(db, 'r3', 'we"ird\\ key 😀</script>', 0, 100))) as { metrics: { value: number; timestamp: number; step: number }[] }
    const values = page.metrics.map((m) => m.value)
    expect(values).toContain(MAX_DOUBLE)
    expect(values).toContain(-MAX_DOUBLE)
    expect(values).toContain(1 / 3)
    expect(values).toContain(5e-324)
    expect(values).toContain(2 ** 53 + 2)
    expect(page.metrics.map((m) => m.step)).toEqual(Array.from({ length: 13 }, (_, i) => i - 5))
    expect(page.metrics[0].timestamp).toBe(2 ** 41)
    const nan = JSON.parse(text(historyPageJson(db, 'r1', 'loss', 0, 10))) as { metrics: { value: unknown }[] }
    expect(nan.metrics.filter((m) => m.value === 'NaN')).toHaveLength(1)
  })

  it('returns a view on its own ArrayBuffer (safe to transfer), never Node’s shared pool', () => {
    const bytes = historyPageJson(db, 'r1', 'nope', 0, 10)
    expect(text(bytes)).toBe('{}')
    expect(bytes.byteOffset).toBe(0)
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength)
  })
})

describe('bulkIntervalJson: readBulkInterval, written by SQLite', () => {
  let db: Db
  beforeEach(() => {
    db = openMemoryDb()
    db.prepare("INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time) VALUES (1, 'e', '', 'active', 0, 0)").run()
    for (const run of ['a', 'b', 'c'])
      db.prepare("INSERT INTO runs (run_uuid, experiment_id, name, user_id, status, start_time, lifecycle_stage, artifact_uri) VALUES (?, 1, ?, '', 'RUNNING', 0, 'active', '')").run(run, run)
    const key = 'k"<x>'
    insertMetrics(db, 'a', Array.from({ length: 300 }, (_, i) => ({ key, value: i === 7 ? 0 : i === 9 ? Infinity : 1 / (i + 1), isNan: i === 7, timestamp: 1000 + i, step: i })))
    // Gaps (every third step), and two points at one step.
    insertMetrics(db, 'b', Array.from({ length: 100 }, (_, i) => ({ key, value: i * 0.1, isNan: false, timestamp: 5000 - i, step: i * 3 })))
    insertMetrics(db, 'b', [{ key, value: -2.5e-300, isNan: false, timestamp: 1, step: 30 }])
  })
  afterEach(() => db.close())

  it.each([
    [['a', 'b'], 10, undefined],
    [['b', 'a', 'zz'], 50, undefined],
    [['a', 'a'], 5, undefined],
    [['a', 'b'], 20, { start: 30, end: 90 }],
    [['c'], 10, undefined],
    [['a'], 10, { start: 1000, end: 2000 }],
    [['a', 'b'], 2500, undefined],
  ])('runs %j, %i points, window %j: parses to readBulkInterval', (runs, max, window) => {
    const bytes = bulkIntervalJson(db, runs, 'k"<x>', max, window)
    const text = Buffer.from(bytes).toString('utf8')
    const metrics = readBulkInterval(db, runs, 'k"<x>', max, window)
    // Its own ArrayBuffer: a reader thread transfers it (Node's shared pool must never go).
    expect(bytes.byteOffset).toBe(0)
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength)
    expect(JSON.parse(text)).toEqual(metrics.length ? { metrics } : {})
    if (max === 2500) expect(metrics.map((m) => m.value)).toEqual(expect.arrayContaining(['NaN', MAX_DOUBLE, -2.5e-300]))
  })
})
