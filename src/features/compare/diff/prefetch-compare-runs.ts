import type { QueryClient } from '@tanstack/react-query'
import { compareSearch } from '../../../url/compare-search.ts'

/**
 * Requests in flight at once. The browser opens 6 HTTP/1.1 connections per host; 50 runs/get
 * queued on all of them held back the page and panel chunks (measured: the params chunk waited
 * ~1.2 s behind them). Four lanes keep the single-threaded server busy and leave two free.
 */
const LANES = 4

/**
 * Route loader helper for `/compare` links that open a diff section (`tab=params|metrics|…`):
 * starts runs/get for every compared run at navigation, so the requests overlap the download of
 * the page and panel chunks instead of waiting for the panel to render (three chunk round trips
 * on a cold load). Never awaits, never throws: the panel reads the same cache entries and shows
 * loading or errors itself (once mounted, it starts any run still waiting for a lane). The charts
 * section is left alone (it schedules its own requests).
 */
export function prefetchCompareRuns(queryClient: QueryClient, url: string): null {
  const state = compareSearch.parse(new URL(url).searchParams)
  if (state.tab === 'charts' || state.runs.length === 0) return null
  // The router imports this module statically; the runs fetcher (and its schemas) load on demand so
  // they stay out of the entry chunk of every other page.
  void import('../../../api/runs.ts').then(({ runQueries }) => startLanes(queryClient, runQueries, state.runs), () => undefined)
  return null
}

function startLanes(queryClient: QueryClient, runQueries: typeof import('../../../api/runs.ts').runQueries, runIds: readonly string[]): void {
  const queue = [...runIds]
  const lane = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      // ensureQueryData fetches only what the cache lacks (later URL toggles refetch nothing) and
      // joins a fetch the panel already started; a failure is the panel's to show.
      await queryClient.ensureQueryData(runQueries.detail(id)).catch(() => undefined)
    }
  }
  for (let i = 0; i < Math.min(LANES, queue.length); i++) void lane()
}
