import { describe, expect, it } from 'vitest'
import { diffParams, filterRows, normalizeParam, paramKeys, parseNumericParam, type CellKind } from './param-diff'

describe('diffParams: cell kinds', () => {
  const cases: { name: string; values: (string | undefined)[]; kinds: CellKind[]; differs: boolean }[] = [
    { name: 'all equal', values: ['a', 'a', 'a'], kinds: ['same', 'same', 'same'], differs: false },
    { name: 'changed', values: ['a', 'b', 'a'], kinds: ['same', 'changed', 'same'], differs: true },
    { name: 'missing in run', values: ['a', undefined], kinds: ['same', 'missing'], differs: true },
    { name: 'missing in baseline', values: [undefined, 'a', 'a'], kinds: ['missing', 'added', 'added'], differs: true },
    { name: 'number formatting', values: ['0.001', '1e-3', '1.0E-03'], kinds: ['same', 'same', 'same'], differs: false },
    { name: 'int vs float', values: ['10', '10.0'], kinds: ['same', 'same'], differs: false },
    { name: 'python vs json list', values: ["['hflip', 'mosaic']", '["hflip","mosaic"]'], kinds: ['same', 'same'], differs: false },
    { name: 'list order matters', values: ["['hflip', 'mosaic']", "['mosaic', 'hflip']"], kinds: ['same', 'changed'], differs: true },
    {
      name: 'python dict vs json dict, key order ignored',
      values: ["{'a': 1, 'b': True, 'c': None}", '{"c": null, "b": true, "a": 1.0}'],
      kinds: ['same', 'same'],
      differs: false,
    },
    { name: 'dict value changed', values: ["{'a': 1}", "{'a': 2}"], kinds: ['same', 'changed'], differs: true },
    { name: 'True vs true', values: ['True', 'true'], kinds: ['same', 'same'], differs: false },
    { name: 'None vs null', values: ['None', 'null'], kinds: ['same', 'same'], differs: false },
    { name: 'tuple vs list', values: ['(1, 2)', '[1, 2]'], kinds: ['same', 'same'], differs: false },
    { name: 'unparsable structured compares as text', values: ['[a, b', '[a,b'], kinds: ['same', 'changed'], differs: true },
    { name: 'string vs quoted', values: ['adam', "'adam'"], kinds: ['same', 'changed'], differs: true },
    { name: 'whitespace matters for text', values: ['adam', 'adam '], kinds: ['same', 'changed'], differs: true },
  ]
  it.each(cases)('$name', ({ values, kinds, differs }) => {
    const runs = values.map((v): Record<string, string> => (v === undefined ? {} : { k: v }))
    const [row] = diffParams(runs)
    expect(row.key).toBe('k')
    expect(row.values).toEqual(values)
    expect(row.kinds).toEqual(kinds)
    expect(row.differs).toBe(differs)
  })
})

describe('diffParams: numeric deltas', () => {
  it.each([
    ['1e-3', '3e-3', { delta: 0.002, ratio: 3 }],
    ['0', '5', { delta: 5, ratio: null }],
    ['10', '5', { delta: -5, ratio: 0.5 }],
  ])('%s → %s', (base, other, expected) => {
    const [row] = diffParams([{ lr: base }, { lr: other }])
    expect(row.numeric?.[1]?.delta).toBeCloseTo(expected.delta, 12)
    expect(row.numeric?.[1]?.ratio).toBe(expected.ratio === null ? null : row.numeric?.[1]?.ratio)
    if (expected.ratio !== null) expect(row.numeric?.[1]?.ratio).toBeCloseTo(expected.ratio, 12)
    expect(row.numeric?.[0]).toEqual({ delta: 0, ratio: base === '0' ? null : 1 })
  })
  it('is undefined when the baseline is not numeric', () => {
    expect(diffParams([{ a: 'x' }, { a: '1' }])[0].numeric).toBeUndefined()
    expect(diffParams([{ a: '1' }, { a: 'x' }])[0].numeric).toEqual([{ delta: 0, ratio: 1 }, undefined])
  })
})

