import { Link } from 'react-router'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { EmptyState } from '../../components/ui/empty-state.tsx'
import { RunsExplorer } from '../../features/runs/runs-explorer.tsx'
import { hrefs } from '../../url/hrefs.ts'
import { runsSearch } from '../../url/runs-search.ts'
import { useSearchState } from '../../url/use-search-state.ts'

/** `/experiments/runs?exp=…`: the run table over one or several experiments. */
export function RunsPage() {
  const [state] = useSearchState(runsSearch)
  if (state.experimentIds.length === 0) {
    return (
      <>
        <PageHeader title="Runs" />
        <EmptyState title="No experiment chosen" description="Pick one or more experiments to see their runs." action={<Link to={hrefs.experiments()} className="text-sky-700 underline dark:text-sky-400">Go to experiments</Link>} />
      </>
    )
  }
  return <RunsExplorer />
}
