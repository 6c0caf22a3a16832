import { describe, expect, it } from 'vitest'
import { findHydraFiles, parseHydraYaml, parseOverrides } from './hydra'

describe('findHydraFiles', () => {
  it.each([
    {
      name: 'root .hydra',
      paths: ['.hydra/config.yaml', '.hydra/overrides.yaml', '.hydra/hydra.yaml', 'model/MLmodel'],
      first: { dir: '.hydra', config: '.hydra/config.yaml', overrides: '.hydra/overrides.yaml', hydra: '.hydra/hydra.yaml' },
    },
    { name: 'nested outputs', paths: ['outputs/2024-01-01/12-00-00/.hydra/config.yaml'], first: { dir: 'outputs/2024-01-01/12-00-00/.hydra', config: 'outputs/2024-01-01/12-00-00/.hydra/config.yaml' } },
    { name: 'hydra/ folder', paths: ['hydra/config.yaml', 'hydra/overrides.yaml'], first: { dir: 'hydra', config: 'hydra/config.yaml', overrides: 'hydra/overrides.yaml' } },
    { name: 'config/ folder', paths: ['config/config.yml'], first: { dir: 'config', config: 'config/config.yml' } },
    { name: 'any folder with config+overrides', paths: ['run/config.yaml', 'run/overrides.yaml'], first: { dir: 'run', config: 'run/config.yaml', overrides: 'run/overrides.yaml' } },
    { name: 'random config.yaml is ignored', paths: ['model/config.yaml', 'config.yaml'], first: undefined },
    { name: '.hydra beats hydra/ and shallow beats deep', paths: ['hydra/config.yaml', 'a/b/.hydra/config.yaml', 'a/.hydra/config.yaml'], first: { dir: 'a/.hydra', config: 'a/.hydra/config.yaml' } },
    { name: 'normalises ./ and backslashes', paths: ['./.hydra\\config.yaml'], first: { dir: '.hydra', config: '.hydra/config.yaml' } },
    { name: 'skips directories and near misses', paths: [{ path: '.hydra/config.yaml', isDir: true }, '.hydra/config.yaml.bak', '.hydra/myconfig.yaml'], first: undefined },
    { name: 'prefers .yaml over .yml', paths: ['.hydra/config.yaml', '.hydra/config.yml'], first: { dir: '.hydra', config: '.hydra/config.yaml' } },
  ])('$name', ({ paths, first }) => {
    expect(findHydraFiles(paths)[0]).toEqual(first)
  })
})

describe('parseHydraYaml', () => {
  it.each([
    ['a: 1\nb: [x, y]\n', { a: 1, b: ['x', 'y'] }],
    ['lr: 1e-3\nflag: yes\nn: no\noct: 010\n', { lr: 0.001, flag: 'yes', n: 'no', oct: 10 }],
    ['path: ${hydra:runtime.cwd}/data\nref: ${model.lr}\n', { path: '${hydra:runtime.cwd}/data', ref: '${model.lr}' }],
    ['x: ~\ny: null\nz: .nan\n', { x: null, y: null, z: NaN }],
    ['', null],
    ['date: 2024-01-01\n', { date: '2024-01-01' }],
    ['obj: !!python/object:os.system ls\n', { obj: 'ls' }],
  ])('%j', (text, value) => {
    expect(parseHydraYaml(text)).toEqual({ ok: true, value })
  })

  it.each([
    ['a: 1\na: 2\n', 2, 1],
    ['a: [1, 2\n', 2, 1],
    ['a:\n  b: 1\n c: 2\n', 3, 1],
  ])('reports errors with position for %j', (text, line, column) => {
    const r = parseHydraYaml(text)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.line).toBe(line)
      expect(r.column).toBe(column)
      expect(r.message).not.toMatch(/line \d/)
      expect(r.message.length).toBeGreaterThan(0)
    }
  })

  it('refuses alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n')
    expect(parseHydraYaml(bomb).ok).toBe(false)
  })
})

describe('parseOverrides', () => {
  it.each([
    [['model.lr=0.01'], [{ key: 'model.lr', value: '0.01', op: '=' }]],
    [['+trainer.gpus=2'], [{ key: 'trainer.gpus', value: '2', op: '+' }]],
    [['++seed=1'], [{ key: 'seed', value: '1', op: '++' }]],
    [['~callbacks'], [{ key: 'callbacks', value: undefined, op: '~' }]],
    [['~db=mysql'], [{ key: 'db', value: 'mysql', op: '~' }]],
    [['db@backup=mysql'], [{ key: 'db@backup', value: 'mysql', op: '=' }]],
    [['lr=0.1,0.01'], [{ key: 'lr', value: '0.1,0.01', op: '=' }]],
    [['tags=[a,b]', 'x=a=b'], [{ key: 'tags', value: '[a,b]', op: '=' }, { key: 'x', value: 'a=b', op: '=' }]],
    [['name='], [{ key: 'name', value: '', op: '=' }]],
    [['noequals', 42, null, '=1', ''], []],
  ])('%j', (input, expected) => {
    expect(parseOverrides(input).map(({ key, value, op }) => ({ key, value, op }))).toEqual(expected)
  })
  it('ignores non-lists', () => {
    expect(parseOverrides({ a: 1 })).toEqual([])
    expect(parseOverrides(null)).toEqual([])
  })
})
