import type { Run } from '../../api/types.ts'
import { EMPTY_VALUE, formatMetricValue } from '../../lib/format.ts'
import { hrefs } from '../../url/hrefs.ts'
import { runDisplayName } from './run-columns.ts'
import { useRunTableActions } from './run-table-context.ts'

/** Long values (6,000-char params) are cut for the tooltip; the cell itself truncates with CSS. */
const MAX_TITLE = 1000
const clip = (s: string) => (s.length > MAX_TITLE ? `${s.slice(0, MAX_TITLE)}…` : s)

type RunCellProps = { run: Run }

export function SelectCell({ run }: RunCellProps) {
  const { isSelected, toggleSelected } = useRunTableActions()
  return <input type="checkbox" aria-label={`Select ${runDisplayName(run)}`} checked={isSelected(run.info.runId)} onChange={() => toggleSelected(run.info.runId)} className="size-4" />
}

type NameCellProps = { run: Run; depth: number; childCount: number; isExpanded: boolean }

export function NameCell({ run, depth, childCount, isExpanded }: NameCellProps) {
  const { toggleExpanded, editRun, followLink } = useRunTableActions()
  const name = runDisplayName(run)
  return (
    <div className="flex min-w-0 flex-1 items-center gap-1" style={{ paddingLeft: depth * 16 }}>
      {childCount > 0 ? (
        <button type="button" aria-expanded={isExpanded} aria-label={`${isExpanded ? 'Collapse' : 'Expand'} ${name} (${childCount} child runs)`} onClick={() => toggleExpanded(run.info.runId)}
          className="w-5 flex-none rounded text-slate-500 hover:bg-slate-200 dark:hover:bg-slate-700">
          {isExpanded ? '▾' : '▸'}
        </button>
      ) : (
        <span aria-hidden className="w-5 flex-none" />
      )}
      {/* A plain anchor (router Link costs more than the rest of the row): followLink routes it in-app. */}
      <a href={hrefs.run({ experimentId: run.info.experimentId, runId: run.info.runId })} onClick={followLink} title={clip(name)} className="truncate font-medium text-sky-700 hover:underline dark:text-sky-400">
        {name}
      </a>
      {childCount > 0 && <span className="flex-none text-xs text-slate-500">({childCount})</span>}
      <button type="button" aria-label={`Edit ${name}`} onClick={() => editRun(run)}
        className="ml-auto flex-none rounded px-1 text-xs text-slate-500 opacity-0 group-hover:opacity-100 hover:bg-slate-200 focus:opacity-100 dark:hover:bg-slate-700">
        Edit
      </button>
    </div>
  )
}

type TextCellProps = { value: string | number | undefined; isMono?: boolean }

/** Plain text, single line, truncated; React escapes it, so HTML in names or tags stays text. */
export function TextCell({ value, isMono = false }: TextCellProps) {
  if (value === undefined || value === '') return <span className="text-slate-400">{EMPTY_VALUE}</span>
  const text = String(value)
  return (
    <span title={clip(text)} className={isMono ? 'truncate font-mono text-xs' : 'truncate'}>
      {text.length > 300 ? `${text.slice(0, 300)}…` : text}
    </span>
  )
}

type MetricCellProps = { run: Run; metricKey: string }

export function MetricCell({ run, metricKey }: MetricCellProps) {
  const { metricAgg, aggregate, isAggLoading } = useRunTableActions()
  const agg = metricAgg[metricKey]?.kind ?? 'last'
  const latest = run.metrics[metricKey]
  if (agg === 'last') {
    if (!latest) return <span className="text-slate-400">{EMPTY_VALUE}</span>
    return <span className="ml-auto tabular-nums" title={`${latest.value} at step ${latest.step}`}>{formatMetricValue(latest.value)}</span>
  }
  const value = aggregate(run.info.runId, metricKey)
  if (value === undefined) {
    const isLoading = latest !== undefined && isAggLoading(metricKey)
    return <span className="ml-auto text-slate-400" aria-busy={isLoading || undefined}>{isLoading ? '…' : EMPTY_VALUE}</span>
  }
  return <span className="ml-auto tabular-nums" title={String(value)}>{formatMetricValue(value)}</span>
}
