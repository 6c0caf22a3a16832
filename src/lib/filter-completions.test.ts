import { describe, expect, it } from 'vitest'
import { filterKeyCompletions, quoteFilterKey } from './filter-completions'

const keys = {
  params: ['lr', 'model.backbone.name', 'optimizer'],
  metrics: ['val_mAP', 'train_loss', 'system/gpu_0_utilization_percentage', 'val-loss'],
  tags: ['mlflow.runName', 'team'],
}

/** `|` marks the cursor. */
function complete(textWithCursor: string) {
  const cursor = textWithCursor.indexOf('|')
  const text = textWithCursor.replace('|', '')
  return filterKeyCompletions(text, cursor, keys)
}

describe('filterKeyCompletions', () => {
  it.each([
    ['|', ['params.', 'metrics.', 'tags.', 'attributes.']],
    ['me|', ['metrics.', 'params.model.backbone.name', 'tags.mlflow.runName', 'attributes.run_name', 'attributes.start_time', 'attributes.end_time']],
    ['metrics.|', ['val_mAP', 'train_loss', 'system/gpu_0_utilization_percentage', 'val-loss']],
    ['metrics.val|', ['val_mAP', 'val-loss']],
    ['metric.loss|', ['train_loss', 'val-loss']],
    ['metrics.`system/g|', ['system/gpu_0_utilization_percentage']],
    ['params.back|', ['model.backbone.name']],
    ['attributes.st|', ['status', 'start_time']],
    ["metrics.val_mAP > 0.5 and par|", ['params.']],
    ['(tags.t|', ['team']],
    ['lr|', ['params.lr']],
    ['team|', ['tags.team']],
  ])('%s', (input, labels) => {
    expect(complete(input).items.map((i) => i.label)).toEqual(labels)
  })

  it.each([
    ["params.lr = |"],
    ["params.lr = 'ad|"],
    ['metrics.val_mAP > 0.|'],
    ['params.lr |'],
  ])('offers nothing in value position: %s', (input) => {
    expect(complete(input).items).toEqual([])
  })

  it('returns the replacement range and quoted inserts', () => {
    const r = complete('metrics.gpu|_x AND a = 1')
    expect(r).toMatchObject({ from: 0, to: 13 })
    expect(r.items[0]).toEqual({ label: 'system/gpu_0_utilization_percentage', insert: 'metrics.`system/gpu_0_utilization_percentage`', kind: 'metric' })
    const p = complete("a = 1 AND params.mod|")
    expect(p).toMatchObject({ from: 10, to: 20 })
    expect(p.items[0].insert).toBe('params.`model.backbone.name`')
  })

  it('clamps the cursor and honours the limit', () => {
    expect(filterKeyCompletions('', 99, keys).items).toHaveLength(4)
    expect(filterKeyCompletions('metrics.', 8, keys, 2).items).toHaveLength(2)
  })
})

describe('quoteFilterKey', () => {
  it.each([
    ['lr', 'lr'],
    ['val_mAP', 'val_mAP'],
    ['model.name', '`model.name`'],
    ['system/gpu', '`system/gpu`'],
    ['val-loss', '`val-loss`'],
    ['my key', '`my key`'],
    ['1st', '`1st`'],
    ['we`ird', '"we`ird"'],
  ])('%s → %s', (key, quoted) => expect(quoteFilterKey(key)).toBe(quoted))
})
