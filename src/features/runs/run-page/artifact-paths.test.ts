import { describe, expect, it } from 'vitest'
import { ancestorDirs, baseName, isWithin, prettyJson } from './artifact-paths.ts'

describe('artifact paths', () => {
  it.each([
    ['', [], ''],
    ['train.log', [], 'train.log'],
    ['.hydra/config.yaml', ['.hydra'], 'config.yaml'],
    ['model/data/weights.bin', ['model', 'model/data'], 'weights.bin'],
  ])('%j', (path, ancestors, base) => {
    expect(ancestorDirs(path)).toEqual(ancestors)
    expect(baseName(path)).toBe(base)
  })

  it.each([
    ['a/b', '', true],
    ['a/b', 'a', true],
    ['a', 'a', true],
    ['ab/c', 'a', false],
    ['b', 'a', false],
  ])('isWithin(%j, %j) = %j', (path, dir, expected) => {
    expect(isWithin(path, dir)).toBe(expected)
  })
})

describe('prettyJson', () => {
  it.each([
    ['{"a":1,"b":[1,2]}', { ok: true, text: '{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ]\n}' }],
    ['"x"', { ok: true, text: '"x"' }],
    ['{"a":1}\n{"a":2}\n', { ok: true, text: '{"a":1}\n{"a":2}\n' }],
  ])('%j', (text, expected) => {
    expect(prettyJson(text)).toEqual(expected)
  })
  it('reports the parse error of broken JSON', () => {
    const r = prettyJson('{"a": }')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/JSON|Unexpected/)
  })
})
