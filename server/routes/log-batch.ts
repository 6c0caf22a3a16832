import type { ServerContext } from '../context.ts'
import { invalidParam } from '../errors.ts'
import type { ApiRouter } from '../http.ts'
import { insertMetrics } from '../storage/metrics.ts'
import { insertParams, requireActiveRun, upsertRunTags } from '../storage/runs.ts'
import { validateBatchLimits } from '../validation.ts'
import { runIdParam, runMetric, runParam, runTag } from './run-input.ts'

/** MLflow's MAX_BATCH_LOG_REQUEST_SIZE: the largest log-batch body, in bytes. */
export const MAX_BATCH_REQUEST_BYTES = 1_000_000

/**
 * runs/log-batch: metrics, params and tags of one run, validated up front and written in ONE
 * transaction, so a request either lands completely or not at all (e.g. a changed param
 * value rolls back the metrics of the same request).
 */
export function registerLogBatch(api: ApiRouter, ctx: ServerContext): void {
  const { db } = ctx
  api.post('runs/log-batch', (input, c) => {
    const size = Number(c.req.header('content-length') ?? '0')
    if (size > MAX_BATCH_REQUEST_BYTES)
      throw invalidParam(`Batched logging API requests must be at most ${MAX_BATCH_REQUEST_BYTES} bytes, got a request of size ${size}.`)
    const id = runIdParam(input)
    const rawMetrics = input.objects('metrics')
    const rawParams = input.objects('params')
    const rawTags = input.objects('tags')
    validateBatchLimits(rawMetrics.length, rawParams.length, rawTags.length)
    const metrics = rawMetrics.map((m, i) => runMetric(m, `metrics[${i}].`))
    const params = rawParams.map((p, i) => runParam(p, `params[${i}].`))
    const tags = rawTags.map((t, i) => runTag(t, `tags[${i}].`))
    const seen = new Set<string>()
    const dupes = params.filter((p) => (seen.has(p.key) ? true : (seen.add(p.key), false))).map((p) => `'${p.key}'`)
    if (dupes.length)
      throw invalidParam(
        `Duplicate parameter keys have been submitted: [${dupes.join(', ')}]. Please ensure the request contains only one param value per param key.`,
      )
    db.transaction(() => {
      requireActiveRun(db, id)
      insertParams(db, id, params)
      insertMetrics(db, id, metrics)
      // Skipped when empty: the metrics-only batch is the hot path and this prepares statements.
      if (tags.length) upsertRunTags(db, id, tags)
    })()
    return {}
  })
}
