import type { ChartOption } from '../../components/charts/echart.tsx'
import { pickTimeUnit, type XAxisMode } from '../../lib/align-series.ts'
import { computeYRange, type YRange } from '../../lib/axis-range.ts'
import { formatCompact, formatMetricValue, formatTimestamp } from '../../lib/format.ts'
import type { DrawnLine } from './drawn-lines.ts'
import { overlayTooltipFormatter } from './overlay-tooltip.ts'

export type OverlayOptionInput = {
  drawn: readonly DrawnLine[]
  x: XAxisMode
  logX: boolean
  logY: boolean
  outliers: boolean
  zoom: [number, number] | null
  /** Legend name → shown; names not listed are shown. */
  legendSelected?: Record<string, boolean>
}

export type OverlayOptionResult = {
  option: ChartOption
  yRange: YRange | null
  /** The visible x extent the axis uses (zoom or data extent); null without data. */
  xExtent: [number, number] | null
}

/**
 * Stroke widths in CSS px. Run lines are 1 px: Chromium's canvas draws a 1 px stroke as a
 * hairline, while a 1.5 px one goes through the general stroker; on a chart of 20 runs × ~2,300
 * points (min/max per pixel) that is ~7 ms instead of ~90 ms of rasterising per redraw (zoom).
 * The baseline stays thick: one line, and it must stand out.
 */
const WIDTH = { run: 1, baseline: 3, runHover: 2, baselineHover: 4 } as const

/** Line style per metric of a multi-metric chart (the run colour says which run). */
const DASHES = ['solid', 'dashed', 'dotted'] as const

type Row = [number, number | '-', number]
type SeriesList = NonNullable<Extract<ChartOption['series'], unknown[]>>

/**
 * X extent of the full-resolution data behind the drawn lines (not just the zoomed window, so
 * the user can zoom back out). On a log x axis only x > 0 counts.
 */
export function dataExtent(drawn: readonly DrawnLine[], logX = false): [number, number] | null {
  let lo = Infinity
  let hi = -Infinity
  for (const d of drawn) {
    if (d.role !== 'main') continue
    const xs = d.spec.kind === 'run' ? d.spec.raw.xs : d.spec.center.xs
    if (xs.length === 0) continue
    let first = xs[0]
    if (logX && first <= 0) first = xs.find((x) => x > 0) ?? Infinity
    lo = Math.min(lo, first)
    hi = Math.max(hi, xs[xs.length - 1])
  }
  return lo <= hi ? [lo, hi] : null
}

/** Formats an x value for axis ticks and the tooltip header. */
export function xFormatter(x: XAxisMode, extent: [number, number] | null): (v: number) => string {
  if (x === 'wall') return (v) => formatTimestamp(v)
  if (x === 'relative') return pickTimeUnit(extent ? extent[1] - extent[0] : 0).format
  return (v) => formatCompact(v)
}

/** Data rows; non-finite y (and y ≤ 0 on a log axis) become '-' gaps, the logged value kept in dim 2. */
export function toRows(xs: Float64Array, ys: Float64Array, logY: boolean): Row[] {
  const rows: Row[] = new Array(xs.length)
  for (let i = 0; i < xs.length; i++) rows[i] = [xs[i], Number.isFinite(ys[i]) && !(logY && ys[i] <= 0) ? ys[i] : '-', ys[i]]
  return rows
}

/**
 * The same rows as {@link toRows}, interleaved in one Float64Array (`[x, y, logged, x, y, …]`,
 * NaN for a gap), which ECharts reads without building an object per point: a chart of 20 runs
 * re-renders several times faster than from nested arrays.
 */
export function toFlat(xs: Float64Array, ys: Float64Array, logY: boolean): Float64Array {
  const out = new Float64Array(xs.length * 3)
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i]
    out[3 * i] = xs[i]
    out[3 * i + 1] = Number.isFinite(y) && !(logY && y <= 0) ? y : NaN
    out[3 * i + 2] = y
  }
  return out
}

/** Drawable (non-gap) points of a {@link toFlat} array. */
function drawableCount(flat: Float64Array): number {
  let n = 0
  for (let i = 1; i < flat.length; i += 3) if (!Number.isNaN(flat[i])) n++
  return n
}

/** Dimensions of a {@link toFlat} series: x, drawn y, logged value (for the tooltip). */
const FLAT = { dimensions: ['x', 'y', 'value'], encode: { x: 0, y: 1 } }

/**
 * Markers for NaN/±∞ points at the plot edge (top for NaN and +∞, bottom for −∞), so a gap
 * is never silent. Consecutive markers are joined by a dashed line that spans the gap.
 */
export function gapMarkerRows(xs: Float64Array, ys: Float64Array, y: { min: number; max: number }): Array<{ value: Row; symbol: string; symbolRotate: number }> {
  const out: Array<{ value: Row; symbol: string; symbolRotate: number }> = []
  for (let i = 0; i < xs.length; i++) {
    const v = ys[i]
    if (Number.isFinite(v)) {
      if (i > 0 && !Number.isFinite(ys[i - 1])) out.push({ value: [xs[i], '-', v], symbol: 'none', symbolRotate: 0 })
      continue
    }
    const isNeg = v === -Infinity
    out.push({ value: [xs[i], isNeg ? y.min : y.max, v], symbol: Number.isNaN(v) ? 'emptyCircle' : 'triangle', symbolRotate: isNeg ? 180 : 0 })
  }
  return out
}

