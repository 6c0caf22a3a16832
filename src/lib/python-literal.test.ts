import { describe, expect, it } from 'vitest'
import { canonicalize, looksStructured, parsePythonLiteral, prettyValue, type LiteralValue } from './python-literal'

describe('parsePythonLiteral', () => {
  const ok: [string, LiteralValue][] = [
    ["['hflip', 'mosaic']", ['hflip', 'mosaic']],
    ['["hflip","mosaic"]', ['hflip', 'mosaic']],
    ["{'a': 1, 'b': True, 'c': None}", { a: 1, b: true, c: null }],
    ['{"a": 1, "b": true, "c": null}', { a: 1, b: true, c: null }],
    ['(1, 2)', [1, 2]],
    ['(1,)', [1]],
    ['()', []],
    ['{}', {}],
    ['{1, 2}', [1, 2]],
    ['[1, 2,]', [1, 2]],
    ['3e-3', 0.003],
    ['-1_000', -1000],
    ['.5', 0.5],
    ['-inf', -Infinity],
    ["'it\\'s'", "it's"],
    ['"tab\\tx\\u00e9"', 'tab\tx\u00e9'],
    ["{1: 'a', None: 'b'}", { '1': 'a', null: 'b' }],
    ['  [ [1, [2]], {"k": (3, 4)} ]  ', [[1, [2]], { k: [3, 4] }]],
    ['"a]b,c"', 'a]b,c'],
  ]
  it.each(ok)('parses %s', (text, expected) => {
    const r = parsePythonLiteral(text)
    expect(r).toEqual({ ok: true, value: expected })
  })

  it('parses nan', () => {
    const r = parsePythonLiteral('nan')
    expect(r.ok && Number.isNaN(r.value)).toBe(true)
  })

  const bad: [string, string][] = [
    ['', 'unexpected end'],
    ['resnet50', "unknown name 'resnet50'"],
    ["['a', 'b'", "expected ',' or ']'"],
    ["'abc", 'unterminated string'],
    ['{"a" 1}', "expected ',' or '}'"],
    ['[1] x', 'unexpected trailing text'],
    ['__import__("os")', "unknown name '__import__'"],
    ['{[1]: 2}', 'unhashable dict key'],
    ['1j', 'complex numbers are not supported'],
    ['3+4j', 'unexpected trailing text'],
    ['-True', "unknown name '-True'"],
    ['[' .repeat(500), 'nesting too deep'],
  ]
  it.each(bad)('rejects %s', (text, message) => {
    const r = parsePythonLiteral(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toBe(message)
  })
})

describe('canonicalize', () => {
  const equal: [string, string][] = [
    ["{'b': 2, 'a': [1.0, 'x']}", '{"a": [1, "x"], "b": 2}'],
    ['(1, 2)', '[1,2]'],
    ['1e-3', '0.001'],
    ["{'c': None, 'b': True}", '{"b": true, "c": null}'],
  ]
  it.each(equal)('%s ≡ %s', (a, b) => {
    const pa = parsePythonLiteral(a)
    const pb = parsePythonLiteral(b)
    if (!pa.ok || !pb.ok) throw new Error('parse failed')
    expect(canonicalize(pa.value)).toBe(canonicalize(pb.value))
  })
  const different: [LiteralValue, LiteralValue][] = [
    [[1, 2], [2, 1]],
    [{ a: 1 }, { a: '1' }],
    [true, 1],
    [null, 'None'],
  ]
  it.each(different)('%j ≠ %j', (a, b) => {
    expect(canonicalize(a)).not.toBe(canonicalize(b))
  })
})

describe('looksStructured', () => {
  it.each([
    ['[1]', true], ['  {', true], ['(1,)', true], ['abc', false], ['', false], ['1.0', false],
  ] as const)('%s → %s', (text, expected) => expect(looksStructured(text)).toBe(expected))
})

describe('prettyValue', () => {
  it.each([
    [{ a: 1, b: [1, 2] }, 60, '{"a": 1, "b": [1, 2]}'],
    [{ a: 'x'.repeat(10), b: [1, 2] }, 20, '{\n  "a": "xxxxxxxxxx",\n  "b": [1, 2]\n}'],
    [[NaN, Infinity, null], 60, '[NaN, Infinity, null]'],
    [[], 0, '[]'],
    ['plain', 0, '"plain"'],
  ] as [LiteralValue, number, string][])('%j @%i', (value, width, expected) => {
    expect(prettyValue(value, width)).toBe(expected)
  })
})

describe('parsePythonLiteral: hostile nesting', () => {
  it('parses 150 nested dicts/sets in linear time', () => {
    const t0 = performance.now()
    const sets = parsePythonLiteral('{'.repeat(150) + '1' + '}'.repeat(150))
    const dicts = parsePythonLiteral("{'a': ".repeat(150) + '1' + '}'.repeat(150))
    expect(sets.ok && dicts.ok).toBe(true)
    expect(performance.now() - t0).toBeLessThan(200)
  })
  it.each([
    ['{1, 2, 3}', [1, 2, 3]],
    ['{1,}', [1]],
    ["{'a': 1,}", { a: 1 }],
    ["{'a': 1, 'b': {'c': {2}}}", { a: 1, b: { c: [2] } }],
  ] as [string, LiteralValue][])('%s', (text, value) => expect(parsePythonLiteral(text)).toEqual({ ok: true, value }))
  it.each(['{1: 2, 3}', '{1, 2: 3}', '{1 2}'])('rejects %s', (text) => expect(parsePythonLiteral(text).ok).toBe(false))
})
