import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { id, int64, keyValue, keyValueMap, list, metricValue, pageToken } from './common.ts'
import { issueMessage } from './issue-message.ts'

describe('metricValue', () => {
  it.each([
    [0.5, 0.5],
    [0, 0],
    [-3, -3],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    [1.7976931348623157e308, Infinity],
    [-1.7976931348623157e308, -Infinity],
    ['1.7976931348623157e+308', Infinity],
    ['2.5', 2.5],
    [1.7976931348623155e308, 1.7976931348623155e308],
  ] as const)('%s → %s', (raw, expected) => {
    expect(metricValue.parse(raw)).toBe(expected)
  })

  it.each(['abc', '', true, null])('rejects %s', (raw) => {
    expect(metricValue.safeParse(raw).success).toBe(false)
  })
})

describe('int64 and ids', () => {
  it.each([
    [1715016957000, 1715016957000],
    ['1715016957000', 1715016957000],
    ['-5', -5],
  ] as const)('int64 %s → %s', (raw, expected) => expect(int64.parse(raw)).toBe(expected))

  it.each(['1.5e3', 'abc', ''])('int64 rejects %s', (raw) => expect(int64.safeParse(raw).success).toBe(false))

  it.each([
    ['1', '1'],
    [7, '7'],
  ] as const)('id %s → %s', (raw, expected) => expect(id.parse(raw)).toBe(expected))
})

describe('keyValueMap and pageToken', () => {
  it.each([
    [undefined, {}],
    [[], {}],
    [[{ key: 'a', value: '1' }, { key: 'b' }], { a: '1', b: '' }],
  ] as const)('%j → %j', (raw, expected) => expect(keyValueMap.parse(raw)).toEqual(expected))

  // keyValueMap checks entries in a loop instead of zod's per-entry object schema: it must accept,
  // reject and point at the same field as `list(keyValue)` does.
  const reference = list(keyValue)
  const firstIssue = (schema: z.ZodMiniType, raw: unknown) => {
    const r = z.object({ params: schema }).safeParse({ params: raw }, { error: issueMessage })
    return r.success ? null : `${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`
  }
  it.each([
    [[{ key: 'a', value: '1' }, { key: 7, value: '2' }], 'params.1.key: expected string, received number'],
    [[{ key: 'a', value: 3 }], 'params.0.value: expected string, received number'],
    [[{ key: 'a', value: null }], 'params.0.value: expected string, received null'],
    [[{ value: 'x' }], 'params.0.key: expected string, received undefined'],
    [['a'], 'params.0: expected object, received string'],
    [[null], 'params.0: expected object, received null'],
    [{ key: 'a', value: '1' }, 'params: expected array, received object'],
    ['a=1', 'params: expected array, received string'],
    [[{ key: 'a', value: '1', extra: true }], null],
  ] as const)('%j → %s (as list(keyValue))', (raw, expected) => {
    expect(firstIssue(keyValueMap, raw)).toBe(expected)
    expect(firstIssue(reference, raw)).toBe(expected)
  })

  it.each([
    [undefined, undefined],
    ['', undefined],
    ['eyJvZmZzZXQiOiAzfQ==', 'eyJvZmZzZXQiOiAzfQ=='],
  ] as const)('token %j → %j', (raw, expected) => expect(pageToken.parse(raw)).toBe(expected))
})
