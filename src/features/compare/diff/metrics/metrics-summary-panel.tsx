import { useMemo, useState } from 'react'
import { EmptyState } from '../../../../components/ui/empty-state.tsx'
import type { Direction } from '../../../../lib/metric-stats.ts'
import { FailedRunsNote } from '../shared/failed-runs-note.tsx'
import { PanelError } from '../../../../components/errors/panel-error.tsx'
import { PanelLoading } from '../../../../components/ui/panel-loading.tsx'
import { runColorMap, runDisplayName } from '../shared/run-display.ts'
import { RunLabel } from '../shared/run-label.tsx'
import { useCompareRuns } from '../shared/use-compare-runs.ts'
import { MetricSummaryRow } from './metric-summary-row.tsx'
import { useMetricComparisons } from './use-metric-comparisons.ts'

type MetricsSummaryPanelProps = { runIds: string[] }

/** Last / min / max / best step of every metric per run, deltas vs the baseline, best run marked. */
export function MetricsSummaryPanel({ runIds }: MetricsSummaryPanelProps) {
  const [directions, setDirections] = useState<Record<string, Direction>>({})
  const { runs, failed, isPending, error, refetch } = useCompareRuns(runIds)
  const { rows, capabilitiesError } = useMetricComparisons(runs, directions)
  const colors = useMemo(() => runColorMap(runIds), [runIds])

  if (isPending && runs.length === 0) return <PanelLoading label="Loading metrics" />
  if (error) return <PanelError error={error} what="the compared runs" onRetry={refetch} />
  return (
    <section aria-label="Metrics summary" className="flex flex-col gap-3">
      <FailedRunsNote failed={failed} onRetry={refetch} />
      {capabilitiesError ? <PanelError error={capabilitiesError} what="the server's capabilities" /> : null}
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Each cell: last value (Δ vs baseline), then min, max and the step of the best value. The best run per metric is outlined; click the arrow to flip which way is better.
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No metrics logged" description="None of these runs logged any metrics." />
      ) : (
        <div className="overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
          <table className="w-max min-w-full border-collapse text-sm">
            <thead className="sticky top-0 z-10 bg-slate-50 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-300">
              <tr>
                <th scope="col" className="sticky left-0 bg-slate-50 px-2 py-2 text-left font-medium dark:bg-slate-900">Metric</th>
                {runs.map((run, i) => (
                  <th key={run.info.runId} scope="col" className="max-w-56 px-2 py-2 text-left font-medium">
                    <RunLabel name={runDisplayName(run)} color={colors.get(run.info.runId)} isBaseline={i === 0} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <MetricSummaryRow key={row.key} row={row} runCount={runs.length} onDirectionChange={(d) => setDirections((s) => ({ ...s, [row.key]: d }))} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