function lineSeries(d: DrawnLine, logY: boolean, y: { min: number; max: number }): SeriesList {
  const color = d.spec.color
  const isBaseline = d.spec.kind === 'run' && d.spec.isBaseline
  const common = { name: d.name, type: 'line' as const, animation: false, connectNulls: false, color, sampling: undefined }
  if (d.role === 'raw') {
    return [{ ...common, ...FLAT, id: d.id, data: toFlat(d.xs, d.ys, logY) as unknown as number[], showSymbol: false, silent: true, z: 2, lineStyle: { width: 1, opacity: 0.25 }, emphasis: { disabled: true }, tooltip: { show: false } }]
  }
  if (d.role === 'band' && d.lower && d.upper) {
    const lower = toRows(d.xs, d.lower, logY)
    const diff: Row[] = lower.map((r, i) => [r[0], r[1] === '-' || !Number.isFinite(d.upper![i]) ? '-' : d.upper![i] - (r[1] as number), d.upper![i]])
    const stack = `${d.id}:stack`
    const band = { ...common, stack, showSymbol: false, silent: true, z: 1, lineStyle: { opacity: 0 }, emphasis: { disabled: true } }
    return [
      { ...band, id: `${d.id}:lo`, data: lower },
      { ...band, id: `${d.id}:hi`, data: diff, areaStyle: { color, opacity: 0.18 } },
    ]
  }
  const flat = toFlat(d.xs, d.ys, logY)
  const out: SeriesList = [
    {
      ...common,
      ...FLAT,
      id: d.id,
      // ECharts reads typed arrays natively (its "typedArray" source format); the option types only list arrays.
      data: flat as unknown as number[],
      showSymbol: d.xs.length <= 1 || drawableCount(flat) <= 1,
      symbolSize: 6,
      z: isBaseline ? 4 : 3,
      lineStyle: { width: isBaseline ? WIDTH.baseline : WIDTH.run, type: DASHES[d.spec.kind === 'run' ? d.spec.metricIndex % DASHES.length : 0] },
      emphasis: { focus: 'series', lineStyle: { width: isBaseline ? WIDTH.baselineHover : WIDTH.runHover } },
      blur: { lineStyle: { opacity: 0.15 } },
    },
  ]
  const markers = gapMarkerRows(d.xs, d.ys, y)
  if (markers.length > 0) {
    out.push({ ...common, id: `${d.id}:gaps`, data: markers, showSymbol: true, symbolSize: 8, z: 5, silent: true, lineStyle: { width: 1, type: 'dotted', opacity: 0.7 }, emphasis: { disabled: true }, tooltip: { show: false } })
  }
  return out
}

/**
 * The ECharts option of one metric overlay chart. Pure: same input, same option.
 * - y range from the visible (zoomed) drawn data; `outliers` fits p5–p95 and only rescales;
 * - x range: the zoom window or the data extent; log axes when asked (wall time stays linear);
 * - the baseline run is thicker and labelled; in multi-metric charts the dash says which metric; raw curves are faint behind smoothed ones;
 * - NaN/±∞ are gaps with edge markers and are counted in the tooltip.
 */
export function buildMetricOverlayOption(input: OverlayOptionInput): OverlayOptionResult {
  const { drawn, x, logY, outliers, zoom } = input
  const logX = input.logX && x !== 'wall'
  const full = dataExtent(drawn, logX)
  const extent = zoom ?? full
  const visible = drawn.flatMap((d) => (d.role === 'band' ? [{ xs: d.xs, ys: d.lower! }, { xs: d.xs, ys: d.upper! }] : [{ xs: d.xs, ys: d.ys }]))
  const yRange = computeYRange(visible, { xMin: zoom?.[0], xMax: zoom?.[1], ignoreOutliers: outliers, scale: logY ? 'log' : 'linear' })
  const y = yRange ?? (logY ? { min: 0.1, max: 10 } : { min: 0, max: 1 })
  const fmtX = xFormatter(x, extent)
  const names = [...new Set(drawn.filter((d) => d.role === 'main').map((d) => d.name))]
  const option: ChartOption = {
    backgroundColor: 'transparent',
    animation: false,
    grid: { left: 64, right: 20, top: names.length > 1 ? 36 : 16, bottom: 28 },
    legend: names.length > 1 ? { type: 'scroll', top: 0, data: names, selected: input.legendSelected, textStyle: { fontSize: 11 } } : { show: false },
    tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'line', snap: false }, formatter: overlayTooltipFormatter(drawn, fmtX) },
    xAxis: {
      type: x === 'wall' ? 'time' : logX ? 'log' : 'value',
      min: full?.[0],
      max: full?.[1],
      axisLabel: x === 'wall' ? { hideOverlap: true } : { formatter: (v: number) => fmtX(v), hideOverlap: true, showMinLabel: false, showMaxLabel: false },
      splitLine: { show: false },
    },
    // The range is data-driven (not a nice number), so its end labels would read 3.7612: hide them.
    yAxis: { type: logY ? 'log' : 'value', min: y.min, max: y.max, axisLabel: { formatter: (v: number) => formatMetricValue(v, 3), showMinLabel: false, showMaxLabel: false } },
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none', startValue: zoom?.[0], endValue: zoom?.[1], zoomOnMouseWheel: 'shift', moveOnMouseWheel: false, moveOnMouseMove: true }],
    series: drawn.flatMap((d) => lineSeries(d, logY, y)),
  }
  return { option, yRange, xExtent: extent }
}
