import { useInfiniteQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Run } from '../../api/types.ts'
import { mergeRunPages, splitFilter } from '../../lib/filter-split.ts'
import type { LifecycleView } from '../../url/runs-search.ts'
import { nextBatchEnd, RUNS_BATCH } from './run-paging.ts'
import { runTableQuery } from './run-table-query.ts'

export type RunSearchInput = { experimentIds: string[]; query: string; orderBy: string[]; view: LifecycleView }

/**
 * Runs of the table: the filter is split on OR/parentheses into AND-only MLflow searches
 * (lib/filter-split), each paged through `page_token`; results are merged and de-duplicated.
 * Requests follow `requestSize` (50 first so rows paint at once, then ≤300) and continue on
 * their own until a batch of 1,000 runs per search is in; `loadMore` asks for the next batch,
 * `loadAll` for everything.
 */
export function useRunSearch({ experimentIds, query, orderBy, view }: RunSearchInput) {
  const split = useMemo(() => splitFilter(query), [query])
  const filters = useMemo(() => (split.ok ? split.filters : []), [split])
  const ids = useMemo(() => [...new Set(experimentIds)].sort(), [experimentIds])
  const options = useMemo(() => runTableQuery({ experimentIds: ids, filters, orderBy, view }), [ids, filters, orderBy, view])
  const result = useInfiniteQuery({ ...options, enabled: split.ok && ids.length > 0 })
  const pages = result.data?.pages
  const runs = useMemo(() => mergeRunPages(pages?.flatMap((p) => p.runs) ?? [], (r: Run) => r.info.runId), [pages])
  // How far to load for this search; a new search starts again at one batch.
  const keyText = JSON.stringify(options.queryKey)
  const [target, setTarget] = useState({ keyText, end: RUNS_BATCH })
  const loadTo = target.keyText === keyText ? target.end : RUNS_BATCH
  const loaded = pages?.at(-1)?.end ?? 0
  const isError = result.isError
  const wantsMore = result.hasNextPage && loaded < loadTo && !isError
  const { fetchNextPage, isFetching } = result
  // Fetching is the effect here (not derived state): one request at a time until the target.
  useEffect(() => {
    if (wantsMore && !isFetching) void fetchNextPage()
  }, [wantsMore, isFetching, fetchNextPage])
  const loadMore = useCallback(() => {
    // After a failed request the automatic loop stops; asking again retries it.
    if (isError) void fetchNextPage()
    setTarget((t) => {
      const end = Math.max(t.keyText === keyText ? t.end : RUNS_BATCH, nextBatchEnd(loaded))
      return t.keyText === keyText && t.end === end ? t : { keyText, end }
    })
  }, [keyText, loaded, isError, fetchNextPage])
  const loadAll = useCallback(() => {
    if (isError) void fetchNextPage()
    setTarget({ keyText, end: Number.POSITIVE_INFINITY })
  }, [keyText, isError, fetchNextPage])
  return {
    runs,
    /** Pages as fetched (stable objects: derived per-page data can be cached on them). */
    pages,
    /** Number of AND-only MLflow searches behind the filter (>1 when OR/parentheses split it). */
    searchCount: filters.length,
    syntaxError: split.ok ? undefined : split,
    error: result.error,
    isPending: result.isPending && result.fetchStatus !== 'idle',
    hasNextPage: result.hasNextPage,
    /** True while requests continue towards the current target (first batch, "Load more" or "Load all"). */
    isLoadingMore: wantsMore || result.isFetchingNextPage,
    isLoadingAll: loadTo === Number.POSITIVE_INFINITY && wantsMore,
    loadMore,
    loadAll,
    refetch: result.refetch,
  }
}
