import { describe, expect, it } from 'vitest'
import { formatBytes, formatCompact, formatCount, formatDuration, formatMetricValue, formatRatio, formatRelative, formatTimestamp } from './format.ts'

describe('formatMetricValue', () => {
  it.each<[number, number | undefined, string]>([
    [NaN, undefined, 'NaN'],
    [Infinity, undefined, '∞'],
    [-Infinity, undefined, '\u2212∞'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [1, undefined, '1'],
    [0.5, undefined, '0.5'],
    [0.123456, undefined, '0.1235'],
    [-0.123456, undefined, '-0.1235'],
    [3.14159, 2, '3.1'],
    [1234.5678, undefined, '1235'],
    [123456.7, undefined, '123457'],
    [999999, undefined, '999999'],
    [1234567, undefined, '1.235e+6'],
    [1e6, undefined, '1e+6'],
    [-2.5e9, undefined, '-2.5e+9'],
    [0.0001, undefined, '0.0001'],
    [0.00001234, undefined, '1.234e-5'],
    [1.5e-300, undefined, '1.5e-300'],
    [0.1 + 0.2, undefined, '0.3'],
    [2 / 3, 0, '0.7'], // digits clamp to ≥ 1
  ])('%s (digits %s) → %s', (v, digits, want) => {
    expect(formatMetricValue(v, digits)).toBe(want)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [450, '450 ms'],
    [999.4, '999 ms'],
    [999.6, '1 s'],
    [1_000, '1 s'],
    [12_300, '12.3 s'],
    [59_940, '59.9 s'],
    [59_960, '1m 0s'],
    [119_700, '2m 0s'],
    [60_000, '1m 0s'],
    [245_000, '4m 5s'],
    [3_600_000, '1h 0m'],
    [11_520_000, '3h 12m'],
    [86_400_000, '1d 0h'],
    [187_200_000, '2d 4h'],
    [-1, '—'],
    [NaN, '—'],
    [Infinity, '—'],
  ])('%s ms → %s', (ms, want) => {
    expect(formatDuration(ms)).toBe(want)
  })
})

describe('formatTimestamp', () => {
  it.each([
    [0, '1970-01-01 00:00:00 UTC'],
    [1_700_000_000_000, '2023-11-14 22:13:20 UTC'],
    [Date.UTC(2024, 1, 29, 5, 6, 7, 890), '2024-02-29 05:06:07 UTC'],
    [NaN, '—'],
    [8.64e15 + 1, '—'], // beyond the Date range
  ])('%s → %s', (ms, want) => {
    expect(formatTimestamp(ms, 'UTC')).toBe(want)
  })

  it('local form has the same shape', () => {
    expect(formatTimestamp(1_700_000_000_000)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })
})

describe('formatRelative', () => {
  const now = Date.UTC(2025, 0, 31, 12, 0, 0)
  it.each([
    [now, 'just now'],
    [now - 9_999, 'just now'],
    [now - 42_000, '42 s ago'],
    [now - 5 * 60_000, '5 min ago'],
    [now - 3 * 3_600_000 - 59_000, '3 h ago'],
    [now - 12 * 86_400_000, '12 d ago'],
    [now + 5 * 60_000, 'in 5 min'],
    [NaN, '—'],
  ])('%s → %s', (ms, want) => {
    expect(formatRelative(ms, now)).toBe(want)
  })

  it('falls back to the date after 30 days', () => {
    expect(formatRelative(now - 40 * 86_400_000, now)).toMatch(/^2024-12-2[123]$/) // local zone
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [10 * 1024 * 1024, '10 MiB'],
    [1_073_741_824, '1 GiB'],
    [1.5 * 1024 ** 5, '1.5 PiB'],
    [1024 ** 6, '1020 PiB'], // largest unit, 3 significant digits
    [-1, '—'],
    [NaN, '—'],
  ])('%s → %s', (bytes, want) => {
    expect(formatBytes(bytes)).toBe(want)
  })
})

describe('formatRatio', () => {
  it.each([
    [3, '×3'],
    [1, '×1'],
    [1.5, '×1.5'],
    [1.234, '×1.2'],
    [12.4, '×12'],
    [0.5, '÷2'],
    [0.25, '÷4'],
    [0.4, '÷2.5'],
    [0.001, '÷1000'],
    [0, '×0'],
    [-2, '—'],
    [NaN, '—'],
    [Infinity, '—'],
  ])('%s → %s', (r, want) => {
    expect(formatRatio(r)).toBe(want)
  })
})

describe('formatCompact', () => {
  it.each([
    [0, '0'],
    [950, '950'],
    [999, '999'],
    [12.345, '12.3'],
    [1234, '1.2k'],
    [15_300, '15k'],
    [999_999, '1M'],
    [2_500_000, '2.5M'],
    [3e9, '3B'],
    [4.2e12, '4.2T'],
    [-1234, '-1.2k'],
    [NaN, 'NaN'],
    [-Infinity, '\u2212∞'],
  ])('%s → %s', (n, want) => {
    expect(formatCompact(n)).toBe(want)
  })
})

describe('formatCount', () => {
  it.each([0, 7, 999, 1000, 1234567, 50_000_000, -4321, 12.5])('%d as toLocaleString("en-US") writes it', (n) => {
    expect(formatCount(n)).toBe(n.toLocaleString('en-US'))
  })
  it('writes thousands separators', () => {
    expect(formatCount(2_000_000)).toBe('2,000,000')
  })
})
