/** Starts downloading the chart code early (e.g. while data loads); safe to call repeatedly. */
export function preloadEChart() {
  return import('./echart.tsx')
}
