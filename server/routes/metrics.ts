import type { ServerContext } from '../context.ts'
import { invalidParam } from '../errors.ts'
import { jsonBodyResponse, type ApiRouter } from '../http.ts'
import { decodePageToken } from '../search/page-token.ts'
import { bulkIntervalJson } from '../storage/bulk-interval.ts'
import { historyPageJson } from '../storage/history-page.ts'
import { readHistoryBulk } from '../storage/metric-reads.ts'
import { migrateMetricStorage } from '../storage/metric-migrate.ts'
import type { ReadPool } from '../storage/read-pool.ts'
import { LIMITS } from '../validation.ts'
import { runIdParam } from './run-input.ts'

/**
 * metrics/get-history (3.x paging), metrics/get-history-bulk (/ajax-api only) and
 * metrics/get-history-bulk-interval (both prefixes).
 */
export function registerMetrics(api: ApiRouter, ctx: ServerContext): void {
  const { db } = ctx
  migrateMetricStorage(db)

  api.get('metrics/get-history', async (input) => {
    const runId = runIdParam(input)
    const key = input.requireStr('metric_key')
    // 3.11: an absent max_results acts as 0, i.e. no points but a token back to the same offset
    // when the series is not empty (recorded behaviour; clients always send max_results).
    const max = input.int('max_results') ?? 0
    if (max < 0) throw invalidParam(`Invalid value ${max} for parameter 'max_results' supplied. It must be a non-negative integer`)
    const offset = decodePageToken(input.str('page_token'))
    return readOffThread(
      ctx,
      max > 0 ? (pool) => pool.historyPage(runId, key, offset, max) : undefined,
      () => historyPageJson(db, runId, key, offset, max),
    )
  })

  api.get(
    'metrics/get-history-bulk',
    (input) => {
      const runIds = input.strList('run_id')
      if (runIds.length === 0) throw invalidParam('GetMetricHistoryBulk request must specify at least one run_id.')
      if (runIds.length > LIMITS.bulkRuns)
        throw invalidParam(`GetMetricHistoryBulk request cannot specify more than ${LIMITS.bulkRuns} run_ids. Received ${runIds.length} run_ids.`)
      const key = input.str('metric_key')
      if (key === undefined) throw invalidParam('GetMetricHistoryBulk request must specify a metric_key.')
      // Values above the cap are silently lowered, as MLflow does.
      const max = Math.max(0, Math.min(input.int('max_results') ?? LIMITS.historyMax, LIMITS.historyMax))
      return { metrics: readHistoryBulk(db, [...new Set(runIds)], key, max) }
    },
    ['/ajax-api/2.0/mlflow'],
  )

  api.get('metrics/get-history-bulk-interval', async (input) => {
    const runIds = input.strList('run_ids')
    if (runIds.length === 0) throw invalidParam("Missing value for required parameter 'run_ids'.")
    if (runIds.length > LIMITS.bulkRuns)
      throw invalidParam(
        `GetMetricHistoryBulkInterval request must specify at most ${LIMITS.bulkRuns} run_ids. Received ${runIds.length} run_ids.`,
      )
    const key = input.requireStr('metric_key')
    const max = input.int('max_results') ?? LIMITS.intervalMax
    if (max < 1 || max > LIMITS.intervalMax) throw invalidParam(`max_results must be between 1 and ${LIMITS.intervalMax}.`)
    const start = input.int('start_step')
    const end = input.int('end_step')
    if ((start === undefined) !== (end === undefined))
      throw invalidParam('If either start step or end step are specified, both must be specified.')
    if (start !== undefined && end !== undefined && start > end)
      throw invalidParam(`end_step must be greater than start_step. Found start_step=${start} and end_step=${end}.`)
    const window = start !== undefined && end !== undefined ? { start, end } : undefined
    // Reads every run's step statistics and seeks its grid points (~1 MB for 20 runs): on a reader
    // thread the main thread keeps serving the page's chunks and runs/get meanwhile.
    return readOffThread(ctx, (pool) => pool.bulkInterval(runIds, key, max, window), () => bulkIntervalJson(db, runIds, key, max, window))
  })
}

/**
 * The JSON answer read on a reader thread (`offThread`, when the pool is on and the read worth
 * it), else, or when the thread fails (it is replaced on the next job), read on this thread.
 */
async function readOffThread(ctx: ServerContext, offThread: ((pool: ReadPool) => Promise<Uint8Array>) | undefined, inline: () => Uint8Array | string): Promise<Response> {
  if (ctx.readPool?.enabled && offThread) {
    try {
      return jsonBodyResponse(await offThread(ctx.readPool))
    } catch (err) {
      console.error('[runlens-server] reader thread failed, reading inline:', err instanceof Error ? err.message : err)
    }
  }
  return jsonBodyResponse(inline())
}
