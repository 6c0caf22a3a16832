import { describe, expect, it } from 'vitest'
import { MlflowError } from './errors.ts'
import { int64, parseExperimentId, parseViewType, validateBatchLimits, validateKey, validateMaxResults } from './validation.ts'

const code = (f: () => unknown) => {
  try {
    f()
    return 'ok'
  } catch (e) {
    return e instanceof MlflowError ? e.errorCode : 'other'
  }
}

describe('validateKey', () => {
  it.each([
    ['loss', 'ok'],
    ['system/gpu_0_utilization_percentage', 'ok'],
    ['<script>alert(1)</script>', 'ok'],
    ["it's; DROP TABLE", 'ok'],
    ['k'.repeat(250), 'ok'],
    ['k'.repeat(251), 'INVALID_PARAMETER_VALUE'],
    ['', 'INVALID_PARAMETER_VALUE'],
    ['../etc', 'INVALID_PARAMETER_VALUE'],
    ['/abs', 'INVALID_PARAMETER_VALUE'],
    ['a//b', 'INVALID_PARAMETER_VALUE'],
    ['a/./b', 'INVALID_PARAMETER_VALUE'],
    ['.', 'INVALID_PARAMETER_VALUE'],
    ['trailing/', 'INVALID_PARAMETER_VALUE'],
  ])('%j → %s', (key, want) => {
    expect(code(() => validateKey('metric', key))).toBe(want)
  })
})

describe('numbers and enums', () => {
  it.each([
    [() => parseExperimentId('12'), 'ok'],
    [() => parseExperimentId('abc'), 'INVALID_PARAMETER_VALUE'],
    [() => parseExperimentId('-1'), 'INVALID_PARAMETER_VALUE'],
    [() => parseExperimentId(' 1'), 'INVALID_PARAMETER_VALUE'],
    [() => int64('42', 'step'), 'ok'],
    [() => int64(1.5, 'step'), 'INVALID_PARAMETER_VALUE'],
    [() => int64(undefined, 'timestamp'), 'INVALID_PARAMETER_VALUE'],
    [() => validateMaxResults(undefined, 50000), 'INVALID_PARAMETER_VALUE'],
    [() => validateMaxResults(50000, 50000), 'ok'],
    [() => validateMaxResults(50001, 50000), 'INVALID_PARAMETER_VALUE'],
    [() => validateBatchLimits(1000, 0, 0), 'ok'],
    [() => validateBatchLimits(900, 100, 1), 'INVALID_PARAMETER_VALUE'],
    [() => parseViewType('2', 'view_type'), 'ok'],
    [() => parseViewType('SOME', 'view_type'), 'INVALID_PARAMETER_VALUE'],
  ])('case %#', (f, want) => {
    expect(code(f)).toBe(want)
  })

  it('defaults and mappings', () => {
    expect(int64(undefined, 'step', 0)).toBe(0)
    expect(validateMaxResults(undefined, 50000, 1000)).toBe(1000)
    expect(parseViewType(undefined, 'v')).toBe('ACTIVE_ONLY')
    expect(parseViewType('3', 'v')).toBe('ALL')
  })
})
