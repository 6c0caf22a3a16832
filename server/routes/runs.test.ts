import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { trackingTestClient, type TrackingTestClient } from './tracking-test-client.ts'

let t: TrackingTestClient
beforeEach(() => {
  t = trackingTestClient()
})
afterEach(() => t.close())

type Run = {
  info: Record<string, unknown>
  data: { metrics?: { key: string; value: unknown; step: number; timestamp: number }[]; params?: { key: string; value: string }[]; tags?: { key: string; value: string }[] }
  inputs: Record<string, unknown>
  outputs?: Record<string, unknown>
}
const getRun = async (id: string) => (await t.get('runs/get', { run_id: id })).body.run as Run

describe('runs/create', () => {
  it('returns the run as MLflow 3.11: info order, mirrored runName tag, user from mlflow.user, inputs {}', async () => {
    await t.post('experiments/create', { name: 'exp' })
    const res = await t.post('runs/create', {
      experiment_id: '1',
      user_id: 'os-user',
      run_name: 'resnet',
      start_time: 1714982400000,
      tags: [{ key: 'mlflow.user', value: 'alice' }, { key: 'team', value: 'vision' }],
    })
    expect(res.status).toBe(200)
    const run = res.body.run as Run
    const id = run.info.run_id as string
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(Object.keys(run.info)).toEqual(['run_uuid', 'experiment_id', 'run_name', 'user_id', 'status', 'start_time', 'artifact_uri', 'lifecycle_stage', 'run_id'])
    expect(run.info).toMatchObject({ run_uuid: id, experiment_id: '1', run_name: 'resnet', user_id: 'alice', status: 'RUNNING', start_time: 1714982400000, lifecycle_stage: 'active' })
    expect(run.info.artifact_uri).toBe(`mlflow-artifacts:/1/${id}/artifacts`)
    expect(run.data).toEqual({ tags: [{ key: 'mlflow.user', value: 'alice' }, { key: 'team', value: 'vision' }, { key: 'mlflow.runName', value: 'resnet' }] })
    expect(run.inputs).toEqual({})
    expect(run).not.toHaveProperty('outputs')
  })

  it('takes the name from the mlflow.runName tag, or invents one', async () => {
    const a = (await t.post('runs/create', { experiment_id: '0', tags: [{ key: 'mlflow.runName', value: 'from-tag' }] })).body.run as Run
    expect(a.info.run_name).toBe('from-tag')
    const b = (await t.post('runs/create', { experiment_id: '0', user_id: 'bob' })).body.run as Run
    expect(b.info.run_name).toMatch(/^[a-z]+-[a-z]+-\d+$/)
    expect(b.info.user_id).toBe('bob')
    expect(b.data.tags).toEqual([{ key: 'mlflow.runName', value: b.info.run_name }])
  })
})

describe('runs/get, update, delete, restore', () => {
  it('accepts legacy run_uuid, renames through tag and update, ignores an invalid status', async () => {
    const { runId } = await t.run('first')
    expect((await t.get('runs/get', { run_uuid: runId })).status).toBe(200)

    const renamed = await t.post('runs/update', { run_id: runId, run_name: 'second' })
    expect(renamed.body).toEqual({ run_info: expect.objectContaining({ run_name: 'second', status: 'RUNNING' }) })
    expect((await getRun(runId)).data.tags).toContainEqual({ key: 'mlflow.runName', value: 'second' })

    await t.post('runs/set-tag', { run_id: runId, key: 'mlflow.runName', value: 'third' })
    expect((await getRun(runId)).info.run_name).toBe('third')

    const bad = await t.post('runs/update', { run_id: runId, status: 'DONE' })
    expect((bad.body.run_info as Record<string, unknown>).status).toBe('RUNNING')
    expect(bad.body.run_info).not.toHaveProperty('end_time')

    const done = await t.post('runs/update', { run_uuid: runId, run_id: runId, status: 'FINISHED', end_time: 5000 })
    expect(done.body.run_info).toMatchObject({ status: 'FINISHED', end_time: 5000 })
  })

  it('soft-deletes: runs/get still answers with lifecycle_stage deleted; restore brings it back', async () => {
    const { runId } = await t.run()
    expect((await t.post('runs/delete', { run_id: runId })).body).toEqual({})
    expect((await getRun(runId)).info.lifecycle_stage).toBe('deleted')
    expect((await t.post('runs/restore', { run_id: runId })).body).toEqual({})
    expect((await getRun(runId)).info.lifecycle_stage).toBe('active')
  })
})

