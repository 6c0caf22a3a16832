import { describe, expect, it } from 'vitest'
import { parseOverrides } from './hydra.ts'
import { alignOverrides } from './overrides-lane.ts'

const o = (...items: string[]) => parseOverrides(items)

describe('alignOverrides', () => {
  it.each<[string, (string[] | undefined)[], [string, boolean][]]>([
    ['same everywhere', [['model=yolov8', 'optim.lr=0.01'], ['model=yolov8', 'optim.lr=0.01']], [['model', false], ['optim.lr', false]]],
    ['value differs', [['model=yolov8', 'optim.lr=0.01'], ['optim.lr=0.001', 'model=yolov8']], [['model', false], ['optim.lr', true]]],
    ['present in one run only', [['model=a'], ['model=a', '+trainer.gpus=2']], [['model', false], ['trainer.gpus', true]]],
    ['op differs', [['+seed=1'], ['++seed=1']], [['seed', true]]],
    ['runs without overrides are ignored', [['model=a'], undefined, ['model=a']], [['model', false]]],
    ['last repeat wins', [['lr=1', 'lr=2'], ['lr=2']], [['lr', false]]],
    ['no runs', [], []],
  ])('%s', (_name, runs, expected) => {
    const rows = alignOverrides(runs.map((r) => (r ? o(...r) : undefined)))
    expect(rows.map((r) => [r.key, r.differs])).toEqual(expected)
  })

  it('keeps a cell per run, undefined where absent', () => {
    const rows = alignOverrides([o('a=1'), undefined, o('b=2')])
    expect(rows.map((r) => r.cells.map((c) => c?.raw ?? null))).toEqual([['a=1', null, null], [null, null, 'b=2']])
  })
})
