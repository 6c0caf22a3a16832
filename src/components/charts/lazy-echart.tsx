import { echartChunk } from './preload-echart.ts'

/**
 * `EChart` loaded on demand (MLflow's LazyPlot idea): echarts + zrender live in their own chunk
 * that only chart routes download. Wrap it in `<Suspense>` (ChartPanel does); once the chunk is
 * preloaded (`preloadEChart`) it renders without suspending.
 */
export const LazyEChart = echartChunk.Component
