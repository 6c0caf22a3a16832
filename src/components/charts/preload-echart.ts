/**
 * Starts downloading the chart code early (e.g. while data loads) and, once it has arrived,
 * warms ECharts up in a task of its own (see `warmUpECharts`); safe to call repeatedly.
 */
export function preloadEChart() {
  void import('./echart-warm-up.ts').then((m) => setTimeout(m.warmUpECharts, 0), () => undefined)
  return import('./echart.tsx')
}
