import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { collectPages, decodeOffsetToken } from './paginate.ts'
import { requestJson, requestVoid } from './request.ts'
import { getRunResponse, searchRunsResponse, updateRunResponse } from './schemas/run.ts'
import type { Run, RunInfo, RunStatus, RunsPage, ViewType } from './types.ts'

/** Runlens never asks for more than this per page (MLflow allows 50000). */
export const RUNS_PAGE_MAX = 1000

export type RunSearchRequest = {
  experimentIds: string[]
  /** MLflow filter; keys with dots/slashes need back-quotes: ``params.`optim.lr` = '0.01'``. */
  filter?: string
  /** e.g. `['metrics.val_mAP DESC', 'attributes.start_time DESC']`. Server default: newest first. */
  orderBy?: string[]
  /** Default ACTIVE_ONLY. */
  runViewType?: ViewType
  /** Page size, clamped to 1..1000 (default 100). */
  maxResults?: number
  pageToken?: string
}

export type NormalizedRunSearch = {
  experimentIds: string[]
  filter: string
  orderBy: string[]
  runViewType: ViewType
  maxResults: number
}

/**
 * Canonical form of a search (without page token): sorted experiment ids, trimmed filter,
 * defaults filled, keys in a fixed order. Query keys are built from it so equal views share
 * a cache entry.
 */
export function normalizeRunSearch(req: RunSearchRequest): NormalizedRunSearch {
  return {
    experimentIds: [...new Set(req.experimentIds)].sort(),
    filter: req.filter?.trim() ?? '',
    orderBy: req.orderBy ?? [],
    runViewType: req.runViewType ?? 'ACTIVE_ONLY',
    maxResults: Math.min(Math.max(1, Math.floor(req.maxResults ?? 100)), RUNS_PAGE_MAX),
  }
}

/**
 * One page of runs/search (POST only; GET is a 405 HTML page). Unknown experiment ids give
 * an empty page, not an error. max_results is never 0: 2.10 answers that with a token that
 * loops back to offset 0.
 */
export function searchRuns(req: RunSearchRequest, signal?: AbortSignal): Promise<RunsPage> {
  const r = normalizeRunSearch(req)
  return requestJson(searchRunsResponse, 'runs/search', {
    body: {
      experiment_ids: r.experimentIds,
      filter: r.filter || undefined,
      order_by: r.orderBy.length ? r.orderBy : undefined,
      run_view_type: r.runViewType,
      max_results: r.maxResults,
      page_token: req.pageToken || undefined,
    },
    signal,
  })
}

/** Every page of a search, up to `maxPages` (default 20 × maxResults runs). */
export async function searchAllRuns(req: Omit<RunSearchRequest, 'pageToken'>, options: { signal?: AbortSignal; maxPages?: number } = {}): Promise<{ runs: Run[]; complete: boolean }> {
  const res = await collectPages(async (pageToken, signal) => {
    const page = await searchRuns({ ...req, pageToken }, signal)
    return { items: page.runs, nextPageToken: page.nextPageToken }
  }, { signal: options.signal, maxPages: options.maxPages ?? 20 })
  return { runs: res.items, complete: res.complete }
}

/** Run ids `searchRunsByIds` can put in a filter literal (MLflow's own ids are 32 hex characters). */
const FILTERABLE_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Several runs of the given experiments in one runs/search: filter `attributes.run_id IN (…)`
 * (the only attribute MLflow accepts a list for, 2.x and 3.x), deleted runs included, one page of
 * at most RUNS_PAGE_MAX. A search run has the same shape as runs/get's (info, params, tags,
 * latest metrics), so the result can fill runs/get's cache entries. Runs of other experiments
 * and unknown ids are simply absent (callers fetch those with runs/get); ids that are not plain
 * `[A-Za-z0-9_-]` are never put in a filter and so never returned. Order: the server's, not
 * `runIds`'. Empty `runIds` or `experimentIds` → [] without a request.
 */
