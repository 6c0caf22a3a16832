import { Button } from '../../components/ui/button.tsx'
import { formatCount } from '../../lib/format.ts'

type RunSearchStatusProps = {
  runCount: number
  searchCount: number
  hasNextPage: boolean
  isPending: boolean
  /** Requests continue on their own (the first batch of 1,000, "Load more" or "Load all"). */
  isLoadingMore: boolean
  isLoadingAll: boolean
  onLoadMore: () => void
  onLoadAll: () => void
  aggProgress: { done: number; total: number }
}

/** One line under the filter: how many runs are loaded, whether the query was split, paging controls. */
export function RunSearchStatus({ runCount, searchCount, hasNextPage, isPending, isLoadingMore, isLoadingAll, onLoadMore, onLoadAll, aggProgress }: RunSearchStatusProps) {
  const runs = `${formatCount(runCount)} run${runCount === 1 ? '' : 's'}`
  return (
    <div className="flex min-h-8 flex-wrap items-center gap-x-4 gap-y-1 px-6 pb-2 text-sm text-slate-600 dark:text-slate-400">
      <span role="status" aria-label="Loaded runs">
        {isPending ? 'Loading runs…' : !hasNextPage ? `${runs} loaded` : isLoadingMore ? `${runs} loaded, loading more…` : `${runs} loaded, more available`}
      </span>
      {hasNextPage && (
        <span className="flex gap-2">
          <Button size="sm" onClick={onLoadMore} isPending={isLoadingMore && !isLoadingAll}>Load more</Button>
          <Button size="sm" onClick={onLoadAll} isPending={isLoadingAll}>Load all</Button>
        </span>
      )}
      {searchCount > 1 && (
        <span role="note" className="rounded bg-amber-50 px-2 py-0.5 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          OR/parentheses: split into {searchCount} MLflow searches; {runs} after merging duplicates, sorted in the browser.
        </span>
      )}
      {aggProgress.total > 0 && aggProgress.done < aggProgress.total && (
        <span role="progressbar" aria-label="Loading metric histories" aria-valuemin={0} aria-valuemax={aggProgress.total} aria-valuenow={aggProgress.done}>
          Loading metric histories {aggProgress.done}/{aggProgress.total}…
        </span>
      )}
    </div>
  )
}
