import { init, type ECharts } from 'echarts/core'
import './echarts-setup.ts'
import type { ChartOption } from './echarts-setup.ts'

let warmedUp = false

/**
 * The option of the throwaway chart, in steps: first what every chart has (grid, value axes,
 * line series), then the scroll legend, then the axis tooltip and inside dataZoom.
 */
function warmUpSteps(): ChartOption[] {
  const series = [0, 1].map((k) => ({
    type: 'line' as const,
    id: `warm-${k}`,
    name: `warm ${k}`,
    showSymbol: false,
    animation: false,
    data: Array.from({ length: 200 }, (_, i) => [i, Math.sin(i / 10 + k)]),
  }))
  return [
    { animation: false, grid: { left: 40, right: 10, top: 30, bottom: 20 }, xAxis: { type: 'value' }, yAxis: { type: 'value' }, series },
    { legend: { type: 'scroll', top: 0, data: series.map((x) => x.name), textStyle: { fontSize: 11 } } },
    { tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'line', snap: false } }, dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none' }] },
  ]
}

/**
 * Renders one small throwaway chart (offscreen, then disposed) with the parts real charts use:
 * line series, scroll legend, axis tooltip, inside dataZoom. ECharts' first render of a kind
 * runs cold code and sets up lazily built state; measured on the compare page, the first chart's
 * first setOption was the longest main-thread task of the whole load (up to ~450 ms). Done while
 * the page waits for data, it leaves the first real render much shorter. Each part is added in
 * a task of its own: in one task, the warm-up itself became the longest task of the load
 * (~150-200 ms). Safe to call repeatedly (runs once).
 */
export function warmUpECharts(): void {
  if (warmedUp || typeof document === 'undefined') return
  warmedUp = true
  const node = document.createElement('div')
  let instance: ECharts | undefined
  const steps = warmUpSteps()
  const next = (i: number) => {
    try {
      instance ??= init(node, undefined, { renderer: 'canvas', width: 400, height: 200 })
      instance.setOption(steps[i])
    } catch {
      // a warm-up that fails leaves the real chart to run the cold code
      i = steps.length
    }
    if (i + 1 < steps.length) setTimeout(() => next(i + 1), 0)
    else instance?.dispose()
  }
  next(0)
}
