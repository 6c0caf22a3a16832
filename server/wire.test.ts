import { describe, expect, it } from 'vitest'
import { MlflowError } from './errors.ts'
import { isRunIdShape, MAX_DOUBLE, metricValueToWire, newRunId, omitEmpty, parseMetricValue } from './wire.ts'

describe('parseMetricValue', () => {
  it.each([
    [1.5, { value: 1.5, isNan: false }],
    [0, { value: 0, isNan: false }],
    ['0.25', { value: 0.25, isNan: false }],
    ['-3e2', { value: -300, isNan: false }],
    ['NaN', { value: 0, isNan: true }],
    ['nan', { value: 0, isNan: true }],
    ['Infinity', { value: MAX_DOUBLE, isNan: false }],
    ['inf', { value: MAX_DOUBLE, isNan: false }],
    ['-Infinity', { value: -MAX_DOUBLE, isNan: false }],
    [Number.POSITIVE_INFINITY, { value: MAX_DOUBLE, isNan: false }],
    [Number.NaN, { value: 0, isNan: true }],
    ['1e309', { value: MAX_DOUBLE, isNan: false }],
  ])('%j → %j', (raw, want) => {
    expect(parseMetricValue(raw)).toEqual(want)
  })

  it.each([['abc'], [''], [null], [undefined], [true], [{}], ['1,5'], ['0x10']])('rejects %j with INVALID_PARAMETER_VALUE', (raw) => {
    expect(() => parseMetricValue(raw)).toThrow(MlflowError)
    try {
      parseMetricValue(raw)
    } catch (e) {
      expect((e as MlflowError).errorCode).toBe('INVALID_PARAMETER_VALUE')
    }
  })
})

describe('metricValueToWire', () => {
  it('NaN rows → "NaN", stored ±MAX stays a number, JS Infinity is clamped', () => {
    expect(metricValueToWire(0, 1)).toBe('NaN')
    expect(metricValueToWire(Number.NaN, false)).toBe('NaN')
    expect(metricValueToWire(MAX_DOUBLE, 0)).toBe(MAX_DOUBLE)
    expect(metricValueToWire(Number.POSITIVE_INFINITY, 0)).toBe(MAX_DOUBLE)
    expect(metricValueToWire(Number.NEGATIVE_INFINITY, 0)).toBe(-MAX_DOUBLE)
    expect(JSON.stringify({ v: metricValueToWire(MAX_DOUBLE, 0) })).toBe('{"v":1.7976931348623157e+308}')
  })
})

describe('omitEmpty', () => {
  it('drops undefined, null and empty lists; keeps empty strings, zeros and empty objects', () => {
    expect(omitEmpty({ a: undefined, b: null, c: [], d: '', e: 0, f: {}, g: [1] })).toEqual({ d: '', e: 0, f: {}, g: [1] })
  })
})

describe('run ids', () => {
  it('are 32 lowercase hex characters and unique', () => {
    const ids = new Set(Array.from({ length: 1000 }, newRunId))
    expect(ids.size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(isRunIdShape('nope')).toBe(false)
  })
})
