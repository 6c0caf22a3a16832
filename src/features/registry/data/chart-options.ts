import type { ChartOption } from '../../../components/charts/echart.tsx'
import { formatMetricValue } from '../../../lib/format.ts'
import type { Stage } from '../../../lib/registry-change.ts'

export type CurveInput = { name: string; color: string; points: readonly { step: number; value: number }[] }

/** Two (or more) runs' histories of one metric over steps; non-finite values are gaps. */
export function buildCurvesOption(metric: string, curves: readonly CurveInput[]): ChartOption {
  return {
    animation: false,
    grid: { left: 56, right: 16, top: 32, bottom: 32 },
    legend: { top: 0, data: curves.map((c) => c.name) },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? formatMetricValue(v) : String(v ?? '')) },
    xAxis: { type: 'value', name: 'step', nameLocation: 'end', scale: true },
    yAxis: { type: 'value', name: metric, scale: true },
    series: curves.map((c) => ({
      type: 'line',
      name: c.name,
      showSymbol: false,
      color: c.color,
      data: [...c.points].sort((a, b) => a.step - b.step).map((p) => [p.step, Number.isFinite(p.value) ? p.value : '-']),
    })),
  }
}

export type VersionPoint = { version: string; value: number | null; stage: Stage; aliases: readonly string[] }

/** Stage colours, from the theme palette used by the stage badges. */
export const STAGE_COLORS: Record<Stage, string> = { Production: '#059669', Staging: '#d97706', None: '#64748b', Archived: '#94a3b8' }

/** Label under a version's point: its stage (unless None) and aliases (`Production · @champion`). */
export function versionMarker(p: Pick<VersionPoint, 'stage' | 'aliases'>): string {
  return [p.stage !== 'None' ? p.stage : '', ...[...p.aliases].sort().map((a) => `@${a}`)].filter(Boolean).join(' · ')
}

/**
 * One metric across a model's versions: x = version (ascending, categories `v1`…), y = the
 * metric of each version's source run; points coloured by stage and labelled with stage/aliases.
 * Versions without the metric leave a gap.
 */
export function buildVersionMetricOption(metric: string, points: readonly VersionPoint[]): ChartOption {
  const sorted = [...points].sort((a, b) => Number(a.version) - Number(b.version))
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 28, bottom: 40 },
    tooltip: { trigger: 'item', valueFormatter: (v) => (typeof v === 'number' ? formatMetricValue(v) : String(v ?? '')) },
    xAxis: { type: 'category', data: sorted.map((p) => `v${p.version}`), name: 'version' },
    yAxis: { type: 'value', name: metric, scale: true },
    series: [
      {
        type: 'line',
        name: metric,
        connectNulls: true,
        symbol: 'circle',
        symbolSize: 10,
        color: '#0284c7',
        label: { show: true, position: 'top', fontSize: 11, formatter: (p: { dataIndex: number }) => versionMarker(sorted[p.dataIndex] ?? { stage: 'None', aliases: [] }) },
        data: sorted.map((p) => ({ value: p.value === null || !Number.isFinite(p.value) ? '-' : p.value, itemStyle: { color: STAGE_COLORS[p.stage] } })),
      },
    ],
  }
}
