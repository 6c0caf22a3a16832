import { queryOptions } from '@tanstack/react-query'
import { MlflowApiError, mlflowFetchRaw, mlflowUrl } from './client.ts'
import { decodeHistoryResponse } from './history-decode-client.ts'
import { concatColumns, emptyColumns, type HistoryPageColumns, type MetricColumns } from './metric-columns.ts'
import { HISTORY_PAGE_SIZE } from './metrics.ts'
import { collectPages } from './paginate.ts'

/** How the bytes of one response become columns (the app-wide worker decoder by default). */
export type PageDecoder = typeof decodeHistoryResponse

/** One get-history page as columns; malformed bodies become `MlflowApiError` (kind `parse`). */
export async function getHistoryPageColumns(runId: string, metricKey: string, pageToken: string | undefined, options: { signal?: AbortSignal; decode?: PageDecoder } = {}): Promise<HistoryPageColumns> {
  const query = { run_id: runId, metric_key: metricKey, max_results: HISTORY_PAGE_SIZE, page_token: pageToken }
  const url = mlflowUrl('metrics/get-history', query, 'api')
  const res = await mlflowFetchRaw('metrics/get-history', { query, prefix: 'api', signal: options.signal })
  const buffer = await res.arrayBuffer()
  const r = await (options.decode ?? decodeHistoryResponse)(buffer)
  if (r.ok) return r.page
  // Same wording as `mlflowFetch` / `parseBody`, so every malformed answer reads alike.
  if (r.kind === 'json') throw new MlflowApiError({ status: res.status, errorCode: 'MALFORMED_RESPONSE', message: r.message, kind: 'parse', url })
  throw new MlflowApiError({ status: res.status, errorCode: 'UNEXPECTED_RESPONSE', message: `The server's response did not have the expected shape (${r.message}).`, kind: 'parse', url })
}

/**
 * Full history of one metric of one run as columns, in server order: the columnar twin of
 * `getMetricHistory` (same requests: max_results=25000, follows next_page_token, loop guards,
 * at most `maxPages` pages, default 400), for charts that handle millions of points. Pages are
 * parsed and decoded off the main thread when Web Workers exist. Unknown key → zero points.
 */
export async function getMetricHistoryColumns(runId: string, metricKey: string, options: { signal?: AbortSignal; maxPages?: number; decode?: PageDecoder } = {}): Promise<MetricColumns> {
  const res = await collectPages(async (pageToken, signal) => {
    const page = await getHistoryPageColumns(runId, metricKey, pageToken, { signal, decode: options.decode })
    return { items: page.columns.steps.length > 0 ? [page.columns] : [], nextPageToken: page.nextPageToken }
  }, { signal: options.signal, maxPages: options.maxPages ?? 400 })
  return res.items.length === 0 ? emptyColumns() : concatColumns(res.items)
}

/** Query options for columnar histories (own key prefix: the cached shape differs from `history`). */
export const metricColumnQueries = {
  /** One run, one metric, full resolution, as columns. Finished runs are cached for good. */
  history: (runId: string, metricKey: string, policy: { isFinished?: boolean } = {}) =>
    queryOptions({
      queryKey: ['metrics', 'columns', runId, metricKey] as const,
      queryFn: ({ signal }) => getMetricHistoryColumns(runId, metricKey, { signal }),
      staleTime: policy.isFinished ? Infinity : 5_000,
    }),
}
