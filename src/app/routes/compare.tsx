import { Suspense } from 'react'
import { Link } from 'react-router'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { PageSkeleton } from '../../components/layout/page-skeleton.tsx'
import { EmptyState } from '../../components/ui/empty-state.tsx'
import { CompareCharts } from '../../features/compare/compare-charts.tsx'
import { CompareTabBar } from '../../features/compare/compare-tab-bar.tsx'
import { compareDiffTabs } from '../../features/compare/diff/lazy-compare-diff-tabs.ts'
import { compareSearch } from '../../url/compare-search.ts'
import { hrefs } from '../../url/hrefs.ts'
import { useSearchState } from '../../url/use-search-state.ts'

const CompareDiffTabs = compareDiffTabs.Component

/** `/compare?run=a&run=b…`: overlay charts and the diff tabs of the selected runs (first = baseline). */
export function ComparePage() {
  const [state] = useSearchState(compareSearch)
  const count = state.runs.length
  return (
    <>
      <PageHeader title={count > 0 ? `Compare ${count} run${count === 1 ? '' : 's'}` : 'Compare runs'} />
      {count === 0 ? (
        <EmptyState
          title="No runs selected"
          description="Select runs in a run table and choose Compare, or open a compare link."
          action={<Link to={hrefs.experiments()} className="text-sm text-sky-700 underline dark:text-sky-400">Go to experiments</Link>}
        />
      ) : (
        <>
          <CompareTabBar />
          <div className="px-6 py-4">
            {state.tab === 'charts' ? (
              <CompareCharts />
            ) : (
              <Suspense fallback={<PageSkeleton />}>
                <CompareDiffTabs tab={state.tab} runIds={state.runs} />
              </Suspense>
            )}
          </div>
        </>
      )}
    </>
  )
}
