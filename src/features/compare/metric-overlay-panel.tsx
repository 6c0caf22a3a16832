import { useMemo, useRef, useState } from 'react'
import type { EChartEvent, EChartEventApi, EChartHandle } from '../../components/charts/echart.tsx'
import { ChartPanel } from '../../components/charts/chart-panel.tsx'
import { LazyEChart } from '../../components/charts/lazy-echart.tsx'
import { ChartAddMetric } from './chart-add-metric.tsx'
import { ChartExportActions } from './chart-export-actions.tsx'
import { chartNotes } from './chart-notes.ts'
import { useCompareChartsContext } from './compare-charts-context.ts'
import { countNonPositiveX, pointCounts } from './drawn-lines.ts'
import { buildMetricOverlayOption } from './metric-overlay-option.ts'
import { buildLines } from './overlay-lines.ts'
import { useDrawnLines, useElementWidth, useStableLines } from './use-drawn-lines.ts'
import { sameList, useSameValue } from './use-same-value.ts'
import { zoomGroup, zoomScope, zoomScopeNote } from './zoom-scope.ts'
import { formatCount } from '../../lib/format.ts'

const X_LABEL = { step: 'step', wall: 'timestamp_ms', relative: 'ms_since_start' } as const
/** Plot margins of the option's grid (left + right), so buckets = plot pixels. */
const GRID_MARGIN = 84

type MetricOverlayPanelProps = {
  metricKeys: string[]
  onChange: (keys: string[] | null) => void
}

/** One chart: one or more metrics of every compared run (or of every group). */
export function MetricOverlayPanel({ metricKeys, onChange }: MetricOverlayPanelProps) {
  const ctx = useCompareChartsContext()
  const s = ctx.settings
  const chart = useRef<EChartHandle>(null)
  const [el, setEl] = useState<HTMLDivElement | null>(null)
  const width = useElementWidth(el)
  // The URL codec makes a new `group` array on every URL change (a zoom): keep the old one while equal.
  const group = useSameValue(s.group, sameList)
  const built = useMemo(
    () => buildLines({ runs: ctx.runs, metricKeys, history: ctx.history, x: s.x, smoothing: s.smoothing, weight: s.weight, group, aggregate: s.aggregate, band: s.band }),
    [ctx.runs, metricKeys, ctx.history, s.x, s.smoothing, s.weight, group, s.aggregate, s.band],
  )
  const lines = useStableLines(built.lines)
  const logX = s.logX && s.x !== 'wall'
  const scope = zoomScope(metricKeys, s.x)
  const [ownZoom, setOwnZoom] = useState<[number, number] | null>(null)
  const zoom = scope === 'system' ? ctx.systemZoom : scope === 'chart' ? ownZoom : s.zoom
  const setZoom = scope === 'system' ? ctx.onSystemZoom : scope === 'chart' ? setOwnZoom : ctx.onZoom
  const { drawn, zoom: drawnZoom, isCurrent } = useDrawnLines(lines, { buckets: width - GRID_MARGIN, xMin: zoom?.[0], xMax: zoom?.[1], logX })
  // The option follows the zoom the lines were cut for: a new zoom re-renders once, with its data.
  const [zoomMin, zoomMax] = drawnZoom ?? []
  const { option, yRange } = useMemo(
    () => buildMetricOverlayOption({ drawn, x: s.x, logX, logY: s.logY, outliers: s.outliers, zoom: zoomMin === undefined || zoomMax === undefined ? null : [zoomMin, zoomMax], legendSelected: ctx.legendSelected }),
    [drawn, s.x, logX, s.logY, s.outliers, zoomMin, zoomMax, ctx.legendSelected],
  )
  const counts = pointCounts(drawn)
  const states = ctx.runs.flatMap((r) => metricKeys.map((k) => ({ run: r, h: ctx.history(r.runId, k) })))
  const notes = chartNotes({
    seriesNotes: built.notes,
    missing: built.missing,
    yRange,
    outliers: s.outliers,
    logY: s.logY,
    hiddenByLogX: logX ? countNonPositiveX(lines.map((l) => (l.kind === 'run' ? l.raw : l.center))) : 0,
    previewRuns: states.filter((x) => x.h && !x.h.isFull && x.h.columns?.steps.length).map((x) => x.run.name),
    failedRuns: states.filter((x) => x.h?.error).map((x) => x.run.name),
  })
  const scopeNote = zoomScopeNote(scope)
  if (scopeNote && drawn.length > 0) notes.push(scopeNote)
  const isFull = states.every((x) => !x.h || x.h.isFull)
  const isLoading = drawn.length === 0 && states.some((x) => x.h === undefined)
  const highlighted = useMemo(() => {
    const id = ctx.hoveredRunId
    if (!id) return []
    return drawn.filter((d) => d.role === 'main' && (d.spec.kind === 'run' ? d.spec.runId === id : d.spec.runIds.includes(id))).map((d) => d.id)
  }, [drawn, ctx.hoveredRunId])
  const onEvents = {
    datazoom: (_e: EChartEvent, api: EChartEventApi) => {
      const z = api.getZoomWindow()
      if (!z) return
      const isFullRange = (z.start ?? 0) <= 0 && (z.end ?? 100) >= 100
      setZoom(isFullRange || z.startValue === undefined || z.endValue === undefined ? null : [z.startValue, z.endValue])
    },
    mouseover: (e: EChartEvent) => {
      const line = drawn.find((d) => d.id === e.seriesId)
      if (line?.spec.kind === 'run') ctx.onHoverRun(line.spec.runId)
    },
    mouseout: () => ctx.onHoverRun(null),
    globalout: () => ctx.onHoverRun(null),
    legendselectchanged: (e: EChartEvent) => e.selected && ctx.onLegendChange(e.selected),
  }
  const title = metricKeys.join(' · ')
  return (
    <ChartPanel
      title={title}
      subtitle={`${formatCount(counts.drawn)} of ${formatCount(counts.total)} points drawn`}
      actions={
        <>
          <ChartAddMetric current={metricKeys} all={ctx.allMetricKeys} onAdd={(k) => onChange([...metricKeys, k])} />
          <ChartExportActions chart={chart} metricKeys={metricKeys} drawn={drawn} runs={ctx.runs} history={ctx.history} xLabel={X_LABEL[s.x]} />
          <button type="button" aria-label={`Remove chart ${title}`} onClick={() => onChange(null)} className="rounded px-1.5 text-slate-500 hover:text-slate-900 dark:hover:text-slate-100">
            ×
          </button>
        </>
      }
      isLoading={isLoading}
      empty={!isLoading && drawn.length === 0 ? { title: `No run has ${title}`, description: notes[0] } : undefined}
      footer={notes.length > 0 ? notes.map((n) => <p key={n}>{n}</p>) : undefined}
    >
      <div ref={setEl} className="h-72 w-full">
        <LazyEChart
          ref={chart}
          option={option}
          group={zoomGroup(scope, s.x)}
          onEvents={onEvents}
          onPainted={() => counts.drawn > 0 && isCurrent && ctx.onPainted(title, isFull)}
          highlightedSeriesIds={highlighted}
          ariaLabel={`Chart of ${title}: ${counts.drawn} points drawn`}
          className="h-full w-full"
        />
      </div>
    </ChartPanel>
  )
}
