import { z } from 'zod'
import type { Experiment, ExperimentsPage } from '../types.ts'
import { id, int64, keyValueMap, lifecycleStage, list, pageToken, text } from './common.ts'

/** One MLflow `Experiment` message → {@link Experiment}. */
export const experimentSchema = z
  .object({
    experiment_id: id,
    name: z.string(),
    artifact_location: text,
    lifecycle_stage: lifecycleStage,
    creation_time: int64.optional(),
    last_update_time: int64.optional(),
    tags: keyValueMap,
  })
  .transform(
    (e): Experiment => ({
      id: e.experiment_id,
      name: e.name,
      lifecycleStage: e.lifecycle_stage,
      artifactLocation: e.artifact_location,
      creationTime: e.creation_time,
      lastUpdateTime: e.last_update_time,
      tags: e.tags,
    }),
  )

/** experiments/search → page (no `experiments` key when nothing matches). */
export const searchExperimentsResponse = z
  .object({ experiments: list(experimentSchema), next_page_token: pageToken })
  .transform((r): ExperimentsPage => ({ experiments: r.experiments, nextPageToken: r.next_page_token }))

/** experiments/get and experiments/get-by-name. */
export const getExperimentResponse = z.object({ experiment: experimentSchema }).transform((r) => r.experiment)

/** experiments/create → the new id. */
export const createExperimentResponse = z.object({ experiment_id: id }).transform((r) => r.experiment_id)
