import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Run } from '../../../../api/types.ts'
import { EMPTY_VALUE, formatDuration, formatTimestamp } from '../../../../lib/format.ts'
import { hrefs } from '../../../../url/hrefs.ts'
import { runDurationMs, runSource } from '../run-facts.ts'
import { ChildRuns } from './child-runs.tsx'
import { CopyButton } from '../../../../components/ui/copy-button.tsx'
import { ParentRunLink } from './parent-run-link.tsx'
import { RunStatusBadge } from '../../run-status-badge.tsx'
import { SectionCard } from './section-card.tsx'

type RunDetailsProps = {
  run: Run
  experimentName?: string
  /** When the run was fetched (epoch ms): "now" for a running run's duration, fresh on each poll. */
  fetchedAt: number
}

/** Who ran what, when, from which code, where it sits in a sweep. */
export function RunDetails({ run, experimentName, fetchedAt }: RunDetailsProps) {
  const { info } = run
  const source = runSource(run.tags)
  const duration = runDurationMs(run, fetchedAt)
  return (
    <SectionCard title="Details">
      <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
        <Row label="Status"><RunStatusBadge status={info.status} /></Row>
        <Row label="Started">{info.startTime ? formatTimestamp(info.startTime) : EMPTY_VALUE}</Row>
        <Row label="Ended">{info.endTime ? formatTimestamp(info.endTime) : info.status === 'RUNNING' ? 'still running' : EMPTY_VALUE}</Row>
        <Row label="Duration">{duration === undefined ? EMPTY_VALUE : formatDuration(duration)}</Row>
        <Row label="User">{info.userId || run.tags['mlflow.user'] || EMPTY_VALUE}</Row>
        <Row label="Source">
          {source.name || EMPTY_VALUE}
          {source.type && <span className="ml-2 rounded bg-slate-100 px-1 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">{source.type}</span>}
        </Row>
        <Row label="Git commit">
          {source.commit ? (
            <span className="inline-flex items-center gap-1">
              <span className="font-mono" title={source.commit}>{source.commit.slice(0, 10)}</span>
              <CopyButton text={source.commit} label="Copy commit hash" />
              {source.branch && <span className="text-slate-500 dark:text-slate-400">on {source.branch}</span>}
            </span>
          ) : EMPTY_VALUE}
        </Row>
        {source.repoUrl && <Row label="Repository"><span className="font-mono text-xs break-all">{source.repoUrl}</span></Row>}
        <Row label="Experiment">
          <Link to={hrefs.runs({ experimentIds: [info.experimentId] })} className="text-sky-700 hover:underline dark:text-sky-400">{experimentName ?? `Experiment ${info.experimentId}`}</Link>
        </Row>
        <Row label="Parent run"><ParentRunLink run={run} /></Row>
        <Row label="Child runs"><ChildRuns run={run} /></Row>
        <Row label="Artifact URI"><span className="font-mono text-xs break-all">{info.artifactUri || EMPTY_VALUE}</span></Row>
      </dl>
    </SectionCard>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{children}</dd>
    </>
  )
}
