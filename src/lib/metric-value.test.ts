import { describe, expect, it } from 'vitest'
import { decodeMetricValue } from './metric-value.ts'

describe('decodeMetricValue', () => {
  it.each([
    [0.5, 0.5],
    [-3, -3],
    ['NaN', NaN],
    ['nan', NaN],
    ['Infinity', Infinity],
    ['+Infinity', Infinity],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['-inf', -Infinity],
    [' 2.5 ', 2.5],
    ['1e3', 1000],
    [1.7976931348623157e308, Infinity],
    [-1.7976931348623157e308, -Infinity],
    ['1.7976931348623157e308', Infinity],
    ['', undefined],
    ['  ', undefined],
    ['abc', undefined],
    [null, undefined],
    [true, undefined],
    [[1], undefined],
  ])('%j → %s', (input, expected) => {
    expect(decodeMetricValue(input)).toEqual(expected)
  })
})
