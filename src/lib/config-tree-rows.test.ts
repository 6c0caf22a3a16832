import { describe, expect, it } from 'vitest'
import { diffConfigs } from './config-diff.ts'
import { changedLeafCount, configTreeRows, configValueText, type ConfigTreeRow } from './config-tree-rows.ts'

const base = { model: { name: 'faster_rcnn', backbone: { name: 'resnet50', freeze_at: 2 } }, data: { img_size: 800, workers: 8 }, seed: 42 }
const other = { model: { name: 'yolov8', backbone: { name: 'cspdarknet-m', freeze_at: 2 } }, data: { img_size: 800, workers: 8 }, seed: 42 }
const root = diffConfigs([base, other])
const show = (r: ConfigTreeRow) =>
  r.kind === 'hidden' ? `${'  '.repeat(r.depth)}(${r.count} hidden)` : `${'  '.repeat(r.depth)}${r.node.key}${r.isContainer ? (r.isOpen ? ' ▾' : ' ▸') : ''} ${r.node.status}`

describe('configTreeRows', () => {
  it.each<[string, string[], boolean, string[]]>([
    ['changed subtrees open, unchanged collapsed', [], false, ['model ▾ changed', '  name changed', '  backbone ▾ changed', '    name changed', '    freeze_at same', 'data ▸ same', 'seed same']],
    ['toggle opens an unchanged subtree', ['data'], false, ['model ▾ changed', '  name changed', '  backbone ▾ changed', '    name changed', '    freeze_at same', 'data ▾ same', '  img_size same', '  workers same', 'seed same']],
    ['toggle closes a changed subtree', ['model'], false, ['model ▸ changed', 'data ▸ same', 'seed same']],
    ['differences only', [], true, ['model ▾ changed', '  name changed', '  backbone ▾ changed', '    name changed', '    (1 hidden)', '(3 hidden)']],
  ])('%s', (_name, toggled, diffOnly, expected) => {
    expect(configTreeRows(root, new Set(toggled), diffOnly).map(show)).toEqual(expected)
  })

  it('shows missing configs and type changes', () => {
    const rows = configTreeRows(diffConfigs([{ a: 1, b: [1, 2] }, undefined, { a: '1', b: 3 }]), new Set())
    expect(rows.map(show)).toEqual(['a type-changed', 'b type-changed'])
    const lists = configTreeRows(diffConfigs([{ d: [1, 12], o: [{ x: 1 }] }, { d: [1, 24], o: [{ x: 2 }] }]), new Set())
    expect(lists.map(show)).toEqual(['d changed', 'o ▾ changed', '  0 ▾ changed', '    x changed'])
  })

  it('counts changed leaves', () => {
    expect(changedLeafCount(root)).toBe(2)
    expect(changedLeafCount(diffConfigs([{ x: 1 }, { x: 1 }]))).toBe(0)
  })
})

describe('configValueText', () => {
  it.each<[unknown, string]>([
    [undefined, ''], [null, 'null'], ['a', 'a'], [0.001, '0.001'], [true, 'true'], [NaN, '.nan'], [-Infinity, '-.inf'],
    [[1, 'x'], '[1,"x"]'], [{ a: 1 }, '{"a":1}'], ['<b>x</b>', '<b>x</b>'],
  ])('%j → %s', (v, text) => {
    expect(configValueText(v)).toBe(text)
  })
})
