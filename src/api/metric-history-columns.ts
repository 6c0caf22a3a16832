import { queryOptions } from '@tanstack/react-query'
import { mlflowFetchRaw, mlflowUrl } from './client.ts'
import { fetchHistoryPageInWorker } from './history-decode-client.ts'
import { decodeHistoryBytes, type HistoryFetchOutcome } from './history-decode.worker.ts'
import { concatColumns, emptyColumns, type HistoryPageColumns, type MetricColumns } from './metric-columns.ts'
import { HISTORY_PAGE_SIZE } from './metrics.ts'
import { collectPages } from './paginate.ts'
import { workerFailureError } from './worker-failure.ts'

/** Fetches and decodes one page off the main thread; null when it cannot (no workers). */
export type PageFetcher = (url: string, signal?: AbortSignal) => Promise<HistoryFetchOutcome> | null

type PageOptions = { signal?: AbortSignal; fetchPage?: PageFetcher }

/** A fetch's outcome (in a worker or here) as columns, or the same `MlflowApiError` `mlflowFetch` would throw. */
async function columnsOrThrow(r: HistoryFetchOutcome, url: string): Promise<HistoryPageColumns> {
  if (r.ok) return r.page
  throw await workerFailureError(r, url)
}

/**
 * One get-history page as columns. Fetched, parsed and decoded in a worker when there is one
 * (`fetchPage`), else fetched and decoded here. Either way failures are the same
 * `MlflowApiError`s as `mlflowFetch`'s (http, network, aborted, parse).
 */
export async function getHistoryPageColumns(runId: string, metricKey: string, pageToken: string | undefined, options: PageOptions = {}): Promise<HistoryPageColumns> {
  const query = { run_id: runId, metric_key: metricKey, max_results: HISTORY_PAGE_SIZE, page_token: pageToken }
  const url = mlflowUrl('metrics/get-history', query, 'api')
  const inWorker = (options.fetchPage ?? fetchHistoryPageInWorker)(url, options.signal)
  if (inWorker) return columnsOrThrow(await inWorker, url)
  const res = await mlflowFetchRaw('metrics/get-history', { query, prefix: 'api', signal: options.signal })
  const buffer = await res.arrayBuffer()
  return columnsOrThrow({ ...decodeHistoryBytes(buffer), status: res.status }, url)
}

/**
 * Full history of one metric of one run as columns, in server order: the columnar twin of
 * `getMetricHistory` (same requests: max_results=25000, follows next_page_token, loop guards,
 * at most `maxPages` pages, default 400), for charts that handle millions of points. Pages are
 * parsed and decoded off the main thread when Web Workers exist. Unknown key → zero points.
 */
export async function getMetricHistoryColumns(runId: string, metricKey: string, options: PageOptions & { maxPages?: number } = {}): Promise<MetricColumns> {
  const res = await collectPages(async (pageToken, signal) => {
    const page = await getHistoryPageColumns(runId, metricKey, pageToken, { signal, fetchPage: options.fetchPage })
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
