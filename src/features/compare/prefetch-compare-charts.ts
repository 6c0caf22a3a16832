import type { QueryClient } from '@tanstack/react-query'
import { prewarmHistoryDecoder } from '../../api/history-decode-client.ts'
import { metricQueries } from '../../api/metrics.ts'
import { serverQueries } from '../../api/server-info.ts'
import { preloadEChart } from '../../components/charts/preload-echart.ts'
import { prewarmDownsampleWorker } from '../../lib/downsample-client.ts'
import { compareMetricKeys, compareSearch } from '../../url/compare-search.ts'
import { planHistoryFetches, PREVIEW_POINTS } from './history-plan.ts'

/**
 * Route loader helper for `/compare` links on the charts tab that name their metrics: at
 * navigation, starts what the first paint needs instead of waiting for the page to render
 * (measured on a cold load: previews went out ~0.8 s after navigation, behind the page chunks,
 * runs/get and the ECharts chunk). Starts the ECharts chunk, both workers, and the
 * get-history-bulk-interval previews under the same query keys `useMetricHistories` reads.
 * Never awaits, never throws: the view shows loading and errors itself.
 */
export function prefetchCompareCharts(queryClient: QueryClient, url: string): void {
  const state = compareSearch.parse(new URL(url).searchParams)
  const metricKeys = compareMetricKeys(state)
  // Without metrics in the link the default charts depend on runs/get: nothing to start early.
  if (state.tab !== 'charts' || state.runs.length === 0 || metricKeys.length === 0) return
  prewarmHistoryDecoder()
  prewarmDownsampleWorker()
  const caps = queryClient.ensureQueryData(serverQueries.capabilities())
  void caps.then((c) => {
    for (const f of planHistoryFetches([], metricKeys, c, state.runs)) {
      if (f.kind !== 'preview') continue
      void queryClient.prefetchQuery(metricQueries.sampled({ runIds: f.runIds, metricKey: f.metricKey, maxResults: PREVIEW_POINTS }, c, { isFinished: true }))
    }
  }, () => undefined)
  // The ECharts chunk once the previews are asked for: evaluating it takes the main thread for
  // ~100 ms, which held the preview requests back when it arrived first. The server computes the
  // previews meanwhile. (Without an answer about capabilities, load it anyway.)
  void caps.then(preloadEChart, preloadEChart).catch(() => undefined)
}
