import { infiniteQueryOptions } from '@tanstack/react-query'
import { runQueries, searchRuns } from '../../api/runs.ts'
import type { Run, ViewType } from '../../api/types.ts'
import type { LifecycleView } from '../../url/runs-search.ts'
import { requestSize } from './run-paging.ts'

const VIEW_TYPES: Record<LifecycleView, ViewType> = { active: 'ACTIVE_ONLY', deleted: 'DELETED_ONLY', all: 'ALL' }

/** Page tokens per split filter: '' = first page, null = that search is exhausted. */
type Tokens = (string | null)[]
/** `offset`: runs already requested per search (MLflow's token is that offset too). */
type PageParam = { tokens: Tokens; offset: number }
/** `end`: offset after this request, i.e. runs requested per search so far. */
export type SplitPage = { runs: Run[][]; next: Tokens; end: number }

/** What the run table searches: sorted unique experiment ids, AND-only filters (split on OR), server order. */
export type RunTableSearch = { experimentIds: string[]; filters: string[]; orderBy: string[]; view: LifecycleView }

/**
 * The run table's infinite query, shared by `useRunSearch` and the route's prefetch so both
 * use one cache entry. One page advances every unfinished split search by `requestSize`
 * runs. Pages are appended, never re-compared (no structural sharing: comparing 10,000 runs
 * deeply on every page would cost more than it saves).
 */
export function runTableQuery({ experimentIds, filters, orderBy, view }: RunTableSearch) {
  return infiniteQueryOptions({
    queryKey: [...runQueries.all(), 'table', { experimentIds, filters, orderBy, view }] as const,
    queryFn: async ({ pageParam, signal }): Promise<SplitPage> => {
      const size = requestSize(pageParam.offset)
      const pages = await Promise.all(
        filters.map((filter, i) => {
          const token = pageParam.tokens[i]
          if (token === null) return null
          return searchRuns({ experimentIds, filter, orderBy, runViewType: VIEW_TYPES[view], maxResults: size, pageToken: token || undefined }, signal)
        }),
      )
      // A token equal to the one just used would loop forever (MLflow 2.10 with max_results 0).
      const next = pages.map((p, i) => (p?.nextPageToken && p.nextPageToken !== pageParam.tokens[i] ? p.nextPageToken : null))
      return { runs: pages.map((p) => p?.runs ?? []), next, end: pageParam.offset + size }
    },
    initialPageParam: { tokens: filters.map(() => ''), offset: 0 } as PageParam,
    getNextPageParam: (last): PageParam | undefined => (last.next.some((t) => t !== null) ? { tokens: last.next, offset: last.end } : undefined),
    structuralSharing: false,
  })
}
