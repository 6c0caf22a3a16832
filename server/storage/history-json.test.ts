import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodePageToken } from '../search/page-token.ts'
import { metricValueToWire, MAX_DOUBLE } from '../wire.ts'
import { openMemoryDb, type Db } from './db.ts'
import { historyPageBody, historyPageJson } from './history-page.ts'
import { historyJsonBytes, historyJsonFromPairs, type HistoryColumns } from './history-json.ts'
import { readHistoryPairs } from './metric-reads.ts'
import { insertMetrics } from './metrics.ts'

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')

/** What the server sent before history-json.ts: JSON.stringify of point objects. */
function reference(key: string, cols: HistoryColumns, count: number, token?: string): string {
  const metrics = cols.values.slice(0, count).map((v, i) => ({
    key,
    value: v === null ? 'NaN' : metricValueToWire(v, 0),
    timestamp: cols.timestamps[i],
    step: cols.steps[i],
  }))
  return JSON.stringify({ ...(metrics.length ? { metrics } : {}), ...(token !== undefined ? { next_page_token: token } : {}) })
}

const column = (values: (number | null)[], timestamps: number[] = values.map((_, i) => 1000 + i), steps: number[] = values.map((_, i) => i)) => ({
  values,
  timestamps,
  steps,
})

describe('historyJsonBytes prints exactly what JSON.stringify prints', () => {
  it.each<[string, string, HistoryColumns]>([
    ['plain doubles', 'loss', column([0.1, 2.265456, 1 / 3, 0.1 + 0.2, 100, -7.5])],
    ['NaN, ±Infinity, ±MAX_DOUBLE, -0', 'loss', column([null, Infinity, -Infinity, MAX_DOUBLE, -MAX_DOUBLE, -0, null])],
    ['exponent forms', 'loss', column([1e21, 1e-7, 5e-324, 123456789012345680000, -1.5e-300, 2 ** 53])],
    ['integers at digit boundaries', 'm', column(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      [0, 9, 10, 9999, 10_000, 99_999_999, 100_000_000, 1_716_624_000_100, 2 ** 53 - 1, -1, -1_716_624_000_100],
      [0, 1, 99, 100, 999, 1000, 10_000, 12_345_678, 100_000_001, -5, -(2 ** 53 - 1)],
    )],
    ['integers JSON prints approximately or as exponents', 'm', column([1, 2, 3, 4], [2 ** 53, 2 ** 60, 1e21, 1.5], [-(2 ** 60), 0.5, -1e22, 3])],
    ['a key that needs escaping and UTF-8', 'val/"loss"\\ü✓\u0001\ud800', column([1, null])],
    ['one point', 'x', column([42])],
  ])('%s', (_, key, cols) => {
    for (const token of [undefined, encodePageToken(25_000)]) {
      const expected = reference(key, cols, cols.values.length, token)
      // The serializer rewrites ±Infinity in place; give it a copy so the reference stays apart.
      const copy = { values: [...cols.values], timestamps: cols.timestamps, steps: cols.steps }
      expect(text(historyJsonBytes(key, copy, cols.values.length, token))).toBe(expected)
    }
  })

  it.each([
    ['no points, no token', 0, undefined, '{}'],
    ['no points, a token (max_results=0)', 0, encodePageToken(7), `{"next_page_token":"${encodePageToken(7)}"}`],
    ['count below the columns (the look-ahead row is not sent)', 2, encodePageToken(2), undefined],
    ['count above the columns', 10, undefined, undefined],
  ])('%s', (_, count, token, literal) => {
    const cols = column([0.5, null, 3])
    const expected = literal ?? reference('k', cols, count, token)
    expect(text(historyJsonBytes('k', column([0.5, null, 3]), count, token))).toBe(expected)
  })

  it('returns a view on its own ArrayBuffer (safe to transfer), never Node’s shared pool', () => {
    for (const cols of [column([]), column([1]), column([1, 2, 3])]) {
      const bytes = historyJsonBytes('k', cols, 3)
      expect(bytes.byteOffset).toBe(0)
      expect(bytes.buffer.byteLength).toBeLessThan(8192)
    }
  })
})

