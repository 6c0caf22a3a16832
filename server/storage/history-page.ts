import type { Db } from './db.ts'
import { cachedStatement } from './metrics.ts'
import { findHistorySeries, POINT_VALUE_JSON, readHistoryPage, type HistorySeries } from './metric-reads.ts'
import { encodePageToken } from '../search/page-token.ts'
import type { WireMetric } from '../wire.ts'

/** The body of a metrics/get-history answer. */
export type HistoryPageBody = { metrics?: WireMetric[]; next_page_token?: string }

/**
 * One get-history page as MLflow 3.x answers it: at most `max` points from `offset` (in
 * MLflow's history order), and a token to the next offset while more points remain. Pure
 * read. The server sends historyPageJson (the same answer written by SQLite); this object form
 * is the reference it is tested against.
 */
export function historyPageBody(db: Db, runId: string, key: string, offset: number, max: number): HistoryPageBody {
  const rows = readHistoryPage(db, runId, key, offset, max)
  const metrics = rows.slice(0, max)
  return {
    ...(metrics.length ? { metrics } : {}),
    ...(rows.length > max ? { next_page_token: encodePageToken(offset + max) } : {}),
  }
}

const encoder = new TextEncoder()

/**
 * historyPageBody's JSON as UTF-8 bytes, written by SQLite: one group_concat over the ordered
 * page prints every point (integers exactly; doubles as SQLite's round-trip text, e.g. `0.5`,
 * `2.0`, `1.0e+308`, 17 digits where 15 do not round-trip) with no per-point work in JS. The
 * spelling of a number can differ from JSON.stringify's (MLflow's own, Python's, differs too),
 * never its value: parsed, the answer equals historyPageBody (tested). About 35 % less CPU than
 * printing the numbers in JS, and the server's main cost when charts load full histories.
 * Runs on the main connection or on a read-only one in a reader thread (read-pool.ts); the
 * bytes sit in their own ArrayBuffer, so a reader thread can transfer them.
 */
export function historyPageJson(db: Db, runId: string, key: string, offset: number, max: number): Uint8Array {
  const series = findHistorySeries(db, runId, key)
  if (!series || max <= 0) return encoder.encode(series && pointAt(db, series, offset) ? `{"next_page_token":${JSON.stringify(encodePageToken(offset))}}` : '{}')
  // The subquery yields the page in order (a co-routine), and the aggregate takes rows in the
  // order they come; a time-ordered series is read in primary-key order without a sort.
  const points = cachedStatement(
    db,
    `SELECT group_concat('{"key":' || @key || ',"value":' || ${POINT_VALUE_JSON} || ',"timestamp":' || timestamp || ',"step":' || step || '}', ',')
     FROM (SELECT value, is_nan, timestamp, step FROM metric_points WHERE series_id = @series ORDER BY ${series.order} LIMIT @max OFFSET @offset)`,
    'pluck',
  )
  return db.transaction((): Uint8Array => {
    const list = points.get({ key: JSON.stringify(key), series: series.id, max, offset }) as string | null
    const token = pointAt(db, series, offset + max) ? `"next_page_token":${JSON.stringify(encodePageToken(offset + max))}` : ''
    return encoder.encode(`{${[list === null ? '' : `"metrics":[${list}]`, token].filter(Boolean).join(',')}}`)
  })()
}

/** Whether the series has a point at `index` in history order (a next page exists). */
function pointAt(db: Db, series: HistorySeries, index: number): boolean {
  return cachedStatement(db, `SELECT 1 FROM metric_points WHERE series_id = ? ORDER BY ${series.order} LIMIT 1 OFFSET ?`, 'pluck').get(series.id, index) !== undefined
}
