import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { trackingTestClient, type TrackingTestClient } from './tracking-test-client.ts'

let t: TrackingTestClient
beforeEach(() => {
  t = trackingTestClient()
})
afterEach(() => t.close())

type Exp = { experiment_id: string; name: string; lifecycle_stage: string; tags?: { key: string; value: string }[]; artifact_location: string }
const names = (body: Record<string, unknown>) => ((body.experiments as Exp[] | undefined) ?? []).map((e) => e.name)

describe('experiments', () => {
  it('has Default (id 0) from the start, without tags', async () => {
    const res = await t.get('experiments/get', { experiment_id: '0' })
    expect(res.body.experiment).toEqual({
      experiment_id: '0',
      name: 'Default',
      artifact_location: 'mlflow-artifacts:/0',
      lifecycle_stage: 'active',
      last_update_time: expect.any(Number),
      creation_time: expect.any(Number),
    })
  })

  it('create → get / get-by-name (both prefixes), tags in logging order', async () => {
    const tags = [{ key: 'team', value: 'perception' }, { key: 'mlflow.note.content', value: '# Notes\n\n<b>hi</b>' }, { key: 'a', value: '1' }]
    const created = await t.post('experiments/create', { name: 'object-detection', tags })
    expect(created.body).toEqual({ experiment_id: '1' })
    const got = await t.get('/ajax-api/2.0/mlflow/experiments/get', { experiment_id: '1' })
    expect(got.body.experiment).toMatchObject({ experiment_id: '1', name: 'object-detection', artifact_location: 'mlflow-artifacts:/1', tags })
    const byName = await t.get('experiments/get-by-name', { experiment_name: 'object-detection' })
    expect(byName.body).toEqual(got.body)
  })

  it('search: max_results paging with next_page_token, newest first by default', async () => {
    for (const name of ['a', 'b', 'c']) await t.post('experiments/create', { name })
    // Creation in the same millisecond would tie; spread the clock out so the order is fixed.
    t.db.prepare('UPDATE experiments SET creation_time = 1000 + experiment_id').run()
    const p1 = await t.get('experiments/search', { max_results: 2 })
    expect(names(p1.body)).toEqual(['c', 'b'])
    expect(typeof p1.body.next_page_token).toBe('string')
    const p2 = await t.post('experiments/search', { max_results: 2, page_token: p1.body.next_page_token })
    expect(names(p2.body)).toEqual(['a', 'Default'])
    expect(p2.body).not.toHaveProperty('next_page_token')
  })

  it('search: filter on name/tags, order_by, view_type', async () => {
    await t.post('experiments/create', { name: 'segmentation', tags: [{ key: 'team', value: 'perception' }] })
    await t.post('experiments/create', { name: 'detection', tags: [{ key: 'team', value: 'perception' }] })
    await t.post('experiments/create', { name: 'scratch' })
    await t.post('experiments/delete', { experiment_id: '3' })
    expect(names((await t.post('experiments/search', { max_results: 10, filter: "name LIKE '%seg%'" })).body)).toEqual(['segmentation'])
    expect(names((await t.post('experiments/search', { max_results: 10, filter: "tags.team = 'perception'", order_by: ['name ASC'] })).body)).toEqual([
      'detection',
      'segmentation',
    ])
    expect(names((await t.post('experiments/search', { max_results: 10, order_by: ['name ASC'] })).body)).toEqual(['Default', 'detection', 'segmentation'])
    expect(names((await t.post('experiments/search', { max_results: 10, view_type: 'DELETED_ONLY' })).body)).toEqual(['scratch'])
    expect(names((await t.get('experiments/search', { max_results: 10, view_type: 'ALL', order_by: 'name ASC' })).body)).toEqual([
      'Default',
      'detection',
      'scratch',
      'segmentation',
    ])
    expect((await t.post('experiments/search', { max_results: 10, filter: "nam = 'x'" })).body.error_code).toBe('INVALID_PARAMETER_VALUE')
  })

  it('update, delete (also deletes runs), restore, set/delete tags', async () => {
    const { runId } = await t.run('r', 'old')
    expect((await t.post('experiments/update', { experiment_id: '1', new_name: 'new' })).body).toEqual({})
    expect((await t.get('experiments/get-by-name', { experiment_name: 'new' })).status).toBe(200)

    await t.post('experiments/set-experiment-tag', { experiment_id: '1', key: 'k', value: 'v1' })
    await t.post('experiments/set-experiment-tag', { experiment_id: '1', key: 'k', value: 'v2' })
    expect(((await t.get('experiments/get', { experiment_id: '1' })).body.experiment as Exp).tags).toEqual([{ key: 'k', value: 'v2' }])
    await t.post('experiments/delete-experiment-tag', { experiment_id: '1', key: 'k' })
    expect((await t.get('experiments/get', { experiment_id: '1' })).body.experiment).not.toHaveProperty('tags')

    await t.post('experiments/delete', { experiment_id: '1' })
    expect(((await t.get('experiments/get', { experiment_id: '1' })).body.experiment as Exp).lifecycle_stage).toBe('deleted')
    expect(((await t.get('runs/get', { run_id: runId })).body.run as { info: { lifecycle_stage: string } }).info.lifecycle_stage).toBe('deleted')
    expect((await t.post('runs/create', { experiment_id: '1' })).body.error_code).toBe('INVALID_PARAMETER_VALUE')

    await t.post('experiments/restore', { experiment_id: '1' })
    expect(((await t.get('runs/get', { run_id: runId })).body.run as { info: { lifecycle_stage: string } }).info.lifecycle_stage).toBe('active')
  })
})

describe('runs/search', () => {
  it('filters, orders, pages, and returns only the latest metric value per key', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      const { runId } = await t.run(`run-${i}`)
      ids.push(runId)
      await t.post('runs/update', { run_id: runId, status: 'FINISHED', end_time: 10 })
      await t.post('runs/log-batch', {
        run_id: runId,
        params: [{ key: 'optimizer', value: i % 2 ? 'adamw' : 'sgd' }],
        metrics: [
          { key: 'val_mAP', value: 0.1 * i, timestamp: 1, step: 0 },
          { key: 'val_mAP', value: 0.2 * i, timestamp: 2, step: 1 },
        ],
      })
    }
    const body = { experiment_ids: ['1'], filter: "params.optimizer = 'adamw' and metrics.val_mAP > 0.1", order_by: ['metrics.val_mAP DESC'], max_results: 1 }
    const p1 = await t.post('runs/search', body)
    type R = { info: { run_name: string }; data: { metrics: { key: string; value: number; step: number }[] } }
    const runs1 = p1.body.runs as R[]
    expect(runs1.map((r) => r.info.run_name)).toEqual(['run-3'])
    expect(runs1[0].data.metrics).toEqual([{ key: 'val_mAP', value: expect.closeTo(0.6), timestamp: 2, step: 1 }])
    const p2 = await t.post('runs/search', { ...body, page_token: p1.body.next_page_token })
    expect((p2.body.runs as R[]).map((r) => r.info.run_name)).toEqual(['run-1'])
    expect(p2.body).not.toHaveProperty('next_page_token')

    await t.post('runs/delete', { run_id: ids[0] })
    const active = await t.post('runs/search', { experiment_ids: ['1'] })
    expect((active.body.runs as R[]).length).toBe(4)
    const deleted = await t.post('runs/search', { experiment_ids: ['1'], run_view_type: 'DELETED_ONLY' })
    expect((deleted.body.runs as R[]).map((r) => r.info.run_name)).toEqual(['run-0'])
    expect((await t.post('runs/search', { experiment_ids: ['987654'] })).body).toEqual({})
  })
})
