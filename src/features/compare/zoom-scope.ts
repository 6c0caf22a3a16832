import type { XAxisMode } from '../../lib/align-series.ts'

/**
 * Which charts share a zoom (and crosshair) with a chart:
 * - `time`: wall or relative time axes, comparable across every metric: all charts;
 * - `steps`: training metrics on the step axis: all such charts (the zoom kept in the URL);
 * - `system`: only `system/…` metrics on the step axis, whose x is MLflow's sample index of
 *   system metrics, not a training step: synced among themselves, never with step charts;
 * - `chart`: a chart mixing both on the step axis: its own zoom, synced with nothing.
 */
export type ZoomScope = 'time' | 'steps' | 'system' | 'chart'

/** Prefix MLflow gives system metrics (GPU, CPU, memory), sampled on their own clock. */
export const SYSTEM_PREFIX = 'system/'

/** The zoom scope of a chart of `metricKeys` on x axis `x` (see {@link ZoomScope}). */
export function zoomScope(metricKeys: readonly string[], x: XAxisMode): ZoomScope {
  if (x !== 'step') return 'time'
  const system = metricKeys.filter((k) => k.startsWith(SYSTEM_PREFIX)).length
  if (system === 0) return 'steps'
  return system === metricKeys.length ? 'system' : 'chart'
}

/** The echarts `connect` group of a scope (crosshair + zoom sync); none for `chart`. */
export function zoomGroup(scope: ZoomScope, x: XAxisMode): string | undefined {
  if (scope === 'chart') return undefined
  return scope === 'system' ? 'compare-system-samples' : `compare-${x}`
}

/** A note for charts whose zoom is not the shared one, so users know why it did not follow. */
export function zoomScopeNote(scope: ZoomScope): string | undefined {
  if (scope === 'system') return 'x is the sample index of system metrics, not a training step: this chart zooms together with the other system/ charts only.'
  if (scope === 'chart') return 'Mixes system/ metrics (x = sample index) with step metrics: zoom applies to this chart only.'
  return undefined
}
