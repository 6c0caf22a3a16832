import { describe, expect, it } from 'vitest'
import { diffConfigs, findParamConfigMismatches, flattenConfig, type ConfigNode } from './config-diff'

function find(node: ConfigNode, path: string): ConfigNode | undefined {
  if (node.path === path) return node
  for (const c of node.children) {
    const hit = find(c, path)
    if (hit) return hit
  }
  return undefined
}

describe('diffConfigs', () => {
  const base = { model: { name: 'resnet', depth: 50, frozen: false }, optim: { lr: 0.001, betas: [0.9, 0.999] }, seed: 1 }
  const cases: { name: string; other: unknown; path: string; status: string; cells: string[] }[] = [
    { name: 'identical', other: base, path: '', status: 'same', cells: ['same', 'same'] },
    { name: 'scalar change', other: { ...base, seed: 2 }, path: 'seed', status: 'changed', cells: ['same', 'changed'] },
    { name: 'change bubbles up', other: { ...base, model: { ...base.model, depth: 101 } }, path: 'model', status: 'changed', cells: ['same', 'changed'] },
    { name: 'array item', other: { ...base, optim: { lr: 0.001, betas: [0.9, 0.99] } }, path: 'optim.betas.1', status: 'changed', cells: ['same', 'changed'] },
    { name: 'missing key', other: { model: base.model, optim: base.optim }, path: 'seed', status: 'missing', cells: ['same', 'missing'] },
    { name: 'added key', other: { ...base, extra: { a: 1 } }, path: 'extra.a', status: 'added', cells: ['missing', 'added'] },
    { name: 'type change list→scalar', other: { ...base, optim: { lr: 0.001, betas: 'auto' } }, path: 'optim.betas', status: 'type-changed', cells: ['same', 'type-changed'] },
    { name: 'number vs string', other: { ...base, seed: '1' }, path: 'seed', status: 'type-changed', cells: ['same', 'type-changed'] },
    { name: 'null vs value', other: { ...base, seed: null }, path: 'seed', status: 'type-changed', cells: ['same', 'type-changed'] },
    { name: 'no config in run', other: undefined, path: '', status: 'missing', cells: ['same', 'missing'] },
  ]
  it.each(cases)('$name', ({ other, path, status, cells }) => {
    const root = diffConfigs([base, other])
    const node = find(root, path)
    expect(node?.status).toBe(status)
    expect(node?.cells).toEqual(cells)
  })

  it('counts unchanged leaves for collapsing', () => {
    const root = diffConfigs([base, { ...base, seed: 2 }, base])
    expect(root.unchangedCount).toBe(6)
    expect(find(root, 'model')?.unchangedCount).toBe(3)
    expect(find(root, 'model')?.status).toBe('same')
    expect(find(root, 'seed')?.unchangedCount).toBe(0)
    expect(find(root, 'seed')?.values).toEqual([1, 2, 1])
  })

  it('keeps baseline key order and appends new keys', () => {
    const root = diffConfigs([{ b: 1, a: 1 }, { c: 1, a: 1, b: 1 }])
    expect(root.children.map((c) => c.key)).toEqual(['b', 'a', 'c'])
  })

  it('treats empty containers as leaves', () => {
    const root = diffConfigs([{ a: {} }, { a: {} }, { a: [] }])
    expect(find(root, 'a')).toMatchObject({ status: 'type-changed', cells: ['same', 'same', 'type-changed'], children: [] })
  })

  it('marks everything added when the baseline has no config', () => {
    const root = diffConfigs([undefined, { a: { b: 1 } }])
    expect(root.status).toBe('added')
    expect(find(root, 'a.b')?.cells).toEqual(['missing', 'added'])
  })
})

describe('flattenConfig', () => {
  it.each([
    [{ a: { b: 1, c: 'x' } }, { 'a.b': 1, 'a.c': 'x' }],
    [{ ops: ['hflip', 'mosaic'] }, { ops: '["hflip","mosaic"]', 'ops.0': 'hflip', 'ops.1': 'mosaic' }],
    [{ l: [{ a: 1 }, 2] }, { 'l.0.a': 1, 'l.1': 2 }],
    [{ e: {}, f: [], n: null, t: true }, { e: '{}', f: '[]', n: null, t: true }],
    [{ 'a.b': { c: 1 } }, { 'a.b.c': 1 }],
    [3, { '': 3 }],
  ])('%j', (input, expected) => {
    expect(flattenConfig(input)).toEqual(expected)
  })
})

describe('findParamConfigMismatches', () => {
  const config = flattenConfig({
    optim: { lr: 0.001, name: 'adam', wd: null, nesterov: true, betas: [0.9, 0.999] },
    aug: ['hflip', 'mosaic'],
    data: { root: '${oc.env:DATA}/coco', bs: 32 },
  })
  it.each([
    [{ 'optim.lr': '0.001' }, []],
    [{ 'optim.lr': '1e-3' }, []],
    [{ 'optim.lr': '0.01' }, ['optim.lr']],
    [{ 'optim.name': 'adam' }, []],
    [{ 'optim.name': 'sgd' }, ['optim.name']],
    [{ 'optim.wd': 'None' }, []],
    [{ 'optim.wd': 'null' }, []],
    [{ 'optim.wd': '0' }, ['optim.wd']],
    [{ 'optim.nesterov': 'True' }, []],
    [{ 'optim.betas': '[0.9, 0.999]' }, []],
    [{ 'optim.betas': '(0.9, 0.999)' }, []],
    [{ aug: "['hflip', 'mosaic']" }, []],
    [{ aug: "['mosaic', 'hflip']" }, ['aug']],
    [{ 'data.root': '/mnt/coco' }, []],
    [{ 'data.bs': '64', unknown: 'x' }, ['data.bs']],
  ])('%j', (params, keys) => {
    expect(findParamConfigMismatches(params, config).map((m) => m.key)).toEqual(keys)
  })
  it('reports both values', () => {
    expect(findParamConfigMismatches({ 'data.bs': '64' }, config)).toEqual([{ key: 'data.bs', param: '64', config: 32 }])
  })
})
