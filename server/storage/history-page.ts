import type { Db } from './db.ts'
import { readHistoryPage } from './metric-reads.ts'
import { encodePageToken } from '../search/page-token.ts'
import type { WireMetric } from '../wire.ts'

/** The body of a metrics/get-history answer. */
export type HistoryPageBody = { metrics?: WireMetric[]; next_page_token?: string }

/**
 * One get-history page as MLflow 3.x answers it: at most `max` points from `offset` (in
 * MLflow's history order), and a token to the next offset while more points remain. Pure
 * read: runs on the main connection or on a read-only one in a reader thread (read-pool.ts).
 */
export function historyPageBody(db: Db, runId: string, key: string, offset: number, max: number): HistoryPageBody {
  const rows = readHistoryPage(db, runId, key, offset, max)
  const metrics = rows.slice(0, max)
  return {
    ...(metrics.length ? { metrics } : {}),
    ...(rows.length > max ? { next_page_token: encodePageToken(offset + max) } : {}),
  }
}