export async function searchRunsByIds(experimentIds: readonly string[], runIds: readonly string[], signal?: AbortSignal): Promise<Run[]> {
  const ids = [...new Set(runIds.filter((id) => FILTERABLE_ID.test(id)))].slice(0, RUNS_PAGE_MAX)
  if (ids.length === 0 || experimentIds.length === 0) return []
  const page = await searchRuns({
    experimentIds: [...experimentIds],
    filter: `attributes.run_id IN (${ids.map((id) => `'${id}'`).join(', ')})`,
    runViewType: 'ALL',
    maxResults: ids.length,
  }, signal)
  return page.runs
}

/** runs/get. Deleted runs are still returned (lifecycleStage `deleted`); unknown ids → 404. */
export function getRun(runId: string, signal?: AbortSignal): Promise<Run> {
  return requestJson(getRunResponse, 'runs/get', { query: { run_id: runId }, signal })
}

export type RunUpdate = {
  runName?: string
  /** MLflow silently ignores invalid statuses, so only valid ones are typed. */
  status?: RunStatus
  /** Epoch ms. */
  endTime?: number
}

/** runs/update (rename / status). Returns the updated info only; refetch the run for data. */
export function updateRun(runId: string, update: RunUpdate): Promise<RunInfo> {
  return requestJson(updateRunResponse, 'runs/update', {
    body: { run_id: runId, run_name: update.runName, status: update.status, end_time: update.endTime },
  })
}

/** runs/delete (soft delete). */
export function deleteRun(runId: string): Promise<void> {
  return requestVoid('runs/delete', { body: { run_id: runId } })
}

/** runs/restore. */
export function restoreRun(runId: string): Promise<void> {
  return requestVoid('runs/restore', { body: { run_id: runId } })
}

/** runs/set-tag. Renaming is better done with `updateRun`, which also updates `mlflow.runName`. */
export function setRunTag(runId: string, key: string, value: string): Promise<void> {
  return requestVoid('runs/set-tag', { body: { run_id: runId, key, value } })
}

/** runs/delete-tag. */
export function deleteRunTag(runId: string, key: string): Promise<void> {
  return requestVoid('runs/delete-tag', { body: { run_id: runId, key } })
}

/** Runs that will not change any more (their metric histories can be cached forever). */
export function isTerminalStatus(status: RunStatus): boolean {
  return status === 'FINISHED' || status === 'FAILED' || status === 'KILLED'
}

/** Query keys + options for runs; invalidate everything with `runQueries.all()`. */
export const runQueries = {
  all: () => ['runs'] as const,
  searches: () => [...runQueries.all(), 'search'] as const,
  /** One page of a search (pass `pageToken` for later pages). */
  search: (req: RunSearchRequest) =>
    queryOptions({
      queryKey: [...runQueries.searches(), normalizeRunSearch(req), req.pageToken ?? null] as const,
      queryFn: ({ signal }) => searchRuns(req, signal),
    }),
  /** For `useInfiniteQuery`: pages follow next_page_token; a repeated token ends the list. */
  infinite: (req: Omit<RunSearchRequest, 'pageToken'>) =>
    infiniteQueryOptions({
      queryKey: [...runQueries.all(), 'infinite', normalizeRunSearch(req)] as const,
      queryFn: ({ signal, pageParam }) => searchRuns({ ...req, pageToken: pageParam }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage, _pages, lastParam, allParams) => {
        const next = lastPage.nextPageToken
        if (!next || next === lastParam || allParams.includes(next)) return undefined
        const offset = decodeOffsetToken(next)
        if (offset !== undefined && offset === 0) return undefined
        return next
      },
    }),
  details: () => [...runQueries.all(), 'detail'] as const,
  detail: (runId: string) =>
    queryOptions({
      queryKey: [...runQueries.details(), runId] as const,
      queryFn: ({ signal }) => getRun(runId, signal),
    }),
}
