import type { QueryClient } from '@tanstack/react-query'
import { compareSearch } from '../../../url/compare-search.ts'
import { fetchCompareRuns } from './fetch-compare-runs.ts'

/**
 * Route loader helper for `/compare` links that open a diff section (`tab=params|metrics|…`):
 * at navigation, starts loading the diff sections' chunk (the page chunk would ask for it only
 * once rendered, a round trip later) and the compared runs (`fetchCompareRuns`: a few runs/search
 * batches instead of one runs/get per run). The fetcher is imported statically (~3 kB gzip in the
 * entry chunk): a lazy import made the requests wait for that chunk and for the main thread to
 * finish the router's first render (measured: requests left 300-500 ms after the loader ran).
 * Never awaits, never throws: the panel reads the same cache entries and shows loading or errors
 * itself. The charts section is left alone (it schedules its own requests).
 */
export function prefetchCompareRuns(queryClient: QueryClient, url: string): null {
  const state = compareSearch.parse(new URL(url).searchParams)
  if (state.tab === 'charts' || state.runs.length === 0) return null
  void import('./compare-diff-tabs.tsx').catch(() => undefined)
  fetchCompareRuns(queryClient, state.runs)
  return null
}
