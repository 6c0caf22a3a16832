import { describe, expect, it } from 'vitest'
import { id, int64, keyValueMap, metricValue, pageToken } from './common.ts'

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

  it.each([
    [undefined, undefined],
    ['', undefined],
    ['eyJvZmZzZXQiOiAzfQ==', 'eyJvZmZzZXQiOiAzfQ=='],
  ] as const)('token %j → %j', (raw, expected) => expect(pageToken.parse(raw)).toBe(expected))
})
