import * as z from 'zod/mini'
import type { Experiment, ExperimentsPage } from '../types.ts'
import { id, int64, keyValueMap, lifecycleStage, list, mapped, pageToken, text } from './common.ts'

/** One MLflow `Experiment` message → {@link Experiment}. */
export const experimentSchema = mapped(
  z.object({
    experiment_id: id,
    name: z.string(),
    artifact_location: text,
    lifecycle_stage: lifecycleStage,
    creation_time: z.optional(int64),
    last_update_time: z.optional(int64),
    tags: keyValueMap,
  }),
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
export const searchExperimentsResponse = mapped(
  z.object({ experiments: list(experimentSchema), next_page_token: pageToken }),
  (r): ExperimentsPage => ({ experiments: r.experiments, nextPageToken: r.next_page_token }),
)

/** experiments/get and experiments/get-by-name. */
export const getExperimentResponse = mapped(z.object({ experiment: experimentSchema }), (r) => r.experiment)

/** experiments/create → the new id. */
export const createExperimentResponse = mapped(z.object({ experiment_id: id }), (r) => r.experiment_id)
