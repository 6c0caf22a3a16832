/**
 * A metric value as MLflow sends it: a JSON number, or a string for values JSON cannot hold
 * ("NaN", "Infinity", "-Infinity"; Python spellings "nan"/"inf" too) or a numeric string.
 * Python's float max (1.7976931348623157e308) stands for infinity on some servers, so
 * |value| ≥ Number.MAX_VALUE decodes to ±Infinity. Returns undefined for anything else
 * (empty or non-numeric strings, other types).
 */
export function decodeMetricValue(v: unknown): number | undefined {
  let n: number | undefined
  if (typeof v === 'number') n = v
  else if (typeof v === 'string') n = decodeNumericString(v)
  if (n === undefined) return undefined
  if (n >= Number.MAX_VALUE) return Infinity
  if (n <= -Number.MAX_VALUE) return -Infinity
  return n
}

function decodeNumericString(s: string): number | undefined {
  const t = s.trim()
  if (t === 'NaN' || t === 'nan') return NaN
  if (t === 'Infinity' || t === 'inf' || t === '+Infinity') return Infinity
  if (t === '-Infinity' || t === '-inf') return -Infinity
  if (t === '') return undefined
  const n = Number(t)
  return Number.isNaN(n) ? undefined : n
}
