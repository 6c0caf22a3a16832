import { z } from 'zod'
import type { DatasetInput, LatestMetric, Run, RunInfo, RunsPage } from '../types.ts'
import { id, int64, keyValueMap, lifecycleStage, list, metricValue, pageToken, text } from './common.ts'

export const runStatus = z.enum(['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'])

/** `RunInfo`; `run_id` falls back to the legacy `run_uuid` (old servers send only that). */
export const runInfoSchema = z
  .object({
    run_id: z.string().optional(),
    run_uuid: z.string().optional(),
    run_name: text,
    experiment_id: id,
    user_id: text,
    status: runStatus,
    start_time: int64.optional(),
    end_time: int64.optional(),
    lifecycle_stage: lifecycleStage,
    artifact_uri: text,
  })
  .transform((i, ctx): RunInfo => {
    const runId = i.run_id || i.run_uuid
    if (!runId) {
      ctx.addIssue({ code: 'custom', message: 'run info without run_id' })
      return z.NEVER
    }
    return {
      runId,
      runName: i.run_name,
      experimentId: i.experiment_id,
      userId: i.user_id,
      status: i.status,
      startTime: i.start_time ?? 0,
      endTime: i.end_time,
      lifecycleStage: i.lifecycle_stage,
      artifactUri: i.artifact_uri,
    }
  })

/** A latest-value `Metric` (runs/get, runs/search); step defaults to 0 because proto JSON omits it. */
export const latestMetricSchema = z
  .object({ key: z.string(), value: metricValue, step: int64.optional(), timestamp: int64.optional() })
  .transform((m): LatestMetric => ({ key: m.key, value: m.value, step: m.step ?? 0, timestamp: m.timestamp ?? 0 }))

const datasetSchema = z.object({
  name: z.string(),
  digest: text,
  source_type: text,
  source: text,
  schema: z.string().optional(),
  profile: z.string().optional(),
})

const datasetInputSchema = z.object({ tags: keyValueMap, dataset: datasetSchema }).transform(
  (d): DatasetInput => ({
    dataset: {
      name: d.dataset.name,
      digest: d.dataset.digest,
      sourceType: d.dataset.source_type,
      source: d.dataset.source,
      schema: d.dataset.schema,
      profile: d.dataset.profile,
    },
    tags: d.tags,
    context: d.tags['mlflow.data.context'],
  }),
)

/**
 * One `Run`. Unknown fields are dropped, which covers 3.x additions such as `outputs`
 * (logged-model outputs). The run name falls back to the `mlflow.runName` tag.
 */
export const runSchema = z
  .object({
    info: runInfoSchema,
    data: z
      .object({ metrics: list(latestMetricSchema), params: keyValueMap, tags: keyValueMap })
      .optional()
      .transform((d) => d ?? { metrics: [], params: {}, tags: {} }),
    inputs: z
      .object({ dataset_inputs: list(datasetInputSchema) })
      .optional()
      .transform((i) => i?.dataset_inputs ?? []),
  })
  .transform((r): Run => {
    const metrics: Record<string, LatestMetric> = {}
    for (const m of r.data.metrics) metrics[m.key] = m
    const runName = r.info.runName || r.data.tags['mlflow.runName'] || ''
    return { info: { ...r.info, runName }, params: r.data.params, metrics, tags: r.data.tags, inputs: r.inputs }
  })

/** runs/search → page (`{}` when nothing matches, even for unknown experiment ids). */
export const searchRunsResponse = z
  .object({ runs: list(runSchema), next_page_token: pageToken })
  .transform((r): RunsPage => ({ runs: r.runs, nextPageToken: r.next_page_token }))

/** runs/get. */
export const getRunResponse = z.object({ run: runSchema }).transform((r) => r.run)

/** runs/update returns only the new `run_info`. */
export const updateRunResponse = z.object({ run_info: runInfoSchema }).transform((r) => r.run_info)
