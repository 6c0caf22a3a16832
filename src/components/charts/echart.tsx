import { connect, init, type ECharts } from 'echarts/core'
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'
import { useTheme } from '../layout/theme-store.ts'
// Registers the chart parts (side effect) before any init().
import './echarts-setup.ts'
import type { ChartOption } from './echarts-setup.ts'

export type { ChartOption } from './echarts-setup.ts'

/**
 * One chart's `setOption` per task: when several charts get new options in the same React
 * commit (a compare page with many charts), running them back to back would make one long
 * main-thread task; queued, the browser can paint and handle input between charts.
 */
const renderQueue: Array<() => void> = []
const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel()
function runNextRender() {
  renderQueue.shift()?.()
  if (renderQueue.length > 0) channel?.port2.postMessage(null)
}
if (channel) channel.port1.onmessage = runNextRender
function scheduleRender(job: () => void) {
  if (!channel) return job()
  renderQueue.push(job)
  if (renderQueue.length === 1) channel.port2.postMessage(null)
}

/** Imperative exports of a mounted chart. */
export type EChartHandle = {
  /** PNG data URL at 2× pixel ratio on the page background. */
  toPngDataUrl(): string | null
  /** The same option rendered by an offscreen SVG-renderer instance; null before mount. */
  toSvgString(): string | null
}

/** Event params we pass on (a subset of ECharts' own). */
export type EChartEvent = { seriesId?: string; seriesName?: string; selected?: Record<string, boolean>; [key: string]: unknown }

/** The chart's current x window after a zoom/pan: percentages and axis values. */
export type ZoomWindow = { start?: number; end?: number; startValue?: number; endValue?: number }

/** What event handlers may ask of the chart. */
export type EChartEventApi = { getZoomWindow(): ZoomWindow | undefined }

export type EChartProps = {
  option: ChartOption
  /** Charts with the same group share crosshair, tooltip and legend toggles (`echarts.connect`). */
  group?: string
  /** Event name → handler (`datazoom`, `mouseover`, `globalout`, ...). */
  onEvents?: Record<string, (event: EChartEvent, api: EChartEventApi) => void>
  /** Called after a render with this option has finished painting. */
  onPainted?: () => void
  /** Series ids to emphasise (others blur via `emphasis.focus`). */
  highlightedSeriesIds?: readonly string[]
  className?: string
  ariaLabel: string
  ref?: Ref<EChartHandle>
}

/**
 * The one ECharts host: init/dispose, `setOption(option, { notMerge: true })`, resize through a
 * ResizeObserver, theme (re-initialised when the app theme changes), grouping and exports.
 * Load it through `LazyEChart` so echarts stays out of the entry chunk.
 */
export function EChart({ option, group, onEvents, onPainted, highlightedSeriesIds, className, ariaLabel, ref }: EChartProps) {
  const el = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const events = useRef(onEvents)
  const painted = useRef(onPainted)
  /** Whether series are highlighted through `highlightedSeriesIds` right now. */
  const isHighlighted = useRef(false)
  const { resolved } = useTheme()

  useEffect(() => {
    events.current = onEvents
    painted.current = onPainted
  })

  useEffect(() => {
    const node = el.current
    if (!node) return
    const instance = init(node, resolved === 'dark' ? 'dark' : undefined, { renderer: 'canvas' })
    chart.current = instance
    const api: EChartEventApi = {
      getZoomWindow: () => {
        const zooms = instance.getOption().dataZoom
        return (Array.isArray(zooms) ? zooms[0] : zooms) as ZoomWindow | undefined
      },
    }
    const names = ['datazoom', 'mouseover', 'mouseout', 'globalout', 'legendselectchanged']
    for (const name of names) instance.on(name, (e) => events.current?.[name]?.(e as EChartEvent, api))
    instance.on('finished', () => painted.current?.())
    // The observer also fires once right after observing: skip sizes the chart already has.
    const observer = new ResizeObserver(() => {
      if (node.clientWidth !== instance.getWidth() || node.clientHeight !== instance.getHeight()) instance.resize()
    })
    observer.observe(node)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [resolved])

  useEffect(() => {
    const instance = chart.current
    if (!instance) return
    let isCancelled = false
    scheduleRender(() => {
      if (isCancelled || instance.isDisposed()) return
      instance.setOption(option, { notMerge: true })
      isHighlighted.current = false // a new option starts with every series in its normal state
    })
    return () => {
      isCancelled = true
    }
  }, [option, resolved])

  useEffect(() => {
    const instance = chart.current
    if (!instance || !group) return
    instance.group = group
    connect(group)
  }, [group, resolved])

  useEffect(() => {
    const instance = chart.current
    if (!instance) return
    // Queued behind this chart's pending setOption, which would otherwise reset the highlight.
    // Each action repaints every series: skip them when there is nothing to change.
    scheduleRender(() => {
      if (instance.isDisposed()) return
      if (isHighlighted.current) instance.dispatchAction({ type: 'downplay' })
      isHighlighted.current = !!highlightedSeriesIds?.length
      if (highlightedSeriesIds?.length) instance.dispatchAction({ type: 'highlight', seriesId: [...highlightedSeriesIds] })
    })
  }, [highlightedSeriesIds, option, resolved])

  useImperativeHandle(ref, () => ({
    toPngDataUrl: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: resolved === 'dark' ? '#0f172a' : '#ffffff' }) ?? null,
    toSvgString: () => {
      const node = el.current
      if (!node) return null
      const svg = init(null, resolved === 'dark' ? 'dark' : undefined, { renderer: 'svg', ssr: true, width: node.clientWidth || 800, height: node.clientHeight || 300 })
      try {
        svg.setOption({ ...option, animation: false })
        return svg.renderToSVGString()
      } finally {
        svg.dispose()
      }
    },
  }), [option, resolved])

  return <div ref={el} role="img" aria-label={ariaLabel} className={className} />
}
