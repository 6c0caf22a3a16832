import { describe, expect, it } from 'vitest'
import type { Run } from '../../api/types.ts'
import { isServerSortable, parseColumnId, runDisplayName, runValue, sortKeyFor } from './run-columns.ts'

const run: Run = {
  info: { runId: 'r1', runName: '', experimentId: '1', userId: '', status: 'FINISHED', startTime: 1000, endTime: 4000, lifecycleStage: 'active', artifactUri: '' },
  params: { 'model.name': 'resnet' },
  metrics: { loss: { key: 'loss', value: 0.5, step: 10, timestamp: 1 } },
  tags: { 'mlflow.runName': 'from-tag', 'mlflow.user': 'ann', 'mlflow.source.name': 'train.py' },
  inputs: [{ dataset: { name: 'coco', digest: 'd', sourceType: 'local', source: '{}' }, tags: {}, context: 'training' }],
}

describe('run columns', () => {
  it.each([
    ['params.model.name', { entity: 'params', key: 'model.name' }],
    ['metrics.system/gpu', { entity: 'metrics', key: 'system/gpu' }],
    ['nope', undefined],
  ])('parseColumnId(%s)', (id, ref) => expect(parseColumnId(id)).toEqual(ref))

  it.each([
    ['attributes.start_time', 'start_time'],
    ['attributes.source', 'tags.mlflow.source.name'],
    ['attributes.duration', undefined],
    ['metrics.loss', 'metrics.loss'],
  ])('sortKeyFor(%s)', (id, key) => expect(sortKeyFor(id)).toBe(key))

  it.each<[string, Record<string, { kind: 'min' }>, boolean]>([
    ['start_time', {}, true],
    ['metrics.loss', {}, true],
    ['metrics.loss', { loss: { kind: 'min' } }, false],
    ['params.model.name', {}, true],
    ['duration', {}, false],
  ])('isServerSortable(%s)', (key, agg, ok) => expect(isServerSortable(key, agg)).toBe(ok))

  it.each<[string, unknown]>([
    ['run_name', 'from-tag'],
    ['user_id', 'ann'],
    ['duration', 3000],
    ['inputs', 'coco'],
    ['params.model.name', 'resnet'],
    ['metrics.loss', 0.5],
    ['tags.missing', undefined],
  ])('runValue(%s)', (key, value) => expect(runValue(run, key, {})).toBe(value))

  it('aggregated metrics read the lookup', () => {
    expect(runValue(run, 'metrics.loss', { loss: { kind: 'min' } }, (id, k) => (id === 'r1' && k === 'loss' ? 0.1 : undefined))).toBe(0.1)
    expect(runValue(run, 'metrics.loss', { loss: { kind: 'max' } })).toBeUndefined()
  })
  it('display name falls back to the tag, then the id', () => {
    expect(runDisplayName(run)).toBe('from-tag')
    expect(runDisplayName({ ...run, tags: {} })).toBe('r1')
  })
})
