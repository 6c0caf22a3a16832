import { directionHint } from '../../../lib/metric-stats.ts'
import { diffParams } from '../../../lib/param-diff.ts'

export type DeltaRow = { key: string; incumbent: number | null; candidate: number | null; delta: number | null; isBetter: boolean | null }

/**
 * Final-value rows for the metrics both runs logged (system metrics left out): `focus` first,
 * then `val*`/`test*` keys, then the rest, at most `limit`. Delta = candidate − incumbent; NaN
 * or ±Infinity on either side gives no delta. "Better" only for keys whose direction is known.
 */
export function metricDeltaRows(incumbent: Readonly<Record<string, { value: number }>>, candidate: Readonly<Record<string, { value: number }>>, focus: string, limit = 8): DeltaRow[] {
  const keys = [...new Set([...Object.keys(incumbent), ...Object.keys(candidate)])].filter((k) => !k.startsWith('system/'))
  const rank = (k: string) => (k === focus ? 0 : /^(val|test|eval)/i.test(k) ? 1 : 2)
  keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
  return keys.slice(0, limit).map((key) => {
    const i = incumbent[key]?.value ?? null
    const c = candidate[key]?.value ?? null
    const delta = i !== null && c !== null && Number.isFinite(i) && Number.isFinite(c) ? c - i : null
    // Only metrics with a known direction (loss, mAP, accuracy…) get a better/worse colour; lr does not.
    const dir = directionHint(key)
    return { key, incumbent: i, candidate: c, delta, isBetter: delta === null || delta === 0 || dir === null ? null : dir === 'max' ? delta > 0 : delta < 0 }
  })
}

export type ParamsSummary = {
  /** Keys whose values differ (formatting-insensitive), incl. keys only one run has. */
  differing: number
  /** Differing dotted keys (flattened Hydra config: `optim.lr`), first `limit`. */
  hydra: { key: string; from: string; to: string }[]
  /** Differing plain params, first `limit`. */
  plain: { key: string; from: string; to: string }[]
  total: number
}

/** What differs between the incumbent's and the candidate's params, Hydra keys apart. */
export function paramsSummary(incumbent: Readonly<Record<string, string>>, candidate: Readonly<Record<string, string>>, limit = 6): ParamsSummary {
  const rows = diffParams([incumbent, candidate]).filter((r) => r.differs)
  const pick = (isHydra: boolean) =>
    rows.filter((r) => r.key.includes('.') === isHydra).slice(0, limit).map((r) => ({ key: r.key, from: r.values[0] ?? '(absent)', to: r.values[1] ?? '(absent)' }))
  return { differing: rows.length, hydra: pick(true), plain: pick(false), total: new Set([...Object.keys(incumbent), ...Object.keys(candidate)]).size }
}