describe('historyJsonFromPairs (timestamps and steps printed by SQLite)', () => {
  const values = [0.5, null, 1 / 3]
  const cols = (timestamps: number[], steps: number[]) => ({ values: [...values], timestamps, steps })

  it.each<[string, string, boolean, number[], number[]]>([
    ['step order', '1000,0,1001,1,1002,2', true, [1000, 1001, 1002], [0, 1, 2]],
    ['ties and equal pairs', '5,1,5,1,4,2', true, [5, 5, 4], [1, 1, 2]],
    ['time order', '1,9,2,3,2,4', false, [1, 2, 2], [9, 3, 4]],
    ['negative and 15-digit integers', '-999999999999999,-3,0,-3,999999999999999,7', true, [-999_999_999_999_999, 0, 999_999_999_999_999], [-3, -3, 7]],
    ['a look-ahead pair after the page', '1,1,2,2,3,3,4,4', true, [1, 2, 3], [1, 2, 3]],
  ])('%s: the same bytes as the columns', (_, pairs, stepFirst, timestamps, steps) => {
    const token = encodePageToken(3)
    const fast = historyJsonFromPairs('k', [...values], pairs, stepFirst, 3, token)
    expect(fast && text(fast)).toBe(text(historyJsonBytes('k', cols(timestamps, steps), 3, token)))
  })

  it.each([
    ['16 digits (may be beyond 2^53)', '1000000000000000,0,1,1,2,2', true],
    ['a non-integer', '1.5,0,2,1,3,2', true],
    ['an exponent', '1.0e+21,0,2,1,3,2', true],
    ['out of step order', '1,0,2,2,3,1', true],
    ['out of time order', '1,0,3,1,2,2', false],
    ['too few pairs', '1,0,2,1', true],
    ['a missing step', '1,0,2,1,3', true],
    ['an empty text', '', true],
    ['a lone minus', '-,0,2,1,3,2', true],
  ])('gives up on %s', (_, pairs, stepFirst) => {
    expect(historyJsonFromPairs('k', [...values], pairs, stepFirst, 3)).toBeUndefined()
  })

  it('needs no pairs for an empty page', () => {
    expect(text(historyJsonFromPairs('k', [], '', true, 5)!)).toBe('{}')
  })
})

describe('historyPageJson on a database', () => {
  let db: Db
  beforeEach(() => {
    db = openMemoryDb()
    db.prepare("INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time) VALUES (1, 'e', '', 'active', 0, 0)").run()
    for (const run of ['r1', 'r2'])
      db.prepare("INSERT INTO runs (run_uuid, experiment_id, name, user_id, status, start_time, lifecycle_stage, artifact_uri) VALUES (?, 1, ?, '', 'RUNNING', 0, 'active', '')").run(run, run)
    const points = Array.from({ length: 40 }, (_, i) => ({ key: 'loss', value: i % 7 === 3 ? 0 : i / 3, isNan: i % 7 === 3, timestamp: 1000 + i * 10, step: i }))
    // A NaN and a 0 at the same step and time: they tie on MLflow's order and differ only in is_nan.
    points.push({ key: 'loss', value: 0, isNan: false, timestamp: 1030, step: 3 })
    insertMetrics(db, 'r1', points)
    // Steps that go back in time: MLflow's (timestamp, step, value) order is not the key order.
    insertMetrics(db, 'r2', [5, 4, 3, 2, 1, 0].map((step, i) => ({ key: 'back', value: step * 1.1, isNan: false, timestamp: 100 + i, step })))
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
    ['r1', 'nope', 0, 10],
    ['r9', 'loss', 0, 10],
  ])('%s %s from %i, max %i: byte for byte JSON.stringify(historyPageBody)', (run, key, offset, max) => {
    expect(text(historyPageJson(db, run, key, offset, max))).toBe(JSON.stringify(historyPageBody(db, run, key, offset, max)))
  })

  it('falls back to the columns when SQLite prints an integer JSON would not (written by hand, not through the API)', () => {
    const series = db.prepare("SELECT series_id FROM metric_series WHERE run_uuid = 'r1' AND key = 'loss'").pluck().get()
    db.prepare('INSERT INTO metric_points (series_id, step, timestamp, value, is_nan) VALUES (?, ?, ?, ?, 0)').run(series, 1000, 2 ** 60, 1)
    db.prepare('INSERT INTO metric_points (series_id, step, timestamp, value, is_nan) VALUES (?, ?, ?, ?, 0)').run(series, 1001, 1.5e20 + 0.5, 2)
    const page = readHistoryPairs(db, 'r1', 'loss', 30, 100)!
    expect(historyJsonFromPairs('loss', page.values, page.pairs, page.stepFirst, 100)).toBeUndefined()
    expect(text(historyPageJson(db, 'r1', 'loss', 30, 100))).toBe(JSON.stringify(historyPageBody(db, 'r1', 'loss', 30, 100)))
  })
})
