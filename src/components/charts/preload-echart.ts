import { preloadableLazy } from '../preloadable-lazy.tsx'
import type { EChartProps } from './echart.tsx'

/** The chart component in its own chunk (echarts + zrender); renders at once when preloaded. */
export const echartChunk = preloadableLazy<EChartProps>(async () => {
  // Warm ECharts up in a task of its own once its code is here (see `warmUpECharts`).
  void import('./echart-warm-up.ts').then((m) => setTimeout(m.warmUpECharts, 0), () => undefined)
  return (await import('./echart.tsx')).EChart
})

/** Starts downloading the chart code early (e.g. while data loads); safe to call repeatedly. */
export function preloadEChart(): Promise<unknown> {
  return echartChunk.preload()
}
