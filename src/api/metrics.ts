import { queryOptions } from '@tanstack/react-query'
import { collectPages } from './paginate.ts'
import { requestJson } from './request.ts'
import { bulkHistoryResponse, metricHistoryResponse } from './schemas/metric.ts'
import type { MetricPoint, RunMetricPoint, ServerCapabilities } from './types.ts'

/** Page size sent to metrics/get-history; 3.x returns no points at all without max_results. */
export const HISTORY_PAGE_SIZE = 25000
/** get-history-bulk-interval accepts at most 100 run ids per call. */
export const BULK_INTERVAL_MAX_RUNS = 100
/** get-history-bulk-interval's max_results range is 1..2500 (points per run, roughly). */
export const BULK_INTERVAL_MAX_POINTS = 2500
/** get-history-bulk caps the TOTAL number of points across all runs of one call at this. */
export const BULK_TOTAL_POINTS_CAP = 25000

export type HistoriesByRun = Record<string, MetricPoint[]>

/** Splits `items` into consecutive chunks of at most `size` (size ≥ 1). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)))
  return out
}

function groupByRun(runIds: readonly string[], points: readonly RunMetricPoint[]): HistoriesByRun {
  const out: HistoriesByRun = {}
  for (const id of runIds) out[id] = []
  for (const p of points) (out[p.runId] ??= []).push({ step: p.step, timestamp: p.timestamp, value: p.value })
  return out
}

/**
 * Full history of one metric of one run, in server order (step, timestamp). Always sends
 * max_results=25000 and follows next_page_token (3.x pages; 2.10 returns everything at once
 * and no token). An unknown key gives `[]`. Stops after `maxPages` pages (default 400).
 */
export async function getMetricHistory(runId: string, metricKey: string, options: { signal?: AbortSignal; maxPages?: number } = {}): Promise<MetricPoint[]> {
  const res = await collectPages(async (pageToken, signal) => {
    const page = await requestJson(metricHistoryResponse, 'metrics/get-history', {
      query: { run_id: runId, metric_key: metricKey, max_results: HISTORY_PAGE_SIZE, page_token: pageToken },
      signal,
    })
    return { items: page.points, nextPageToken: page.nextPageToken }
  }, { signal: options.signal, maxPages: options.maxPages ?? 400 })
  return res.items
}

export type BulkIntervalRequest = {
  runIds: readonly string[]
  metricKey: string
  /** Points per run on a shared step grid, 1..2500; omitted → the full series. */
  maxResults?: number
  /** Inclusive step range. */
  startStep?: number
  endStep?: number
}

/**
 * Down-sampled histories via metrics/get-history-bulk-interval (3.x only; 404 on 2.x: check
 * `capabilities.bulkInterval`). Run ids are sent in parallel chunks of 100 (`run_ids`, the
 * plural). Every requested run id is a key of the result, `[]` when it has no such metric.
 * Each run also gets its own first and last step, so point counts differ between runs.
 */
export async function getHistoryBulkInterval(req: BulkIntervalRequest, signal?: AbortSignal): Promise<HistoriesByRun> {
  const maxResults = req.maxResults === undefined ? undefined : Math.min(Math.max(1, Math.floor(req.maxResults)), BULK_INTERVAL_MAX_POINTS)
  const chunks = chunk([...new Set(req.runIds)], BULK_INTERVAL_MAX_RUNS)
  const results = await Promise.all(
    chunks.map((ids) =>
      requestJson(bulkHistoryResponse, 'metrics/get-history-bulk-interval', {
        query: { run_ids: ids, metric_key: req.metricKey, max_results: maxResults, start_step: req.startStep, end_step: req.endStep },
        signal,
      }),
    ),
  )
  return groupByRun(req.runIds, results.flat())
}

export type BulkResult = {
  byRun: HistoriesByRun
  /**
   * Runs whose series may be cut: the call hit the total-points cap. Points come in run-id
   * order, so the run at the cut and all runs after it are listed here.
   */
  incompleteRunIds: string[]
}

/**
 * One ajax-api metrics/get-history-bulk call (the endpoint does not exist under /api/2.0).
 * At most `maxRuns` ids (20 on 2.x, 100 on 3.x); `max_results` caps the TOTAL number of
 * points (≤ 25000), so this only suits short histories. Use `getMetricHistories` instead of
 * calling this directly: it falls back to paged get-history when the cap is hit.
 */
