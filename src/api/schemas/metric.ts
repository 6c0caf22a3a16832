import { z } from 'zod'
import type { MetricPoint, RunMetricPoint } from '../types.ts'
import { int64, list, metricValue, pageToken } from './common.ts'

const pointFields = { value: metricValue, step: int64.optional(), timestamp: int64.optional() }

/** One history point; step defaults to 0 (omitted on the wire when 0). */
export const metricPointSchema = z
  .object({ key: z.string().optional(), ...pointFields })
  .transform((p): MetricPoint => ({ step: p.step ?? 0, timestamp: p.timestamp ?? 0, value: p.value }))

/** A bulk history point carrying its run id. */
export const runMetricPointSchema = z
  .object({ key: z.string().optional(), run_id: z.string(), ...pointFields })
  .transform((p): RunMetricPoint => ({ runId: p.run_id, step: p.step ?? 0, timestamp: p.timestamp ?? 0, value: p.value }))

/**
 * metrics/get-history page. `{}` for an unknown key (and on 2.10 for a missing key);
 * 3.x pages with `next_page_token`, 2.10 returns the whole series at once.
 */
export const metricHistoryResponse = z
  .object({ metrics: list(metricPointSchema), next_page_token: pageToken })
  .transform((r) => ({ points: r.metrics, nextPageToken: r.next_page_token }))

/** metrics/get-history-bulk and get-history-bulk-interval: flat list of points with run ids. */
export const bulkHistoryResponse = z.object({ metrics: list(runMetricPointSchema) }).transform((r) => r.metrics)
