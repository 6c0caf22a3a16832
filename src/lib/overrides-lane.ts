/**
 * Lines up the Hydra command-line overrides of N runs by key, so the overrides lane can show
 * them side by side with the ones that differ between runs highlighted.
 */
import type { HydraOverride } from './hydra.ts'

export type OverrideLaneRow = {
  /** Override key (`optim.lr`, `model`, `db@backup`). */
  key: string
  /** Per run, the override for this key (the last one when a run repeats a key); undefined if absent. */
  cells: (HydraOverride | undefined)[]
  /**
   * True when runs that have an overrides file disagree: a different op or value, or the key is
   * present in some and absent in others. Runs without an overrides file (`undefined` input) are
   * left out of the comparison.
   */
  differs: boolean
}

/**
 * One row per key over all runs, in first-seen order (baseline first, then each run's own order).
 * `perRun[i]` undefined = run i has no overrides file. Values compare as written, trimmed.
 */
export function alignOverrides(perRun: readonly (readonly HydraOverride[] | undefined)[]): OverrideLaneRow[] {
  const keys: string[] = []
  const maps = perRun.map((list) => {
    if (!list) return undefined
    const m = new Map<string, HydraOverride>()
    for (const o of list) {
      if (!m.has(o.key) && !keys.includes(o.key)) keys.push(o.key)
      m.set(o.key, o)
    }
    return m
  })
  const sig = (o: HydraOverride | undefined) => (o ? `${o.op}\u0000${o.value?.trim() ?? ''}` : '\u0001absent')
  return keys.map((key) => {
    const cells = maps.map((m) => m?.get(key))
    const present = maps.flatMap((m, i) => (m ? [sig(cells[i])] : []))
    return { key, cells, differs: new Set(present).size > 1 }
  })
}
