import { Link } from 'react-router'
import { Badge } from '../../components/ui/badge.tsx'
import { Button } from '../../components/ui/button.tsx'
import { cn } from '../../lib/cn.ts'
import { hrefs } from '../../url/hrefs.ts'
import type { CompareRunState } from './use-compare-runs.ts'
import type { HistoryFailure } from './use-metric-histories.ts'

type CompareRunStripProps = {
  runs: readonly CompareRunState[]
  failures: readonly HistoryFailure[]
  hoveredRunId: string | null
  onHover: (runId: string | null) => void
  onMakeBaseline: (runId: string) => void
}

const STATUS_TONE = { FINISHED: 'success', RUNNING: 'info', SCHEDULED: 'neutral', FAILED: 'danger', KILLED: 'warning' } as const

/**
 * The compared runs with their colour, status and load state. A run whose details or
 * history failed shows the error here, on that run only, with a Retry.
 */
export function CompareRunStrip({ runs, failures, hoveredRunId, onHover, onMakeBaseline }: CompareRunStripProps) {
  return (
    <ul aria-label="Compared runs" className="flex flex-wrap gap-2">
      {runs.map((r) => {
        const failed = failures.filter((f) => f.runId === r.runId)
        return (
          <li
            key={r.runId}
            onMouseEnter={() => onHover(r.runId)}
            onMouseLeave={() => onHover(null)}
            className={cn('flex max-w-full flex-col gap-1 rounded-md border px-2 py-1 text-xs', hoveredRunId === r.runId && 'border-sky-500', (failed.length > 0 || r.error) && 'border-red-300 dark:border-red-800')}
          >
            <div className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block size-2.5 shrink-0 rounded-full" style={{ background: r.color }} />
              {r.run ? (
                <Link to={hrefs.run({ experimentId: r.run.info.experimentId, runId: r.runId })} className="truncate font-medium hover:underline">
                  {r.name}
                </Link>
              ) : (
                <span className="font-mono">{r.name}</span>
              )}
              {r.run && <Badge tone={STATUS_TONE[r.run.info.status]}>{r.run.info.status.toLowerCase()}</Badge>}
              {r.isBaseline ? (
                <Badge tone="info">baseline</Badge>
              ) : (
                r.run && (
                  <button type="button" className="text-slate-500 hover:underline" onClick={() => onMakeBaseline(r.runId)} aria-label={`Make ${r.name} the baseline`}>
                    set baseline
                  </button>
                )
              )}
            </div>
            {r.error && <RunError message={`Run could not be loaded: ${r.error.message}`} onRetry={r.retry} name={r.name} />}
            {failed.map((f) => (
              <RunError key={f.metricKey} message={`${f.metricKey}: full history failed (${f.message})`} onRetry={f.retry} name={r.name} />
            ))}
          </li>
        )
      })}
    </ul>
  )
}

function RunError({ message, onRetry, name }: { message: string; onRetry: () => void; name: string }) {
  return (
    <div role="alert" className="flex items-center gap-2 text-red-800 dark:text-red-300">
      <span className="max-w-md truncate" title={message}>
        {message}
      </span>
      <Button size="sm" onClick={onRetry} aria-label={`Retry ${name}`}>
        Retry
      </Button>
    </div>
  )
}
