import { init } from 'echarts/core'
import './echarts-setup.ts'

let warmedUp = false

/**
 * Renders one small throwaway chart (offscreen, then disposed) with the parts real charts use:
 * line series, scroll legend, axis tooltip, inside dataZoom. ECharts' first render of a kind
 * runs cold code and sets up lazily built state; measured on the compare page, the first chart's
 * first setOption was the longest main-thread task of the whole load (up to ~450 ms). Done while
 * the page waits for data, in its own task, it leaves the first real render much shorter.
 * Safe to call repeatedly (runs once).
 */
export function warmUpECharts(): void {
  if (warmedUp || typeof document === 'undefined') return
  warmedUp = true
  const node = document.createElement('div')
  const instance = init(node, undefined, { renderer: 'canvas', width: 400, height: 200 })
  try {
    const series = [0, 1].map((k) => ({
      type: 'line' as const,
      id: `warm-${k}`,
      name: `warm ${k}`,
      showSymbol: false,
      animation: false,
      data: Array.from({ length: 200 }, (_, i) => [i, Math.sin(i / 10 + k)]),
    }))
    instance.setOption({
      animation: false,
      grid: { left: 40, right: 10, top: 30, bottom: 20 },
      legend: { type: 'scroll', top: 0, data: series.map((x) => x.name), textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'line', snap: false } },
      xAxis: { type: 'value' },
      yAxis: { type: 'value' },
      dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none' }],
      series,
    })
  } finally {
    instance.dispose()
  }
}
