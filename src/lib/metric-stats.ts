import type { SeriesPoint } from './series.ts'

/** Which way a metric improves: `min` (loss) or `max` (accuracy). */
export type Direction = 'min' | 'max'

const MIN_WORDS = new Set([
  'loss', 'error', 'err', 'wer', 'cer', 'perplexity', 'ppl', 'mae', 'mse', 'rmse', 'mape', 'nll',
  'cost', 'time', 'latency', 'duration', 'fid', 'eer', 'regret',
])
const MAX_WORDS = new Set([
  'acc', 'accuracy', 'map', 'iou', 'miou', 'f1', 'precision', 'recall', 'auc', 'auroc', 'auprc',
  'dice', 'bleu', 'rouge', 'score', 'ap', 'ndcg', 'psnr', 'ssim', 'r2', 'reward', 'return', 'top1', 'top5',
])

/**
 * Known direction of a metric from its name, or null when no word part is recognised.
 *
 * The key is split into word parts on any non-alphanumeric character (`train/loss`,
 * `val_mAP50`, `f1-score`, `recall@5`) and on lower→Upper camelCase boundaries (`valLoss`).
 * Each part is matched case-insensitively, as is and with trailing digits removed
 * (`mAP50` → `map`, `top1` stays `top1`). The **last** recognised part wins, because
 * the metric noun usually comes last: `accuracy_loss` → min, `loss_time` → min,
 * `eval/bleu` → max.
 */
export function directionHint(metricKey: string): Direction | null {
  let found: Direction | null = null
  for (const token of metricKey.split(/[^A-Za-z0-9]+/)) {
    if (!token) continue
    // The whole token (`mAP50`) beats its camelCase pieces; among pieces the last one wins.
    const dir = wordDirection(token) ?? lastDirection(token.split(/(?<=[a-z0-9])(?=[A-Z][a-z])/))
    if (dir) found = dir
  }
  return found
}

function wordDirection(word: string): Direction | null {
  const lower = word.toLowerCase()
  for (const w of [lower, lower.replace(/\d+$/, '')]) {
    if (MIN_WORDS.has(w)) return 'min'
    if (MAX_WORDS.has(w)) return 'max'
  }
  return null
}

function lastDirection(words: string[]): Direction | null {
  let found: Direction | null = null
  if (words.length < 2) return null
  for (const w of words) found = wordDirection(w) ?? found
  return found
}

/**
 * Direction used to pick the "best" value of a metric: {@link directionHint}, or `max` when the
 * name is not recognised (most custom metrics are scores; the UI should let users override).
 * Examples: `train/loss` → min, `val_mAP50` → max, `lr` → max (unknown).
 */
export function inferDirection(metricKey: string): Direction {
  return directionHint(metricKey) ?? 'max'
}

/**
 * The point at `step`, or else the nearest earlier one: the last point with
 * `point.step ≤ step` ("value as of step", like a step-function lookup). Null when the series
 * is empty or starts after `step`. `points` must be sorted by step (see `sortAndDedupe`);
 * O(log n). The value is returned as logged, NaN/±Infinity included.
 */
export function valueAtStep(points: readonly SeriesPoint[], step: number): SeriesPoint | null {
  let lo = 0
  let hi = points.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (points[mid].step <= step) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? points[lo - 1] : null
}

/**
 * The best finite point for a direction: the smallest value for `min`, largest for `max`.
 * Ties go to the **earliest** step (when the run first reached it). NaN and ±Infinity are
 * never "best" (a diverged loss is not a minimum). No finite point → null.
 */
export function bestPoint(points: readonly SeriesPoint[], direction: Direction): SeriesPoint | null {
  let best: SeriesPoint | null = null
  for (const p of points) {
    if (!Number.isFinite(p.value)) continue
    if (best === null || (direction === 'min' ? p.value < best.value : p.value > best.value)) best = p
  }
  return best
}

/** Summary of one metric history, as shown in run tables and chart tooltips. */
export type MetricSummary = {
  /** Number of points. */
  count: number
  /** Last point by step, whatever its value (NaN/±Inf included: that is what was logged). */
  last: SeriesPoint | null
  /** Smallest / largest finite point (earliest on ties); null if none is finite. */
  min: SeriesPoint | null
  max: SeriesPoint | null
  /** Best finite point for `direction` (= `min` or `max`). */
  best: SeriesPoint | null
  direction: Direction
  /** Points whose value is NaN or ±Infinity. */
  nonFiniteCount: number
}

/**
 * Summarises a metric history sorted by step (see `sortAndDedupe`). `direction` defaults to
 * {@link inferDirection} of `metricKey`. Empty history → count 0 and nulls.
 */
export function summarizeMetric(
  points: readonly SeriesPoint[],
  options: { metricKey?: string; direction?: Direction } = {},
): MetricSummary {
  const direction = options.direction ?? inferDirection(options.metricKey ?? '')
  const min = bestPoint(points, 'min')
  const max = bestPoint(points, 'max')
  let nonFiniteCount = 0
  for (const p of points) if (!Number.isFinite(p.value)) nonFiniteCount++
  return {
    count: points.length,
    last: points.length > 0 ? points[points.length - 1] : null,
    min,
    max,
    best: direction === 'min' ? min : max,
    direction,
    nonFiniteCount,
  }
}
