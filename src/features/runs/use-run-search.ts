import { useInfiniteQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { RUNS_PAGE_MAX, runQueries, searchRuns } from '../../api/runs.ts'
import type { Run, ViewType } from '../../api/types.ts'
import { mergeRunPages, splitFilter } from '../../lib/filter-split.ts'
import type { LifecycleView } from '../../url/runs-search.ts'

const VIEW_TYPES: Record<LifecycleView, ViewType> = { active: 'ACTIVE_ONLY', deleted: 'DELETED_ONLY', all: 'ALL' }

/** Page tokens per split filter: '' = first page, null = that search is exhausted. */
type Tokens = (string | null)[]
type SplitPage = { runs: Run[][]; next: Tokens }

export type RunSearchInput = { experimentIds: string[]; query: string; orderBy: string[]; view: LifecycleView }

/**
 * Runs of the table: the filter is split on OR/parentheses into AND-only MLflow searches
 * (lib/filter-split), each paged through `page_token` in pages of 1000. One "page" here
 * advances every unfinished search at once; results are merged and de-duplicated.
 * `loadAll` follows pages until none is left (or the user navigates away).
 */
export function useRunSearch({ experimentIds, query, orderBy, view }: RunSearchInput) {
  const split = useMemo(() => splitFilter(query), [query])
  const filters = useMemo(() => (split.ok ? split.filters : []), [split])
  const ids = useMemo(() => [...new Set(experimentIds)].sort(), [experimentIds])
  const result = useInfiniteQuery({
    queryKey: [...runQueries.all(), 'table', { experimentIds: ids, filters, orderBy, view }] as const,
    queryFn: async ({ pageParam, signal }): Promise<SplitPage> => {
      const pages = await Promise.all(
        filters.map((filter, i) => {
          const token = pageParam[i]
          if (token === null) return null
          return searchRuns({ experimentIds: ids, filter, orderBy, runViewType: VIEW_TYPES[view], maxResults: RUNS_PAGE_MAX, pageToken: token || undefined }, signal)
        }),
      )
      // A token equal to the one just used would loop forever (MLflow 2.10 with max_results 0).
      return { runs: pages.map((p) => p?.runs ?? []), next: pages.map((p, i) => (p?.nextPageToken && p.nextPageToken !== pageParam[i] ? p.nextPageToken : null)) }
    },
    initialPageParam: filters.map(() => '') as Tokens,
    getNextPageParam: (last) => (last.next.some((t) => t !== null) ? last.next : undefined),
    enabled: split.ok && ids.length > 0,
  })
  const runs = useMemo(() => mergeRunPages(result.data?.pages.flatMap((p) => p.runs) ?? [], (r: Run) => r.info.runId), [result.data])
  const [isLoadingAll, setIsLoadingAll] = useState(false)
  const { fetchNextPage } = result
  const loadAll = useCallback(async () => {
    setIsLoadingAll(true)
    try {
      let r = await fetchNextPage()
      while (r.hasNextPage && !r.isError) r = await fetchNextPage()
    } finally {
      setIsLoadingAll(false)
    }
  }, [fetchNextPage])
  return {
    runs,
    /** Number of AND-only MLflow searches behind the filter (>1 when OR/parentheses split it). */
    searchCount: filters.length,
    syntaxError: split.ok ? undefined : split,
    error: result.error,
    isPending: result.isPending && result.fetchStatus !== 'idle',
    isFetchingNextPage: result.isFetchingNextPage,
    hasNextPage: result.hasNextPage,
    fetchNextPage,
    loadAll,
    isLoadingAll,
    refetch: result.refetch,
  }
}
