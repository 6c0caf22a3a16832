import { createColumnHelper, useTable } from '@tanstack/react-table'
import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { isTerminalStatus } from '../../../../api/runs.ts'
import type { LatestMetric, Run } from '../../../../api/types.ts'
import { DataTable } from '../../../../components/ui/data-table.tsx'
import { dataTableFeatures, type DataTableFeatures } from '../../../../components/ui/data-table-features.ts'
import { EmptyState } from '../../../../components/ui/empty-state.tsx'
import { cn } from '../../../../lib/cn.ts'
import { formatCount, formatMetricValue, formatTimestamp } from '../../../../lib/format.ts'
import { hrefs } from '../../../../url/hrefs.ts'
import { metricRows } from '../metric-rows.ts'
import { MetricSparkline } from './metric-sparkline.tsx'
import { SectionCard } from './section-card.tsx'

const helper = createColumnHelper<DataTableFeatures, LatestMetric>()

type MetricsPanelProps = { run: Run }

/** Latest value of every metric with a sparkline of its history and a link to chart it. */
export function MetricsPanel({ run }: MetricsPanelProps) {
  const { runId, status } = run.info
  const [query, setQuery] = useState('')
  const rows = useMemo(() => metricRows(run.metrics, query), [run.metrics, query])
  const total = Object.keys(run.metrics).length
  const isFinished = isTerminalStatus(status)
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('key', { header: 'Metric', size: 300, cell: ({ row }) => <span className="truncate font-mono text-xs" title={row.original.key}>{row.original.key}</span> }),
        helper.accessor('value', {
          header: 'Latest',
          size: 130,
          cell: ({ row }) => {
            const v = row.original.value
            return <span className={cn('font-mono text-xs tabular-nums', !Number.isFinite(v) && 'font-semibold text-red-700 dark:text-red-400')} title={String(v)}>{formatMetricValue(v, 6)}</span>
          },
        }),
        helper.accessor('step', { header: 'Step', size: 80, cell: ({ row }) => <span className="font-mono text-xs tabular-nums">{row.original.step}</span> }),
        helper.display({ id: 'trend', header: 'History', size: 160, cell: ({ row }) => <MetricSparkline runId={runId} metricKey={row.original.key} isFinished={isFinished} /> }),
        helper.accessor('timestamp', { header: 'Logged', size: 170, cell: ({ row }) => <span className="text-xs text-slate-600 dark:text-slate-400">{formatTimestamp(row.original.timestamp)}</span> }),
        helper.display({
          id: 'chart',
          header: '',
          size: 90,
          cell: ({ row }) => (
            <Link to={hrefs.compare({ runs: [runId], metrics: [row.original.key] })} className="text-xs text-sky-700 hover:underline dark:text-sky-400" aria-label={`Chart ${row.original.key}`}>
              Chart
            </Link>
          ),
        }),
      ]),
    [runId, isFinished],
  )
  const table = useTable({ features: dataTableFeatures, columns, data: rows, getRowId: (m) => m.key })
  return (
    <SectionCard title={`Metrics (${formatCount(total)})`}
      actions={total > 0 && <Link to={hrefs.compare({ runs: [runId], metrics: rows.slice(0, 6).map((m) => m.key) })} className="text-sm text-sky-700 hover:underline dark:text-sky-400">Open in compare</Link>}>
      {total === 0 ? (
        <EmptyState title="No metrics logged" description="Metrics appear here once the run logs them with mlflow.log_metric(s)." />
      ) : (
        <>
          <input type="search" aria-label="Search metrics" placeholder="Search metrics…" value={query} onChange={(e) => setQuery(e.target.value)}
            className="mb-3 h-8 w-full max-w-md rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900" />
          <DataTable table={table} label="Metrics" rowHeight={34} className="max-h-[70vh] rounded border border-slate-200 dark:border-slate-800"
            emptyState={<EmptyState title="No metrics match" description={`No metric key contains “${query.trim()}”.`} />} />
        </>
      )}
    </SectionCard>
  )
}
