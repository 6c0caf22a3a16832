import type { YRange } from '../../lib/axis-range.ts'

export type ChartNotesInput = {
  /** Per-series notes from `buildLines` (gaps, reorders, alignment). */
  seriesNotes: readonly string[]
  /** Runs (labels) that do not have the metric at all. */
  missing: readonly string[]
  yRange: YRange | null
  outliers: boolean
  logY: boolean
  /** Points with x ≤ 0 while the x axis is logarithmic. */
  hiddenByLogX: number
  /** Runs drawn from the server-sampled preview while full histories load. */
  previewRuns: readonly string[]
  /** Runs whose full history failed (their preview, if any, is drawn). */
  failedRuns: readonly string[]
}

const list = (names: readonly string[], max = 5) => names.slice(0, max).join(', ') + (names.length > max ? ` and ${names.length - max} more` : '')
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * Everything a reader must know to trust what a chart shows, in plain words: runs without the
 * metric, previews and failures, clipping by "ignore outliers", points a log axis cannot place,
 * then the per-series notes. Never silent about a point that is not drawn as a line.
 */
export function chartNotes(input: ChartNotesInput): string[] {
  const notes: string[] = []
  if (input.missing.length > 0) notes.push(`${plural(input.missing.length, 'run')} without this metric: ${list(input.missing)}.`)
  if (input.failedRuns.length > 0) notes.push(`Full history failed for ${list(input.failedRuns)}; ${input.previewRuns.length > 0 ? 'its sampled preview is drawn' : 'nothing drawn'} (Retry above).`)
  const previewOnly = input.previewRuns.filter((r) => !input.failedRuns.includes(r))
  if (previewOnly.length > 0) notes.push(`Showing a server-sampled preview for ${plural(previewOnly.length, 'run')}; full histories are loading.`)
  if (input.outliers) notes.push('Y axis fitted to the 5th–95th percentile of visible values: points beyond are clipped at the edge, none removed.')
  if (input.logY && input.yRange && input.yRange.nonPositiveCount > 0) notes.push(`${plural(input.yRange.nonPositiveCount, 'visible value')} ≤ 0 cannot be placed on a log axis (drawn as gaps).`)
  if (input.hiddenByLogX > 0) notes.push(`${plural(input.hiddenByLogX, 'point')} at x ≤ 0 lie outside the log x axis.`)
  notes.push(...input.seriesNotes)
  return notes
}
