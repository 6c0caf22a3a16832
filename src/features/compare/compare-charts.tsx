import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { prewarmHistoryDecoder } from '../../api/history-decode-client.ts'
import { preloadEChart } from '../../components/charts/preload-echart.ts'
import { EmptyState } from '../../components/ui/empty-state.tsx'
import { prewarmDownsampleWorker } from '../../lib/downsample-client.ts'
import { compareMetricKeys, compareSearch } from '../../url/compare-search.ts'
import { useSearchState } from '../../url/use-search-state.ts'
import { defaultCharts, toggleChart, updateChart } from './chart-list.ts'
import { CompareChartsContext, type CompareChartsContextValue } from './compare-charts-context.ts'
import { CompareRunStrip } from './compare-run-strip.tsx'
import { CompareToolbar } from './compare-toolbar.tsx'
import { GroupControls } from './group-controls.tsx'
import { MetricOverlayPanel } from './metric-overlay-panel.tsx'
import { MetricPicker } from './metric-picker.tsx'
import { useCompareRuns } from './use-compare-runs.ts'
import { useMetricHistories } from './use-metric-histories.ts'
import { usePaintMarks } from './use-paint-marks.ts'
import { sameList, useSameValue } from './use-same-value.ts'
import { useThrottled } from './use-throttled.ts'

/**
 * While histories stream in, charts redraw at most this often (first data and the end at once).
 * Each redraw of 20 long series costs tens of ms of main-thread time plus canvas raster, and on a
 * 2-core machine every redraw is taken from the workers receiving the rest: at 500 ms, redraws
 * were the largest main-thread cost of a 20-run load. The progress line counts series meanwhile.
 */
const LOADING_REDRAW_MS = 1500

/** Full histories start at the latest this long after the previews arrived, drawn or not. */
const PREVIEW_DRAW_WAIT_MS = 1000

/** The metric overlay section of the compare page: controls, runs, one chart per metric. */
export function CompareCharts() {
  const [state, setState] = useSearchState(compareSearch)
  // Same instances while only other settings change (a zoom re-parses the URL): the runs,
  // history queries and drawn lines below are keyed by them.
  const runIds = useSameValue(state.runs, sameList)
  const runs = useCompareRuns(runIds)
  const chartList = useMemo(() => (state.charts.length > 0 ? state.charts : defaultCharts(runs.metricKeys)), [state.charts, runs.metricKeys])
  const charts = useSameValue(chartList, sameList)
  const metricKeys = useMemo(() => compareMetricKeys({ charts }), [charts])
  // Set once a chart has drawn data: full histories start then (see useMetricHistories), or
  // after PREVIEW_DRAW_WAIT_MS when no chart can draw (no width, its code failed to load).
  const [previewsDrawn, setPreviewsDrawn] = useState(false)
  const live = useMetricHistories(runs.planRuns, metricKeys, runIds, previewsDrawn)
  const histories = useThrottled(live, LOADING_REDRAW_MS, live.isFullFidelity ? 2 : live.hasData ? 1 : 0)
  const [hoveredRunId, setHoveredRunId] = useState<string | null>(null)
  const [legendSelected, setLegendSelected] = useState<Record<string, boolean>>({})
  // Not in the URL: the URL's zoom is a step range, and system/ x values are sample indexes.
  const [systemZoom, setSystemZoom] = useState<[number, number] | null>(null)
  const markPainted = usePaintMarks(charts.length, histories.isFullFidelity)
  const onPainted = useCallback(
    (chartKey: string, isFull: boolean) => {
      markPainted(chartKey, isFull)
      setPreviewsDrawn(true)
    },
    [markPainted],
  )
  useEffect(() => {
    if (!live.hasData || previewsDrawn) return
    const timer = setTimeout(() => setPreviewsDrawn(true), PREVIEW_DRAW_WAIT_MS)
    return () => clearTimeout(timer)
  }, [live.hasData, previewsDrawn])
  const zoomTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  // Fetch the chart code and start both workers in parallel with the first data requests:
  // later their scripts would queue behind six long history responses.
  useEffect(() => {
    void preloadEChart()
    prewarmHistoryDecoder()
    prewarmDownsampleWorker()
  }, [])

  const onZoom = useCallback(
    (zoom: [number, number] | null) => {
      // Wheel and drag fire many events; write the URL once the gesture settles.
      clearTimeout(zoomTimer.current)
      zoomTimer.current = setTimeout(() => setState((s) => ({ ...s, zoom }), { replace: true }), 150)
    },
    [setState],
  )
  const systemZoomTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const onSystemZoom = useCallback((zoom: [number, number] | null) => {
    clearTimeout(systemZoomTimer.current)
    systemZoomTimer.current = setTimeout(() => setSystemZoom(zoom), 150)
  }, [])
  const ctx = useMemo<CompareChartsContextValue>(
    () => ({
      runs: runs.overlayRuns,
      history: histories.view,
      settings: state,
      allMetricKeys: runs.metricKeys,
      isFullFidelity: histories.isFullFidelity,
      hoveredRunId,
      onHoverRun: setHoveredRunId,
      legendSelected,
      onLegendChange: (sel) => setLegendSelected((prev) => ({ ...prev, ...sel })),
      onZoom,
      systemZoom,
      onSystemZoom,
      onPainted,
    }),
    [runs, histories, state, hoveredRunId, legendSelected, onZoom, systemZoom, onSystemZoom, onPainted],
  )
  const setCharts = useCallback((next: string[][]) => setState((s) => ({ ...s, charts: next })), [setState])
  const charted = new Set(charts.filter((c) => c.length === 1).map((c) => c[0]))
  // The same element while only the progress line changes: each arriving history page renders
  // this component (80 pages for 20 long runs), and the charts need to render only when what
  // they draw changes (the throttled histories, settings, hover).
  const chartGrid = useMemo(
    () => (
      <CompareChartsContext value={ctx}>
        <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
          {charts.map((keys, i) => (
            <MetricOverlayPanel key={keys.join('\u0000')} metricKeys={keys} onChange={(next) => setCharts(updateChart(charts, i, next))} />
          ))}
        </div>
      </CompareChartsContext>
    ),
    [ctx, charts, setCharts],
  )

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <MetricPicker keys={runs.metricKeys} charted={charted} onToggle={(k, on) => setCharts(toggleChart(charts, k, on))} />
        <CompareToolbar />
        <GroupControls runs={runs.overlayRuns} />
      </div>
      <p role="status" aria-label="Loading progress" className="text-xs text-slate-600 dark:text-slate-400">
        {runs.isPending || histories.isPlanning ? 'Loading runs…' : `${histories.loaded} of ${histories.total} series loaded${histories.isFullFidelity ? ' (full resolution)' : ''}`}
        {histories.failures.length > 0 && ` · ${histories.failures.length} failed`}
        {' · Shift+wheel zooms, drag pans'}
      </p>
      <CompareRunStrip
        runs={runs.states}
        failures={histories.failures}
        hoveredRunId={hoveredRunId}
        onHover={setHoveredRunId}
        onMakeBaseline={(id) => setState((s) => ({ ...s, runs: [id, ...s.runs.filter((r) => r !== id)] }))}
      />
      {!runs.isPending && runs.metricKeys.length === 0 ? (
        <EmptyState title="These runs have no metrics" description="Nothing was logged with log_metric for the selected runs." />
      ) : (
        chartGrid
      )}
    </div>
  )
}
