import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { experimentQueries } from '../../../../api/experiments.ts'
import type { Run } from '../../../../api/types.ts'
import { hrefs } from '../../../../url/hrefs.ts'
import { runDisplayName } from '../run-facts.ts'
import { CopyButton } from '../../../../components/ui/copy-button.tsx'
import { RunLifecycleBanner } from './run-lifecycle-banner.tsx'
import { RunNameEditor } from './run-name-editor.tsx'
import { RunStatusBadge } from '../../run-status-badge.tsx'

type RunHeaderProps = { run: Run }

/** Breadcrumb to the experiment, the (renamable) run name, status, id, and the deleted banner. */
export function RunHeader({ run }: RunHeaderProps) {
  const { runId, experimentId, status } = run.info
  // The experiment name is a nicety: while it loads (or if it fails) the id stands in.
  const experiment = useQuery(experimentQueries.detail(experimentId))
  const isDeleted = run.info.lifecycleStage === 'deleted'
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3 px-6 pt-5 pb-3">
        <div className="min-w-0">
          <nav aria-label="Breadcrumb" className="mb-1 text-xs text-slate-500 dark:text-slate-400">
            <Link to={hrefs.experiments()} className="hover:underline">Experiments</Link>
            <span aria-hidden> / </span>
            <Link to={hrefs.runs({ experimentIds: [experimentId] })} className="hover:underline">{experiment.data?.name ?? `Experiment ${experimentId}`}</Link>
          </nav>
          <RunNameEditor key={runId} runId={runId} name={runDisplayName(run)} isReadOnly={isDeleted} />
          <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
            <RunStatusBadge status={status} />
            {isDeleted && <span className="rounded bg-slate-200 px-1.5 py-0.5 font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100">deleted</span>}
            <span className="font-mono">{runId}</span>
            <CopyButton text={runId} label="Copy run ID" />
          </div>
        </div>
        <Link to={hrefs.compare({ runs: [runId] })} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800">
          Compare with other runs
        </Link>
      </div>
      <RunLifecycleBanner run={run} experiment={experiment.data} />
    </>
  )
}
