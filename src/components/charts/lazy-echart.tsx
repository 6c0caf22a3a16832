import { lazy } from 'react'
import { preloadEChart } from './preload-echart.ts'

/**
 * `EChart` loaded on demand (MLflow's LazyPlot idea): echarts + zrender live in their own chunk
 * that only chart routes download. Wrap it in `<Suspense>` (ChartPanel does).
 */
export const LazyEChart = lazy(async () => ({ default: (await preloadEChart()).EChart }))
