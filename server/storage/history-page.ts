import type { Db } from './db.ts'
import { historyJsonBytes, historyJsonFromPairs } from './history-json.ts'
import { readHistoryColumns, readHistoryPage, readHistoryPairs } from './metric-reads.ts'
import { encodePageToken } from '../search/page-token.ts'
import type { WireMetric } from '../wire.ts'

/** The body of a metrics/get-history answer. */
export type HistoryPageBody = { metrics?: WireMetric[]; next_page_token?: string }

/**
 * One get-history page as MLflow 3.x answers it: at most `max` points from `offset` (in
 * MLflow's history order), and a token to the next offset while more points remain. Pure
 * read. The server sends historyPageJson (the same answer as bytes); this object form is the
 * reference it is tested against.
 */
export function historyPageBody(db: Db, runId: string, key: string, offset: number, max: number): HistoryPageBody {
  const rows = readHistoryPage(db, runId, key, offset, max)
  const metrics = rows.slice(0, max)
  return {
    ...(metrics.length ? { metrics } : {}),
    ...(rows.length > max ? { next_page_token: encodePageToken(offset + max) } : {}),
  }
}

/**
 * historyPageBody's JSON text as UTF-8 bytes, byte for byte `JSON.stringify(historyPageBody(…))`,
 * built from the plucked columns without a per-point object (history-json.ts). Runs on the main
 * connection or on a read-only one in a reader thread (read-pool.ts); the bytes sit in their own
 * ArrayBuffer, so a reader thread can transfer them instead of copying a string.
 */
export function historyPageJson(db: Db, runId: string, key: string, offset: number, max: number): Uint8Array {
  const page = readHistoryPairs(db, runId, key, offset, max)
  if (!page) return historyJsonBytes(key, { values: [], timestamps: [], steps: [] }, 0)
  const token = page.values.length > max ? encodePageToken(offset + max) : undefined
  // Integers the fast path cannot vouch for (beyond 15 digits, non-integers) or an aggregate out
  // of order: read the page again as columns.
  return historyJsonFromPairs(key, page.values, page.pairs, page.stepFirst, max, token)
    ?? historyJsonBytes(key, readHistoryColumns(db, runId, key, offset, max), max, token)
}
