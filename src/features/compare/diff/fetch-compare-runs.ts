import type { QueryClient } from '@tanstack/react-query'
import { getRun, runQueries, searchRunsByIds } from '../../../api/runs.ts'
import type { Run } from '../../../api/types.ts'

/**
 * Runs per runs/search. A 2,000-param run is ~96 kB of JSON; 10 runs per answer keep each parse
 * short (no long task) and let the server load the next batch while the page parses this one.
 */
export const SEARCH_BATCH = 10
/** Requests in flight at once: enough to keep the single-threaded server busy, leaving three connections for chunks. */
export const LANES = 3

type Deferred = { promise: Promise<Run>; resolve: (run: Run) => void; reject: (error: unknown) => void }

function deferred(): Deferred {
  let resolve!: (run: Run) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<Run>((res, rej) => {
    resolve = res
    reject = rej
  })
  // The query that owns it reports a rejection; this only keeps an orphan from being "unhandled".
  promise.catch(() => undefined)
  return { promise, resolve, reject }
}

/** True when the cache has nothing usable for this run and nobody is fetching it. */
function needsFetch(queryClient: QueryClient, runId: string): boolean {
  const state = queryClient.getQueryState(runQueries.detail(runId).queryKey)
  return !state || (state.data === undefined && state.fetchStatus === 'idle' && state.status !== 'error')
}

/**
 * Fills runs/get's cache entries (`runQueries.detail`) for `runIds` with few requests: runs/search
 * `run_id IN (…)` batches of SEARCH_BATCH, LANES at a time, over the experiments seen so far. A
 * link's experiment hint (`experimentHint`) lets the batches start at once; without one, runs/get
 * for the first runs learns an experiment id first (runs/search needs one). Runs a search does not return
 * (another experiment, a server that does not answer the search) are fetched with runs/get, and
 * their experiments join the later batches. Each run's query settles as soon as its own batch
 * does, so a panel mounted meanwhile joins these fetches instead of starting its own; retries of
 * a failed run use plain runs/get. Runs already cached or in flight are skipped. Never throws.
 */
export function fetchCompareRuns(queryClient: QueryClient, runIds: readonly string[], experimentHint: readonly string[] = []): void {
  const todo = [...new Set(runIds)].filter((id) => needsFetch(queryClient, id))
  if (todo.length === 0) return
  const waiting = new Map(todo.map((id) => [id, deferred()]))
  for (const id of todo) {
    // The first attempt takes the batch's answer; a retry (transient failure) asks runs/get itself.
    let first: Promise<Run> | undefined = waiting.get(id)?.promise
    void queryClient.prefetchQuery({
      ...runQueries.detail(id),
      queryFn: ({ signal }) => {
        const p = first ?? getRun(id, signal)
        first = undefined
        return p
      },
    })
  }
  void loadAll(todo, waiting, experimentHint)
}

async function loadAll(todo: string[], waiting: Map<string, Deferred>, experimentHint: readonly string[]): Promise<void> {
  const settle = (id: string, run: Run | undefined, error?: unknown) => {
    const d = waiting.get(id)
    waiting.delete(id)
    if (run) d?.resolve(run)
    else d?.reject(error)
  }
  // A wrong hint only costs an empty search per batch: MLflow answers `{}` for unknown experiments.
  const experiments = new Set<string>(experimentHint)
  const viaGet = async (id: string) => {
    try {
      const run = await getRun(id)
      experiments.add(run.info.experimentId)
      settle(id, run)
    } catch (error) {
      settle(id, undefined, error)
    }
  }
  // Until the first run's experiment is known (its runs/get answered and parsed, which waits for a
  // busy main thread at page start), lanes take one run each with runs/get so the server never
  // idles; after that they take SEARCH_BATCH runs per runs/search.
  const queue = [...todo]
  const lane = async () => {
    while (queue.length > 0) {
      if (experiments.size === 0) {
        await viaGet(queue.shift() as string)
        continue
      }
      await loadBatch(queue.splice(0, SEARCH_BATCH))
    }
  }
  // One search; runs it leaves out come by runs/get, and when the first of those reveals another
  // experiment (runs compared across experiments), the rest are searched again with it. A server
  // that refuses the search gets runs/get only from then on.
  let canSearch = true
  const loadBatch = async (batch: string[]) => {
    let ids = batch
    while (ids.length > 0) {
      if (canSearch) {
        try {
          const found = await searchRunsByIds([...experiments], ids)
          for (const run of found) if (ids.includes(run.info.runId)) settle(run.info.runId, run)
        } catch {
          canSearch = false
        }
      }
      const missing = ids.filter((id) => waiting.has(id))
      if (missing.length === 0) return
      const known = experiments.size
      await viaGet(missing[0])
      ids = missing.slice(1)
      if (!canSearch || experiments.size === known) {
        for (const id of ids) await viaGet(id)
        return
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(LANES, todo.length) }, lane))
}
