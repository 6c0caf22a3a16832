import type { QueryClient } from '@tanstack/react-query'
import { splitFilter } from '../../lib/filter-split.ts'
import { runsSearch, sortToOrderBy } from '../../url/runs-search.ts'
import { isServerSortable } from './run-columns.ts'
import { runTableQuery } from './run-table-query.ts'

/**
 * Route loader helper for `/experiments/runs`: starts the table's first runs/search at
 * navigation, so it overlaps the download of the table's code instead of waiting for the
 * table to render. Never awaits, never throws; the table reads the same cache entry.
 * Skipped when the cache already holds the search (a loader also runs on every URL change,
 * e.g. selecting a row, which must not refetch loaded pages) and when a metric column is
 * sorted (whether that sort goes to the server depends on the column's aggregate, a
 * preference the table reads itself).
 */
export function prefetchRunTable(queryClient: QueryClient, url: string): void {
  const state = runsSearch.parse(new URL(url).searchParams)
  const split = splitFilter(state.query)
  if (state.experimentIds.length === 0 || !split.ok || state.sort.some((s) => s.key.startsWith('metrics.'))) return
  const options = runTableQuery({
    experimentIds: [...new Set(state.experimentIds)].sort(),
    filters: split.filters,
    orderBy: sortToOrderBy(state.sort.filter((s) => isServerSortable(s.key, {}))),
    view: state.view,
  })
  if (queryClient.getQueryData(options.queryKey) !== undefined) return
  void queryClient.prefetchInfiniteQuery(options)
}
