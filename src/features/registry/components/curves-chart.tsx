import { useMemo } from 'react'
import { ChartPanel } from '../../../components/charts/chart-panel.tsx'
import { LazyEChart } from '../../../components/charts/lazy-echart.tsx'
import { RUN_PALETTE } from '../../../lib/run-colors.ts'
import { buildCurvesOption } from '../data/chart-options.ts'
import type { PairSide } from '../hooks/use-version-pair.ts'

type CurvesChartProps = { metric: string; candidate: PairSide; incumbent: PairSide }

/** The two source runs' histories of `metric`, overlaid. */
export function CurvesChart({ metric, candidate, incumbent }: CurvesChartProps) {
  const option = useMemo(
    () =>
      buildCurvesOption(metric, [
        { name: `v${incumbent.version?.version ?? '?'} (current)`, color: RUN_PALETTE[17] ?? 'gray', points: incumbent.history ?? [] },
        { name: `v${candidate.version?.version ?? '?'} (candidate)`, color: RUN_PALETTE[0] ?? 'blue', points: candidate.history ?? [] },
      ]),
    [metric, candidate, incumbent],
  )
  const isEmpty = !incumbent.history?.length && !candidate.history?.length
  return (
    <ChartPanel title={`${metric} of both source runs`} heightClass="h-48" empty={isEmpty ? { title: `Neither run logged ${metric}` } : undefined}>
      <LazyEChart option={option} ariaLabel={`${metric} curves of both versions`} className="h-48 w-full" />
    </ChartPanel>
  )
}
