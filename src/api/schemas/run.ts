import * as z from 'zod/mini'
import type { DatasetInput, LatestMetric, Run, RunInfo, RunsPage } from '../types.ts'
import { addIssue, id, int64, keyValueMap, lifecycleStage, list, mapped, metricValue, pageToken, text } from './common.ts'

export const runStatus = z.enum(['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'])

/** `RunInfo`; `run_id` falls back to the legacy `run_uuid` (old servers send only that). */
export const runInfoSchema = mapped(
  z.object({
    run_id: z.optional(z.string()),
    run_uuid: z.optional(z.string()),
    run_name: text,
    experiment_id: id,
    user_id: text,
    status: runStatus,
    start_time: z.optional(int64),
    end_time: z.optional(int64),
    lifecycle_stage: lifecycleStage,
    artifact_uri: text,
  }),
  (i, ctx): RunInfo => {
    const runId = i.run_id || i.run_uuid
    if (!runId) {
      addIssue(ctx, 'run info without run_id')
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
  },
)

/** A latest-value `Metric` (runs/get, runs/search); step defaults to 0 because proto JSON omits it. */
export const latestMetricSchema = mapped(
  z.object({ key: z.string(), value: metricValue, step: z.optional(int64), timestamp: z.optional(int64) }),
  (m): LatestMetric => ({ key: m.key, value: m.value, step: m.step ?? 0, timestamp: m.timestamp ?? 0 }),
)

const datasetSchema = z.object({
  name: z.string(),
  digest: text,
  source_type: text,
  source: text,
  schema: z.optional(z.string()),
  profile: z.optional(z.string()),
})

const datasetInputSchema = mapped(
  z.object({ tags: keyValueMap, dataset: datasetSchema }),
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
export const runSchema = mapped(
  z.object({
    info: runInfoSchema,
    data: mapped(
      z.optional(z.object({ metrics: list(latestMetricSchema), params: keyValueMap, tags: keyValueMap })),
      (d) => d ?? { metrics: [], params: {}, tags: {} },
    ),
    inputs: mapped(z.optional(z.object({ dataset_inputs: list(datasetInputSchema) })), (i) => i?.dataset_inputs ?? []),
  }),
  (r): Run => {
    const metrics: Record<string, LatestMetric> = {}
    for (const m of r.data.metrics) metrics[m.key] = m
    const runName = r.info.runName || r.data.tags['mlflow.runName'] || ''
    return { info: { ...r.info, runName }, params: r.data.params, metrics, tags: r.data.tags, inputs: r.inputs }
  },
)

/** runs/search → page (`{}` when nothing matches, even for unknown experiment ids). */
export const searchRunsResponse = mapped(
  z.object({ runs: list(runSchema), next_page_token: pageToken }),
  (r): RunsPage => ({ runs: r.runs, nextPageToken: r.next_page_token }),
)

/** runs/get. */
export const getRunResponse = mapped(z.object({ run: runSchema }), (r) => r.run)

/** runs/update returns only the new `run_info`. */
export const updateRunResponse = mapped(z.object({ run_info: runInfoSchema }), (r) => r.run_info)