describe('diffParams: shape', () => {
  it('sorts the key union and handles prototype-like keys', () => {
    const rows = diffParams([{ b: '1', toString: 'x' }, { a: '2', constructor: 'y' }])
    expect(rows.map((r) => r.key)).toEqual(['a', 'b', 'constructor', 'toString'])
    expect(rows[2].values).toEqual([undefined, 'y'])
  })
  it('returns [] for no runs', () => expect(diffParams([])).toEqual([]))
  it('diffs 50 runs × 2,000 keys (speed is measured by the benchmark, not here)', () => {
    const runs = Array.from({ length: 50 }, (_, r) => {
      const p: Record<string, string> = {}
      for (let k = 0; k < 2000; k++) p[`group${k % 20}.key${k}`] = k % 10 === 0 ? `[${r % 3}, 'x']` : k % 7 === 0 ? String(r * 1e-3) : 'const'
      return p
    })
    const rows = diffParams(runs)
    expect(rows).toHaveLength(2000)
    expect(rows.filter((r) => r.differs).length).toBe(200 + 286 - 29) // multiples of 10, of 7, minus of 70
  })
  it.each([
    { name: 'identical text', values: ['adam', 'adam', 'adam'], numeric: undefined },
    { name: 'identical number', values: ['3e-3', '3e-3'], numeric: [{ delta: 0, ratio: 1 }, { delta: 0, ratio: 1 }] },
    { name: 'identical zero (no ratio)', values: ['0', '0', '0'], numeric: [{ delta: 0, ratio: null }, { delta: 0, ratio: null }, { delta: 0, ratio: null }] },
  ])('identical rows ($name): all same, numeric like any other row', ({ values, numeric }) => {
    const rows = diffParams(values.map((v) => ({ k: v, other: 'x' })))
    expect(rows[0]).toEqual({ key: 'k', values, kinds: values.map(() => 'same'), differs: false, numeric })
  })
  it('an identical row next to a differing one keeps its own values', () => {
    const rows = diffParams([{ a: '1', b: 'x' }, { a: '1', b: 'y' }, { a: '1', b: 'x' }])
    expect(rows.map((r) => [r.key, r.values, r.kinds, r.differs])).toEqual([
      ['a', ['1', '1', '1'], ['same', 'same', 'same'], false],
      ['b', ['x', 'y', 'x'], ['same', 'changed', 'same'], true],
    ])
  })
  it('ignores inherited members: a key only one run has is missing elsewhere', () => {
    const rows = diffParams([{ a: '1' }, { a: '1', valueOf: '2', __proto__x: '3' }])
    expect(rows.find((r) => r.key === 'valueOf')).toMatchObject({ values: [undefined, '2'], kinds: ['missing', 'added'] })
  })
})

describe('normalizeParam / parseNumericParam', () => {
  it.each([
    ['1e-3', 0.001], [' 2 ', 2], ['-.5', -0.5], ['1e999', undefined], ['0x10', undefined], ['', undefined], ['nan', undefined],
  ] as const)('parseNumericParam(%j) = %j', (s, n) => expect(parseNumericParam(s)).toBe(n))
  it('keeps string "1" and number 1 equal but "abc" distinct from "\'abc\'"', () => {
    expect(normalizeParam('1')).toBe(normalizeParam('1.0'))
    expect(normalizeParam('abc')).not.toBe(normalizeParam("'abc'"))
  })
})

describe('filterRows', () => {
  const rows = diffParams([
    { 'optim.lr': '0.1', 'model.name': 'ResNet50', seed: '1' },
    { 'optim.lr': '0.2', 'model.name': 'resnet50', seed: '1' },
  ])
  it.each([
    [{}, ['model.name', 'optim.lr', 'seed']],
    [{ differencesOnly: true }, ['model.name', 'optim.lr']],
    [{ search: 'LR' }, ['optim.lr']],
    [{ search: 'resnet' }, ['model.name']],
    [{ search: 'model resnet' }, ['model.name']],
    [{ search: 'model 0.2' }, []],
    [{ search: '  ', differencesOnly: true }, ['model.name', 'optim.lr']],
    [{ search: 'seed', differencesOnly: true }, []],
  ])('%j', (filter, keys) => {
    expect(filterRows(rows, filter).map((r) => r.key)).toEqual(keys)
  })
})

describe('paramKeys', () => {
  it('lists own keys once per params object and diffParams agrees with it', () => {
    const a = { x: '1', y: '2' }
    const first = paramKeys(a)
    expect(first).toEqual(['x', 'y'])
    expect(paramKeys(a)).toBe(first)
    expect(paramKeys({ x: '1', y: '2' })).not.toBe(first)
    expect(diffParams([a, { z: '3' }]).map((r) => r.key)).toEqual(['x', 'y', 'z'])
  })
})
