import { describe, expect, it } from 'vitest'
import { FIXTURE_VERSIONS, fixture } from '../../testing/fixtures/load.ts'
import { getRunResponse, searchRunsResponse, updateRunResponse } from './run.ts'

describe.each(FIXTURE_VERSIONS)('runs/get on %s', (v) => {
  it.each([
    ['runs-get', 'resnet50-baseline', 'FINISHED', 'active', true, 2],
    ['runs-get-running', 'convnext-t-dino', 'RUNNING', 'active', false, 2],
    ['runs-get-failed-nan-inf', 'yolov8l-1280-mosaic', 'FAILED', 'active', true, 2],
    ['runs-get-deleted', 'resnet50-debug', 'FINISHED', 'deleted', true, 2],
    ['runs-get-legacy-run-uuid', 'resnet101-fpn', 'FINISHED', 'active', true, 2],
    ['runs-get-sweep-parent', 'yolov8m-lr-sweep', 'FINISHED', 'active', true, 0],
    ['runs-get-after-rename', 'convnext-t-dino-renamed', 'RUNNING', 'active', false, 0],
  ] as const)('%s → %s %s %s (endTime: %s, inputs: %s)', (name, runName, status, stage, hasEnd, minInputs) => {
    const fx = fixture(v, name)
    const run = getRunResponse.parse(fx.response.body)
    expect(run.info.runName).toBe(runName)
    expect(run.info.status).toBe(status)
    expect(run.info.lifecycleStage).toBe(stage)
    expect(run.info.endTime !== undefined).toBe(hasEnd)
    expect(run.info.runId).toMatch(/^[0-9a-f]{32}$/)
    expect(run.info.experimentId).toBe('1')
    expect(run.info.artifactUri).toBe(`mlflow-artifacts:/1/${run.info.runId}/artifacts`)
    expect(run.inputs.length).toBeGreaterThanOrEqual(Math.min(minInputs, 1))
    for (const [key, m] of Object.entries(run.metrics)) expect(m.key).toBe(key)
  })

  it('decodes NaN and MAX_VALUE latest metrics of the diverged run', () => {
    const run = getRunResponse.parse(fixture(v, 'runs-get-failed-nan-inf').response.body)
    expect(run.metrics.train_loss).toEqual({ key: 'train_loss', value: NaN, step: 649, timestamp: 1715018397720 })
    expect(run.metrics.val_loss?.value).toBe(Infinity)
    expect(run.metrics.val_mAP?.value).toBe(0)
    expect(run.metrics.epoch).toMatchObject({ value: 14, step: 650 })
    expect(run.params.learning_rate).toBe('0.04')
    expect(run.tags['mlflow.user']).toBe('bob')
    expect(run.info.userId).toBe('bob')
  })

  it('maps dataset inputs with their context tag', () => {
    const run = getRunResponse.parse(fixture(v, 'runs-get-failed-nan-inf').response.body)
    expect(run.inputs[0]).toMatchObject({
      context: 'training',
      tags: { 'mlflow.data.context': 'training' },
      dataset: { name: 'coco2017-train', digest: '213c2a7a', sourceType: 's3', source: '{"uri": "s3://datasets/coco2017/train"}' },
    })
    expect(JSON.parse(run.inputs[0]?.dataset.profile ?? '{}')).toEqual({ num_rows: 118287 })
    expect(run.inputs[0]?.dataset.schema).toContain('mlflow_tensorspec')
  })

  it('sweep parent metrics logged at step 0 keep step 0', () => {
    const run = getRunResponse.parse(fixture(v, 'runs-get-sweep-parent').response.body)
    expect(run.metrics.best_val_mAP).toMatchObject({ value: 0.488, step: 0 })
    expect(run.params['sweep.values']).toBe('0.01,0.003,0.001')
  })
})

it('3.11 runs carry `outputs`, 2.10 runs do not; both parse to the same shape', () => {
  const old = fixture('v2.10', 'runs-get').response.body
  const neu = fixture('v3.11', 'runs-get').response.body
  expect(JSON.stringify(old)).not.toContain('"outputs"')
  expect(JSON.stringify(neu)).toContain('"outputs"')
  const a = getRunResponse.parse(old)
  const b = getRunResponse.parse(neu)
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort())
  expect({ ...b.info, runId: '', artifactUri: '' }).toEqual({ ...a.info, runId: '', artifactUri: '' })
  expect(b.params).toEqual(a.params)
})

