import { describe, expect, it } from 'vitest'
import { diffParams } from './param-diff.ts'
import { allGroupPaths, numericChangeLabel, paramTreeRows, prettyParam, type ParamTreeRow } from './param-tree-rows.ts'

const rows = diffParams([
  { 'model.backbone.name': 'resnet50', 'model.neck': 'fpn', seed: '42', lr: '0.02', model: 'x' },
  { 'model.backbone.name': 'cspdarknet-m', 'model.neck': 'fpn', seed: '42', lr: '0.001', model: 'x' },
])
const show = (r: ParamTreeRow) => `${'  '.repeat(r.depth)}${r.kind === 'group' ? `[${r.path} ${r.differingCount}/${r.leafCount}${r.isCollapsed ? ' +' : ''}]` : r.name}`

describe('paramTreeRows', () => {
  it.each<[string, string[], string[]]>([
    ['expanded', [], ['lr', '[model 1/3]', '  model', '  [model.backbone 1/1]', '    name', '  neck', 'seed']],
    ['collapsed group', ['model'], ['lr', '[model 1/3 +]', 'seed']],
    ['collapsed inner group', ['model.backbone'], ['lr', '[model 1/3]', '  model', '  [model.backbone 1/1 +]', '  neck', 'seed']],
  ])('%s', (_name, collapsed, expected) => {
    expect(paramTreeRows(rows, new Set(collapsed)).map(show)).toEqual(expected)
  })

  it('handles empty input and lists group paths', () => {
    expect(paramTreeRows([], new Set())).toEqual([])
    expect(allGroupPaths(rows)).toEqual(['model', 'model.backbone'])
  })
})

describe('prettyParam', () => {
  it.each<[string, string | null]>([
    ["['hflip', 'mosaic']", '["hflip", "mosaic"]'],
    ['{"a": 1, "b": [1, 2]}', '{"a": 1, "b": [1, 2]}'],
    ["{'a': None, 'b': True}", '{"a": null, "b": true}'],
    ['[1, 2', null],
    ['resnet50', null],
    ['<script>alert(1)</script>', null],
  ])('%s', (input, expected) => {
    expect(prettyParam(input)).toBe(expected)
  })

  it('breaks long containers over lines', () => {
    const long = JSON.stringify({ augmentations: ['mosaic', 'mixup', 'copy_paste', 'hsv', 'hflip'], size: 1280 })
    expect(prettyParam(long, 40)).toBe('{\n  "augmentations": [\n    "mosaic",\n    "mixup",\n    "copy_paste",\n    "hsv",\n    "hflip"\n  ],\n  "size": 1280\n}')
  })
})

describe('numericChangeLabel', () => {
  it.each<[number, number | null, string | null]>([
    [0.002, 3, '×3'],
    [-0.019, 0.05, '÷20'],
    [0, 1, null],
    [2, null, '+2'],
    [-0.5, -1, '\u22120.5'],
    [0.001, 1120.013 / 1120.012, '+0.001'],
    [0.5, 1.5, '×1.5'],
    [-1, 0.9, '\u22121'],
  ])('delta %s ratio %s', (delta, ratio, expected) => {
    expect(numericChangeLabel({ delta, ratio })).toBe(expected)
  })
})