export async function getHistoryBulk(runIds: readonly string[], metricKey: string, maxRuns: 20 | 100, signal?: AbortSignal): Promise<BulkResult> {
  if (runIds.length > maxRuns) throw new RangeError(`getHistoryBulk: ${runIds.length} run ids > ${maxRuns}`)
  const points = await requestJson(bulkHistoryResponse, 'metrics/get-history-bulk', {
    query: { run_id: runIds, metric_key: metricKey, max_results: BULK_TOTAL_POINTS_CAP },
    prefix: 'ajax',
    signal,
  })
  const byRun = groupByRun(runIds, points)
  if (points.length < BULK_TOTAL_POINTS_CAP) return { byRun, incompleteRunIds: [] }
  const last = points[points.length - 1]?.runId ?? ''
  const sorted = points.every((p, i) => i === 0 || (points[i - 1]?.runId ?? '') <= p.runId)
  // Runs strictly before the last one in id order are complete; without that order, trust none.
  return { byRun, incompleteRunIds: runIds.filter((id) => !sorted || id >= last) }
}

/**
 * Full-resolution histories of one metric for many runs: get-history-bulk in chunks of
 * `capabilities.bulkMaxRuns` (few requests for short series), then per-run paged get-history
 * for every run the bulk call could not deliver completely (total-points cap).
 */
export async function getMetricHistories(runIds: readonly string[], metricKey: string, capabilities: ServerCapabilities, signal?: AbortSignal): Promise<HistoriesByRun> {
  const unique = [...new Set(runIds)]
  const out: HistoriesByRun = {}
  const chunks = chunk(unique, capabilities.bulkMaxRuns)
  const results = await Promise.all(chunks.map((ids) => getHistoryBulk(ids, metricKey, capabilities.bulkMaxRuns, signal)))
  const refetch: string[] = []
  for (const r of results) {
    Object.assign(out, r.byRun)
    refetch.push(...r.incompleteRunIds)
  }
  const full = await Promise.all(refetch.map((id) => getMetricHistory(id, metricKey, { signal })))
  refetch.forEach((id, i) => {
    out[id] = full[i] ?? []
  })
  return out
}

/** 2.x fallback of `metricQueries.sampled`: full series, cut to the requested step range here. */
async function fullHistoriesInRange(req: BulkIntervalRequest, capabilities: ServerCapabilities, signal?: AbortSignal): Promise<HistoriesByRun> {
  const all = await getMetricHistories(req.runIds, req.metricKey, capabilities, signal)
  if (req.startStep === undefined && req.endStep === undefined) return all
  const lo = req.startStep ?? -Infinity
  const hi = req.endStep ?? Infinity
  return Object.fromEntries(Object.entries(all).map(([id, pts]) => [id, pts.filter((p) => p.step >= lo && p.step <= hi)]))
}

type HistoryPolicy = { isFinished?: boolean }

/** Finished runs never change: cache their histories forever; live ones go stale quickly. */
function staleTimeFor(p: HistoryPolicy): number {
  return p.isFinished ? Infinity : 5_000
}

/** Query keys + options for metric histories. Keys sort run ids so equal sets share an entry. */
export const metricQueries = {
  all: () => ['metrics'] as const,
  /** One run, one metric, full resolution. */
  history: (runId: string, metricKey: string, policy: HistoryPolicy = {}) =>
    queryOptions({
      queryKey: [...metricQueries.all(), 'history', runId, metricKey] as const,
      queryFn: ({ signal }) => getMetricHistory(runId, metricKey, { signal }),
      staleTime: staleTimeFor(policy),
    }),
  /** Many runs, one metric, full resolution (pass at most ~100 ids per query and combine). */
  histories: (runIds: readonly string[], metricKey: string, capabilities: ServerCapabilities, policy: HistoryPolicy = {}) =>
    queryOptions({
      queryKey: [...metricQueries.all(), 'histories', metricKey, [...runIds].sort()] as const,
      queryFn: ({ signal }) => getMetricHistories(runIds, metricKey, capabilities, signal),
      staleTime: staleTimeFor(policy),
    }),
  /**
   * Many runs, one metric, down-sampled on the server when it can (3.x bulk-interval);
   * on 2.x the full series is fetched and down-sampling is left to `lib/downsample`.
   */
  sampled: (req: BulkIntervalRequest, capabilities: ServerCapabilities, policy: HistoryPolicy = {}) =>
    queryOptions({
      queryKey: [
        ...metricQueries.all(),
        'sampled',
        req.metricKey,
        [...req.runIds].sort(),
        { maxResults: req.maxResults ?? null, startStep: req.startStep ?? null, endStep: req.endStep ?? null, server: capabilities.bulkInterval },
      ] as const,
      queryFn: ({ signal }) => (capabilities.bulkInterval ? getHistoryBulkInterval(req, signal) : fullHistoriesInRange(req, capabilities, signal)),
      staleTime: staleTimeFor(policy),
    }),
}