describe('run wire defaults', () => {
  it.each([
    ['legacy run_uuid only', { info: { run_uuid: 'abc', experiment_id: '1', status: 'RUNNING', start_time: '5' } }, { runId: 'abc', startTime: 5, runName: '', userId: '' }],
    ['name from mlflow.runName tag', { info: { run_id: 'r', experiment_id: 2, status: 'FINISHED' }, data: { tags: [{ key: 'mlflow.runName', value: 'tagged' }] } }, { runId: 'r', runName: 'tagged', experimentId: '2' }],
  ] as const)('%s', (_label, body, expected) => {
    const run = getRunResponse.parse({ run: body })
    expect(run.info).toMatchObject(expected)
    expect(run.params).toEqual({})
    expect(run.inputs).toEqual([])
  })

  it('metric without step gets step 0', () => {
    const run = getRunResponse.parse({ run: { info: { run_id: 'r', experiment_id: '1', status: 'RUNNING' }, data: { metrics: [{ key: 'm', value: 1, timestamp: 3 }] } } })
    expect(run.metrics.m).toEqual({ key: 'm', value: 1, step: 0, timestamp: 3 })
  })

  it('rejects run info without any id and unknown statuses', () => {
    expect(getRunResponse.safeParse({ run: { info: { experiment_id: '1', status: 'RUNNING' } } }).success).toBe(false)
    expect(getRunResponse.safeParse({ run: { info: { run_id: 'r', experiment_id: '1', status: 'DONE' } } }).success).toBe(false)
  })
})

describe.each(FIXTURE_VERSIONS)('runs/search on %s', (v) => {
  it.each([
    ['runs-search-page1-order-metric', ['yolov8m-640', 'yolov8m-lr-sweep/lr=0.003', 'yolov8m-lr-sweep/lr=0.001'], 3],
    ['runs-search-page2', ['convnext-t-dino', 'yolov8m-lr-sweep/lr=0.01', 'resnet101-fpn'], 6],
    ['runs-search-order-by-start-time-asc', ['resnet50-baseline', 'resnet101-fpn', 'yolov8m-640'], 3],
    ['runs-search-filter-status', ['yolov8l-1280-mosaic'], undefined],
    ['runs-search-deleted-only', ['resnet50-debug'], undefined],
    ['runs-search-children-of-parent', ['yolov8m-lr-sweep/lr=0.001', 'yolov8m-lr-sweep/lr=0.003', 'yolov8m-lr-sweep/lr=0.01'], undefined],
    ['runs-search-backtick-keys', ['deeplabv3-resnet50', 'resnet50-baseline'], undefined],
    ['runs-search-unknown-experiment', [], undefined],
  ] as const)('%s', (name, names, nextOffset) => {
    const page = searchRunsResponse.parse(fixture(v, name).response.body)
    expect(page.runs.map((r) => r.info.runName)).toEqual(names)
    expect(page.nextPageToken === undefined ? undefined : JSON.parse(atob(page.nextPageToken)).offset).toBe(nextOffset)
  })

  it('default order lists 13 live runs, newest first', () => {
    const page = searchRunsResponse.parse(fixture(v, 'runs-search-default-order').response.body)
    expect(page.runs).toHaveLength(13)
    const starts = page.runs.map((r) => r.info.startTime)
    expect([...starts].sort((a, b) => b - a)).toEqual(starts)
  })

  it('runs/update returns only the renamed info', () => {
    const info = updateRunResponse.parse(fixture(v, 'runs-update-rename').response.body)
    expect(info).toMatchObject({ runName: 'convnext-t-dino-renamed', status: 'RUNNING', endTime: undefined })
  })
})

it('2.10 runs/search with max_results 0 answers no runs and a token back to offset 0', () => {
  const page = searchRunsResponse.parse(fixture('v2.10', 'runs-search-max-results-zero').response.body)
  expect(page.runs).toEqual([])
  expect(JSON.parse(atob(page.nextPageToken ?? ''))).toEqual({ offset: 0 })
})
