import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { runQueries } from '../../../../api/runs.ts'
import type { Run } from '../../../../api/types.ts'
import { EMPTY_VALUE } from '../../../../lib/format.ts'
import { hrefs } from '../../../../url/hrefs.ts'
import { parentRunId, runDisplayName } from '../run-facts.ts'

type ParentRunLinkProps = { run: Run }

/** Link to the parent run (`mlflow.parentRunId`), named once the parent has loaded. */
export function ParentRunLink({ run }: ParentRunLinkProps) {
  const parentId = parentRunId(run)
  const parent = useQuery({ ...runQueries.detail(parentId ?? ''), enabled: parentId !== undefined })
  if (parentId === undefined) return <>{EMPTY_VALUE}</>
  // A parent in another experiment is rare but legal; a missing parent keeps its id as text.
  if (parent.isError) return <span className="font-mono text-xs" title={parent.error.message}>{parentId} (not found)</span>
  const experimentId = parent.data?.info.experimentId ?? run.info.experimentId
  return (
    <Link to={hrefs.run({ experimentId, runId: parentId })} className="text-sky-700 hover:underline dark:text-sky-400">
      {parent.data ? runDisplayName(parent.data) : <span className="font-mono text-xs">{parentId}</span>}
    </Link>
  )
}
