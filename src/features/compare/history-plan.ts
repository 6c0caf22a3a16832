import { BULK_INTERVAL_MAX_RUNS, BULK_TOTAL_POINTS_CAP, chunk } from '../../api/metrics.ts'
import type { ServerCapabilities } from '../../api/types.ts'

/** What the plan needs to know about a run. */
export type PlanRun = {
  runId: string
  isFinished: boolean
  /** Latest step per metric key (from runs/get); a key absent here has no history. */
  latestSteps: Record<string, number>
}

/** One request the compare view makes. */
export type HistoryFetch =
  /** 3.x fast first paint: get-history-bulk-interval, ≤ 100 runs, a few hundred points each. */
  | { kind: 'preview'; metricKey: string; runIds: string[]; isFinished: boolean }
  /** 2.x: get-history-bulk, ≤ 20 runs whose points fit the 25,000 total cap together. */
  | { kind: 'bulk'; metricKey: string; runIds: string[]; isFinished: boolean }
  /** Paged get-history of one run (full resolution). */
  | { kind: 'history'; metricKey: string; runIds: [string]; isFinished: boolean }

/** Points per run asked from bulk-interval for the first paint. */
export const PREVIEW_POINTS = 400

/** Rough point count of a run's metric: steps 0..latest, one point per step. */
export function estimatePoints(run: PlanRun, key: string): number {
  const step = run.latestSteps[key]
  return step === undefined ? 0 : Math.max(1, step + 1)
}

/**
 * The fetches for runs × metric keys. Runs without the key (no latest value) are skipped.
 * - With get-history-bulk-interval (3.x): a preview per ≤100 runs, then paged get-history per
 *   run (one failing run fails alone). With `previewRunIds` (the linked runs, known before
 *   runs/get answers) previews cover exactly those ids, so they can start at once and keep
 *   the same query key when `runs` arrive.
 * - Without it (2.x): get-history-bulk in chunks of ≤ `bulkMaxRuns` runs while the estimated
 *   total stays under the 25,000-point cap; runs too long for that get paged get-history.
 */
export function planHistoryFetches(runs: readonly PlanRun[], metricKeys: readonly string[], caps: ServerCapabilities, previewRunIds?: readonly string[]): HistoryFetch[] {
  const previews: HistoryFetch[] = []
  const full: HistoryFetch[] = []
  for (const key of metricKeys) {
    const withKey = runs.filter((r) => r.latestSteps[key] !== undefined)
    if (caps.bulkInterval) {
      if (previewRunIds) {
        // Before runs/get answers: every linked run (bulk-interval skips runs without the key).
        // A preview is replaced by full histories and never refreshed, hence "finished".
        for (const ids of chunk(previewRunIds, BULK_INTERVAL_MAX_RUNS)) previews.push({ kind: 'preview', metricKey: key, runIds: ids, isFinished: true })
      } else {
        for (const ids of chunk(withKey, BULK_INTERVAL_MAX_RUNS)) {
          previews.push({ kind: 'preview', metricKey: key, runIds: ids.map((r) => r.runId), isFinished: ids.every((r) => r.isFinished) })
        }
      }
      for (const r of withKey) full.push({ kind: 'history', metricKey: key, runIds: [r.runId], isFinished: r.isFinished })
      continue
    }
    let batch: PlanRun[] = []
    let points = 0
    const flush = () => {
      if (batch.length > 0) full.push({ kind: 'bulk', metricKey: key, runIds: batch.map((r) => r.runId), isFinished: batch.every((r) => r.isFinished) })
      batch = []
      points = 0
    }
    for (const r of withKey) {
      const n = estimatePoints(r, key)
      if (n > BULK_TOTAL_POINTS_CAP / 2) {
        full.push({ kind: 'history', metricKey: key, runIds: [r.runId], isFinished: r.isFinished })
        continue
      }
      if (batch.length >= caps.bulkMaxRuns || points + n > BULK_TOTAL_POINTS_CAP) flush()
      batch.push(r)
      points += n
    }
    flush()
  }
  return [...previews, ...full]
}
