import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { runQueries } from '../../../../api/runs.ts'
import type { Run } from '../../../../api/types.ts'
import { hrefs } from '../../../../url/hrefs.ts'
import { childrenFilter, runDisplayName } from '../run-facts.ts'
import { RunStatusBadge } from '../../run-status-badge.tsx'

/** More children than this link to the run table instead of listing them all. */
const MAX_LISTED = 50

type ChildRunsProps = { run: Run }

/** Runs whose `mlflow.parentRunId` is this run (sweep children), newest first. */
export function ChildRuns({ run }: ChildRunsProps) {
  const { runId, experimentId } = run.info
  const filter = childrenFilter(runId)
  const children = useQuery(runQueries.search({ experimentIds: [experimentId], filter, maxResults: MAX_LISTED }))
  if (children.isPending) return <span className="text-slate-500">Loading…</span>
  if (children.isError) {
    return (
      <span role="alert" className="text-red-700 dark:text-red-400">
        Could not load child runs: {children.error.message}{' '}
        <button type="button" className="underline" onClick={() => void children.refetch()}>Retry</button>
      </span>
    )
  }
  const runs = children.data.runs
  if (runs.length === 0) return <span className="text-slate-500 dark:text-slate-400">none</span>
  return (
    <div>
      <ul aria-label="Child runs" className="flex flex-col gap-1">
        {runs.map((child) => (
          <li key={child.info.runId} className="flex min-w-0 items-center gap-2">
            <Link to={hrefs.run({ experimentId: child.info.experimentId, runId: child.info.runId })} className="truncate text-sky-700 hover:underline dark:text-sky-400">
              {runDisplayName(child)}
            </Link>
            <RunStatusBadge status={child.info.status} />
          </li>
        ))}
      </ul>
      {children.data.nextPageToken && (
        <Link to={hrefs.runs({ experimentIds: [experimentId], query: filter })} className="mt-1 inline-block text-xs text-sky-700 hover:underline dark:text-sky-400">
          More than {MAX_LISTED}: show all in the run table
        </Link>
      )}
    </div>
  )
}
