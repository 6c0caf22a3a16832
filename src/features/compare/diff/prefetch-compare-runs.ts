import type { QueryClient } from '@tanstack/react-query'
import { compareSearch } from '../../../url/compare-search.ts'
import { fetchCompareRuns } from './fetch-compare-runs.ts'
import { compareDiffTabs, lazyDiffPanels } from './lazy-compare-diff-tabs.ts'

/**
 * Route loader helper for `/compare` links: at navigation, starts loading the compared runs
 * (the charts need their names, colours and metric keys too) and, for a diff section
 * (`tab=params|metrics|…`), the diff sections' chunk and that section's (the page chunk would
 * ask for them only once rendered, a round trip later, and then suspend). The runs come through (`fetchCompareRuns`: a few runs/search
 * batches instead of one runs/get per run). The fetcher is imported statically (~3 kB gzip in the
 * entry chunk): a lazy import made the requests wait for that chunk and for the main thread to
 * finish the router's first render (measured: requests left 300-500 ms after the loader ran).
 * Never awaits, never throws: the panel reads the same cache entries and shows loading or errors
 * itself.
 */
export function prefetchCompareRuns(queryClient: QueryClient, url: string): null {
  const state = compareSearch.parse(new URL(url).searchParams)
  if (state.runs.length === 0) return null
  if (state.tab !== 'charts') void compareDiffTabs.preload().catch(() => undefined)
  if (state.tab !== 'charts' && state.tab !== 'params') void lazyDiffPanels[state.tab].preload().catch(() => undefined)
  fetchCompareRuns(queryClient, state.runs, state.experiments)
  return null
}
