import { functionalUpdate, type ColumnPinningState, type ColumnSizingState, type Updater } from '@tanstack/react-table'
import { useCallback, useState } from 'react'
import * as z from 'zod/mini'

/** How a metric column summarises a run's history: the latest value (from runs/search) or an aggregate. */
export type MetricAgg = { kind: 'last' } | { kind: 'min' } | { kind: 'max' } | { kind: 'step'; step: number }

export type RunsTablePrefs = {
  /** Chosen column ids in display order; null = never chosen (defaults derived from the data). */
  columns: string[] | null
  pinning: ColumnPinningState
  sizing: ColumnSizingState
  /** Metric key → aggregate; absent = last value. */
  metricAgg: Record<string, MetricAgg>
}

const aggSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('last') }),
  z.object({ kind: z.literal('min') }),
  z.object({ kind: z.literal('max') }),
  z.object({ kind: z.literal('step'), step: z.int().check(z.nonnegative()) }),
])
const prefsSchema = z.object({
  columns: z.catch(z.nullable(z.array(z.string()).check(z.maxLength(2000))), null),
  pinning: z.catch(z.object({ start: z.array(z.string()).check(z.maxLength(200)), end: z.array(z.string()).check(z.maxLength(200)) }), { start: [], end: [] }),
  sizing: z.catch(z.record(z.string(), z.number().check(z.gte(40), z.lte(2000))), {}),
  metricAgg: z.catch(z.record(z.string(), aggSchema), {}),
})

export const DEFAULT_PREFS: RunsTablePrefs = { columns: null, pinning: { start: [], end: [] }, sizing: {}, metricAgg: {} }

/** localStorage key: one entry per experiment (or per set of experiments viewed together). */
export function prefsStorageKey(experimentIds: readonly string[]): string {
  return `runlens:runs-table:v1:${[...experimentIds].sort().join(',')}`
}

function read(key: string): RunsTablePrefs {
  try {
    const raw = window.localStorage.getItem(key)
    if (!raw) return DEFAULT_PREFS
    const parsed = prefsSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : DEFAULT_PREFS
  } catch {
    // Storage disabled (private mode) or corrupt JSON: fall back to defaults.
    return DEFAULT_PREFS
  }
}

function write(key: string, prefs: RunsTablePrefs) {
  try {
    window.localStorage.setItem(key, JSON.stringify(prefs))
  } catch {
    // Quota exceeded or storage disabled: preferences then last for this page view only.
  }
}

/**
 * Column choices of the run table, remembered per experiment in localStorage (not in the URL:
 * they are personal, not part of what a link shows). Setters accept TanStack `Updater`s so
 * they plug straight into `onColumnSizingChange` / `onColumnPinningChange`.
 */
export function useRunsTablePrefs(experimentIds: readonly string[]) {
  const key = prefsStorageKey(experimentIds)
  const [state, setState] = useState(() => ({ key, prefs: read(key) }))
  // Switching experiments: re-read during render (no effect), the React-documented pattern.
  const current = state.key === key ? state : { key, prefs: read(key) }
  if (current !== state) setState(current)
  const prefs = current.prefs

  const update = useCallback(
    (fn: (p: RunsTablePrefs) => RunsTablePrefs) => {
      setState((s) => {
        const base = s.key === key ? s.prefs : read(key)
        const next = fn(base)
        write(key, next)
        return { key, prefs: next }
      })
    },
    [key],
  )
  const setColumns = useCallback((u: Updater<string[]>, fallback: string[]) => update((p) => ({ ...p, columns: functionalUpdate(u, p.columns ?? fallback) })), [update])
  const setPinning = useCallback((u: Updater<ColumnPinningState>) => update((p) => ({ ...p, pinning: functionalUpdate(u, p.pinning) })), [update])
  const setSizing = useCallback((u: Updater<ColumnSizingState>) => update((p) => ({ ...p, sizing: functionalUpdate(u, p.sizing) })), [update])
  const setMetricAgg = useCallback(
    (metricKey: string, agg: MetricAgg) =>
      update((p) => {
        const metricAgg = { ...p.metricAgg }
        if (agg.kind === 'last') delete metricAgg[metricKey]
        else metricAgg[metricKey] = agg
        return { ...p, metricAgg }
      }),
    [update],
  )
  const reset = useCallback(() => update(() => DEFAULT_PREFS), [update])
  return { prefs, setColumns, setPinning, setSizing, setMetricAgg, reset }
}
