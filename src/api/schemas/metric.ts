import * as z from 'zod/mini'
import type { MetricPoint, RunMetricPoint } from '../types.ts'
import { int64, list, mapped, metricValue, pageToken } from './common.ts'

const pointFields = { value: metricValue, step: z.optional(int64), timestamp: z.optional(int64) }

/** One history point; step defaults to 0 (omitted on the wire when 0). */
export const metricPointSchema = mapped(
  z.object({ key: z.optional(z.string()), ...pointFields }),
  (p): MetricPoint => ({ step: p.step ?? 0, timestamp: p.timestamp ?? 0, value: p.value }),
)

/** A bulk history point carrying its run id. */
export const runMetricPointSchema = mapped(
  z.object({ key: z.optional(z.string()), run_id: z.string(), ...pointFields }),
  (p): RunMetricPoint => ({ runId: p.run_id, step: p.step ?? 0, timestamp: p.timestamp ?? 0, value: p.value }),
)

/**
 * metrics/get-history page. `{}` for an unknown key (and on 2.10 for a missing key);
 * 3.x pages with `next_page_token`, 2.10 returns the whole series at once.
 */
export const metricHistoryResponse = mapped(
  z.object({ metrics: list(metricPointSchema), next_page_token: pageToken }),
  (r) => ({ points: r.metrics, nextPageToken: r.next_page_token }),
)

/** metrics/get-history-bulk and get-history-bulk-interval: flat list of points with run ids. */
export const bulkHistoryResponse = mapped(z.object({ metrics: list(runMetricPointSchema) }), (r) => r.metrics)
