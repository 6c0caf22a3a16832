import type { Db } from './db.ts'
import { jsonBytes } from './json-bytes.ts'
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
 *
 * Two choices halve what the page costs beyond SQLite's printing (~25 → ~15 ms for 25,000
 * points): the list is read as a BLOB, so its bytes reach JS as they are, not decoded into a
 * string and encoded back; and the page reads one point more than it sends, which tells whether
 * a next page exists without a second OFFSET scan of the series.
 */
export function historyPageJson(db: Db, runId: string, key: string, offset: number, max: number): Uint8Array {
  const series = findHistorySeries(db, runId, key)
  if (!series || max <= 0) return encoder.encode(series && pointAt(db, series, offset) ? `{"next_page_token":${JSON.stringify(encodePageToken(offset))}}` : '{}')
  // The subquery yields the page in order (a co-routine), and the aggregate takes rows in the
  // order they come; a time-ordered series is read in primary-key order without a sort.
  const page = cachedStatement(
    db,
    `SELECT CAST(group_concat('{"key":' || @key || ',"value":' || ${POINT_VALUE_JSON} || ',"timestamp":' || timestamp || ',"step":' || step || '}', ',') AS BLOB), count(*)
     FROM (SELECT value, is_nan, timestamp, step FROM metric_points WHERE series_id = @series ORDER BY ${series.order} LIMIT @max + 1 OFFSET @offset)`,
    'raw',
  )
  const quotedKey = JSON.stringify(key)
  const [list, count] = page.get({ key: quotedKey, series: series.id, max, offset }) as [Uint8Array | null, number]
  if (list === null) return encoder.encode('{}')
  if (count <= max) return jsonBytes('{"metrics":[', list, ']}')
  // One point too many: drop the last one. Every point starts with this text, and it cannot
  // occur inside a point (a `"` within the quoted key is escaped), so its last match is where
  // the last point begins.
  const cut = Buffer.from(list.buffer, list.byteOffset, list.byteLength).lastIndexOf(`,{"key":${quotedKey},"value":`)
  return jsonBytes('{"metrics":[', list.subarray(0, cut), `],"next_page_token":${JSON.stringify(encodePageToken(offset + max))}}`)
}

/** Whether the series has a point at `index` in history order (a next page exists). */
function pointAt(db: Db, series: HistorySeries, index: number): boolean {
  return cachedStatement(db, `SELECT 1 FROM metric_points WHERE series_id = ? ORDER BY ${series.order} LIMIT 1 OFFSET ?`, 'pluck').get(series.id, index) !== undefined
}