describe('logging', () => {
  it('log-parameter is idempotent for the same value; a changed value is rejected', async () => {
    const { runId } = await t.run()
    expect((await t.post('runs/log-parameter', { run_id: runId, key: 'lr', value: '0.1' })).status).toBe(200)
    expect((await t.post('runs/log-parameter', { run_uuid: runId, run_id: runId, key: 'lr', value: '0.1' })).status).toBe(200)
    const changed = await t.post('runs/log-parameter', { run_id: runId, key: 'lr', value: '0.2' })
    expect(changed.body.error_code).toBe('INVALID_PARAMETER_VALUE')
    expect((await getRun(runId)).data.params).toEqual([{ key: 'lr', value: '0.1' }])
  })

  it('stores hostile strings verbatim', async () => {
    const { runId } = await t.run()
    const hostile = ["'; DROP TABLE runs; --", '<script>alert(1)</script>', 'emoji 🧪 \u0000 nul', 'x'.repeat(6000), '%_\\', '../../etc/passwd']
    const params = hostile.map((v, i) => ({ key: `p${i} <b>&"'`, value: v }))
    const tags = hostile.map((v, i) => ({ key: `t${i}`, value: v }))
    expect((await t.post('runs/log-batch', { run_id: runId, params, tags })).status).toBe(200)
    const run = await getRun(runId)
    expect(run.data.params).toEqual(params)
    expect(run.data.tags?.filter((x) => x.key.startsWith('t'))).toEqual(tags)
  })

  it('log-batch is all-or-nothing: a changed param value rolls back metrics and tags of the same request', async () => {
    const { runId } = await t.run()
    await t.post('runs/log-parameter', { run_id: runId, key: 'lr', value: '0.1' })
    const res = await t.post('runs/log-batch', {
      run_id: runId,
      metrics: [{ key: 'loss', value: 1, timestamp: 1, step: 0 }],
      params: [{ key: 'lr', value: '0.5' }],
      tags: [{ key: 'k', value: 'v' }],
    })
    expect(res.status).toBe(400)
    const run = await getRun(runId)
    expect(run.data.metrics).toBeUndefined()
    expect(run.data.tags?.find((x) => x.key === 'k')).toBeUndefined()
  })

  it('accepts NaN/Infinity as strings and returns "NaN" and ±1.7976931348623157e308; latest value per key', async () => {
    const { runId } = await t.run()
    await t.post('runs/log-batch', {
      run_id: runId,
      metrics: [
        { key: 'loss', value: 2, timestamp: 10, step: 0 },
        { key: 'loss', value: 'NaN', timestamp: 20, step: 1 },
        { key: 'val', value: 'Infinity', timestamp: 20, step: 1 },
        { key: 'neg', value: '-Infinity', timestamp: 20, step: 1 },
        { key: 'late', value: 5, timestamp: 30, step: 3 },
        { key: 'late', value: 7, timestamp: 99, step: 2 }, // lower step: not the latest
      ],
    })
    await t.post('runs/log-metric', { run_id: runId, key: 'plain', value: 0.25, timestamp: 1 })
    const res = await t.app.request(`/api/2.0/mlflow/runs/get?run_id=${runId}`)
    const text = await res.text()
    expect(text).toContain('"value":1.7976931348623157e+308')
    expect(text).toContain('"value":-1.7976931348623157e+308')
    const metrics = (JSON.parse(text).run as Run).data.metrics
    expect(metrics).toEqual([
      { key: 'late', value: 5, timestamp: 30, step: 3 },
      { key: 'loss', value: 'NaN', timestamp: 20, step: 1 },
      { key: 'neg', value: -1.7976931348623157e308, timestamp: 20, step: 1 },
      { key: 'plain', value: 0.25, timestamp: 1, step: 0 },
      { key: 'val', value: 1.7976931348623157e308, timestamp: 20, step: 1 },
    ])
  })

  it('log-inputs: datasets appear on the run and in search-datasets (ajax only)', async () => {
    const { runId, experimentId } = await t.run()
    const dataset = { name: 'coco-train', digest: 'abc', source_type: 's3', source: '{"uri": "s3://x"}', schema: '{}', profile: '{"rows": 1}' }
    const body = { run_id: runId, datasets: [{ tags: [{ key: 'mlflow.data.context', value: 'training' }], dataset }] }
    expect((await t.post('runs/log-inputs', body)).status).toBe(200)
    expect((await t.post('runs/log-inputs', body)).status).toBe(200) // repeat is ignored
    expect((await getRun(runId)).inputs).toEqual({ dataset_inputs: [{ tags: [{ key: 'mlflow.data.context', value: 'training' }], dataset }] })
    const summaries = await t.post('/ajax-api/2.0/mlflow/experiments/search-datasets', { experiment_ids: [experimentId] })
    expect(summaries.body).toEqual({ dataset_summaries: [{ experiment_id: experimentId, name: 'coco-train', digest: 'abc', context: 'training' }] })
  })
})
