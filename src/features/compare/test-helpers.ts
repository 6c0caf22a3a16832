import { columnsFromPoints } from '../../api/metric-columns.ts'
import type { MetricPoint } from '../../api/types.ts'
import type { HistoryView, OverlayRun } from './overlay-lines.ts'

/** A run for tests: name = id, colour by index, baseline when first. */
export function testRun(runId: string, extra: Partial<OverlayRun> = {}): OverlayRun {
  return { runId, name: runId, color: '#3b82f6', isBaseline: false, startTime: 0, params: {}, tags: {}, attributes: {}, ...extra }
}

/** Points at steps 0..n-1 (timestamp = 1000·step) with values from `f`. */
export function pts(values: readonly number[], step0 = 0): MetricPoint[] {
  return values.map((value, i) => ({ step: step0 + i, timestamp: (step0 + i) * 1000, value }))
}

/** A history lookup from a plain table `{ runId: { key: points } }` (all full). */
export function historyFrom(table: Record<string, Record<string, MetricPoint[]>>): (runId: string, key: string) => HistoryView | undefined {
  return (runId, key) => {
    const points = table[runId]?.[key]
    return { columns: columnsFromPoints(points ?? []), isFull: true }
  }
}
