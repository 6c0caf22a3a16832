import type { ServerContext } from '../context.ts'
import { invalidParam } from '../errors.ts'
import { jsonBodyResponse, type ApiRouter, type RequestInput } from '../http.ts'
import { insertRunInputs } from '../storage/datasets.ts'
import { requireActiveExperiment } from '../storage/experiments.ts'
import { insertMetrics } from '../storage/metrics.ts'
import { loadRunsJson } from '../storage/runs-json.ts'
import { deleteRunTag, insertParams, insertRun, requireActiveRun, RUN_NAME_TAG, upsertRunTags, USER_TAG } from '../storage/runs.ts'
import { int64, parseExperimentId } from '../validation.ts'
import { newRunId, nowMs } from '../wire.ts'
import { datasetInput, randomRunName, runIdParam, runMetric, runParam, runTag } from './run-input.ts'

function createRun(ctx: ServerContext, input: RequestInput) {
  const { db } = ctx
  const experimentId = parseExperimentId(input.str('experiment_id') || '0')
  const tags = input.objects('tags').map((t, i) => runTag(t, `tags[${i}].`))
  const nameTag = tags.find((t) => t.key === RUN_NAME_TAG)?.value
  const requested = input.str('run_name') || undefined
  if (requested && nameTag && requested !== nameTag)
    throw invalidParam(
      `Both 'run_name' argument and 'mlflow.runName' tag are specified, but with different values (run_name='${requested}', mlflow.runName='${nameTag}').`,
    )
  const name = requested || nameTag || randomRunName()
  if (!nameTag) tags.push({ key: RUN_NAME_TAG, value: name })
  // As recorded: the mlflow.user tag, when given at creation, decides user_id.
  const userId = tags.find((t) => t.key === USER_TAG)?.value ?? input.str('user_id') ?? ''
  const startTime = input.has('start_time') ? int64(input.source.start_time, 'start_time') : nowMs()
  const runId = newRunId()
  return db.transaction(() => {
    const exp = requireActiveExperiment(db, experimentId)
    const artifactUri = `${exp.artifact_location.replace(/\/+$/, '')}/${runId}/artifacts`
    insertRun(db, { run_uuid: runId, experiment_id: experimentId, name, user_id: userId, status: 'RUNNING', start_time: startTime, artifact_uri: artifactUri })
    upsertRunTags(db, runId, tags)
    return jsonBodyResponse(`{"run":${loadRunsJson(db, [runId], false)[0]}}`)
  })()
}

/** runs/create, log-metric, log-parameter, set-tag, delete-tag, log-inputs: one transaction each. */
export function registerRunWrites(api: ApiRouter, ctx: ServerContext): void {
  const { db } = ctx

  api.post('runs/create', (input) => createRun(ctx, input))

  api.post('runs/log-metric', (input) => {
    const id = runIdParam(input)
    const point = runMetric(input.source, '')
    db.transaction(() => {
      requireActiveRun(db, id)
      insertMetrics(db, id, [point])
    })()
    return {}
  })

  api.post('runs/log-parameter', (input) => {
    const id = runIdParam(input)
    const param = runParam(input.source, '')
    db.transaction(() => {
      requireActiveRun(db, id)
      insertParams(db, id, [param])
    })()
    return {}
  })

  api.post('runs/set-tag', (input) => {
    const id = runIdParam(input)
    const tag = runTag(input.source, '')
    db.transaction(() => {
      requireActiveRun(db, id)
      upsertRunTags(db, id, [tag])
    })()
    return {}
  })

  api.post('runs/delete-tag', (input) => {
    const id = runIdParam(input)
    const key = input.requireStr('key')
    db.transaction(() => {
      requireActiveRun(db, id)
      deleteRunTag(db, id, key)
    })()
    return {}
  })

  api.post('runs/log-inputs', (input) => {
    const id = runIdParam(input)
    const datasets = input.objects('datasets').map(datasetInput)
    db.transaction(() => {
      const run = requireActiveRun(db, id)
      insertRunInputs(db, id, run.experiment_id, datasets)
    })()
    return {}
  })
}
