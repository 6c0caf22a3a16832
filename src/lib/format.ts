/** Unicode minus sign, used for −∞ so it lines up with ∞ in tables. */
const MINUS = '\u2212'

/** Shown for values that cannot be formatted (undefined durations, NaN ratios). */
export const EMPTY_VALUE = '—'

/** Keeps at most `digits` significant digits and drops trailing zeros: 0.50000 → "0.5". */
function trimPrecision(v: number, digits: number): string {
  return String(Number(v.toPrecision(digits)))
}

/**
 * Formats a metric value for tables, tooltips and axis labels.
 *
 * - NaN → `"NaN"`, +Infinity → `"∞"`, −Infinity → `"−∞"` (they are real logged values, so they
 *   are shown, never blanked).
 * - |v| ≥ 1e6 or 0 < |v| < 1e-4 → exponent form with `digits` significant digits, trailing
 *   zeros removed: `1234567` → `"1.235e+6"`, `0.00001234` → `"1.234e-5"`.
 * - Otherwise up to `digits` significant digits (default 4), trailing zeros removed:
 *   `0.123456` → `"0.1235"`. Integers too long for `digits` are rounded, not exponentiated:
 *   `123456.7` → `"123457"`.
 * - `digits` is clamped to 1–17.
 */
export function formatMetricValue(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'NaN'
  if (v === Infinity) return '∞'
  if (v === -Infinity) return `${MINUS}∞`
  if (v === 0) return '0'
  const d = Math.min(17, Math.max(1, Math.round(digits)))
  const abs = Math.abs(v)
  if (abs >= 1e6 || abs < 1e-4) {
    const [mantissa, exp] = v.toExponential(d - 1).split('e')
    return `${String(Number(mantissa))}e${exp}`
  }
  if (abs >= 10 ** d) return String(Math.round(v))
  return trimPrecision(v, d)
}

/**
 * Formats a duration in ms, with two units at most: `450` → `"450 ms"`, `12_300` → `"12.3 s"`,
 * `245_000` → `"4m 5s"`, `11_520_000` → `"3h 12m"`, `187_200_000` → `"2d 4h"`.
 * Negative or non-finite input → `"—"`.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return EMPTY_VALUE
  // Thresholds sit at the rounding edge so 999.6 ms reads "1 s", never "1000 ms".
  if (ms < 999.5) return `${Math.round(ms)} ms`
  if (ms < 59_950) return `${trimPrecision(ms / 1000, 3)} s`
  const totalSeconds = Math.round(ms / 1000)
  const s = totalSeconds % 60
  const totalMinutes = Math.floor(totalSeconds / 60)
  if (totalMinutes < 60) return `${totalMinutes}m ${s}s`
  const m = totalMinutes % 60
  const totalHours = Math.floor(totalMinutes / 60)
  if (totalHours < 24) return `${totalHours}h ${m}m`
  return `${Math.floor(totalHours / 24)}d ${totalHours % 24}h`
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/**
 * Formats a timestamp (ms since the epoch) as `YYYY-MM-DD HH:mm:ss`, sortable and unambiguous.
 * `timeZone` `'local'` (default) uses the browser's zone; `'UTC'` appends ` UTC`.
 * Non-finite input → `"—"`.
 */
export function formatTimestamp(ms: number, timeZone: 'local' | 'UTC' = 'local'): string {
  if (!Number.isFinite(ms)) return EMPTY_VALUE
  const d = new Date(ms)
  if (Number.isNaN(d.getTime())) return EMPTY_VALUE
  const utc = timeZone === 'UTC'
  const date = utc
    ? `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
    : `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`
  const time = utc
    ? `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`
    : `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`
  return utc ? `${date} ${time} UTC` : `${date} ${time}`
}

/**
 * Formats how long ago `ms` was, relative to `now` (both ms since the epoch):
 * < 10 s → `"just now"`, then `"42 s ago"`, `"5 min ago"`, `"3 h ago"`, `"12 d ago"`
 * (floored), and from 30 days on the date `YYYY-MM-DD` (local). Future times read
 * `"in 5 min"`. Non-finite input → `"—"`.
 */
export function formatRelative(ms: number, now: number = Date.now()): string {
  if (!Number.isFinite(ms) || !Number.isFinite(now)) return EMPTY_VALUE
  const diff = now - ms
  const abs = Math.abs(diff)
  if (abs < 10_000) return 'just now'
  if (abs >= 30 * 86_400_000) return formatTimestamp(ms).slice(0, 10)
  const [n, unit] =
    abs < 60_000
      ? [Math.floor(abs / 1000), 's']
      : abs < 3_600_000
        ? [Math.floor(abs / 60_000), 'min']
        : abs < 86_400_000
          ? [Math.floor(abs / 3_600_000), 'h']
          : [Math.floor(abs / 86_400_000), 'd']
  return diff >= 0 ? `${n} ${unit} ago` : `in ${n} ${unit}`
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']

/**
 * Formats a byte count with binary (1024-based) IEC units, 3 significant digits:
 * `512` → `"512 B"`, `1536` → `"1.5 KiB"`, `1_073_741_824` → `"1 GiB"`.
 * Negative or non-finite input → `"—"`.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return EMPTY_VALUE
  let v = bytes
  let u = 0
  while (v >= 1024 && u < BYTE_UNITS.length - 1) {
    v /= 1024
    u++
  }
  // 1023.9 KiB would round to "1020 KiB": fine, 3 significant digits is the contract.
  return `${u === 0 ? Math.round(v) : trimPrecision(v, 3)} ${BYTE_UNITS[u]}`
}

/**
 * Formats a ratio as a multiplier: r ≥ 1 → `"×3"`, `"×1.5"`; 0 < r < 1 → `"÷2"` (that is,
 * 1/r). Factors below 10 keep 2 significant digits, larger ones are rounded: `×12`.
 * r = 0 → `"×0"`; negative, NaN or infinite → `"—"`.
 */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r) || r < 0) return EMPTY_VALUE
  if (r === 0) return '×0'
  const [symbol, factor] = r >= 1 ? ['×', r] : ['÷', 1 / r]
  const text = factor >= 9.95 ? String(Math.round(factor)) : trimPrecision(factor, 2)
  return `${symbol}${text}`
}

const COMPACT_UNITS: Array<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
]

/**
 * Compact number for badges and axis ticks: `950` → `"950"`, `1234` → `"1.2k"`,
 * `15_300` → `"15k"`, `2_500_000` → `"2.5M"`, `3e9` → `"3B"`. Values < 1000 keep up to
 * 3 significant digits. Two significant digits above 1000 (one decimal below 10 of a unit).
 * NaN/±Infinity use {@link formatMetricValue}'s symbols.
 */
export function formatCompact(n: number): string {
  if (!Number.isFinite(n)) return formatMetricValue(n)
  const abs = Math.abs(n)
  for (const [size, suffix] of COMPACT_UNITS) {
    if (abs >= size * 0.9995) {
      const v = n / size
      const text = Math.abs(v) >= 9.95 ? String(Math.round(v)) : trimPrecision(v, 2)
      return `${text}${suffix}`
    }
  }
  return trimPrecision(n, 3)
}

// One formatter for the module: `n.toLocaleString('en-US')` builds an ICU number formatter on
// every call (~0.2 ms each, measured in the compare charts' re-renders).
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })

/** A count with thousands separators, as `toLocaleString('en-US')` writes it: `1234567` → `"1,234,567"`. */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n)
}
