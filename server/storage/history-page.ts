import type { Db } from './db.ts'
import { historyJsonBytes } from './history-json.ts'
import { readHistoryColumns, readHistoryPage } from './metric-reads.ts'
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
  const cols = readHistoryColumns(db, runId, key, offset, max)
  const token = cols.values.length > max ? encodePageToken(offset + max) : undefined
  return historyJsonBytes(key, cols, max, token)
}
