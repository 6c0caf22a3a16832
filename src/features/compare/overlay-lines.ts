import type { StringMap } from '../../api/types.ts'
import { aggregateRuns } from '../../lib/aggregate.ts'
import type { XAxisMode } from '../../lib/align-series.ts'
import { RUN_PALETTE } from '../../lib/run-colors.ts'
import { countNonFinite, type NonFiniteCount, type PointColumns, type Series } from '../../lib/series.ts'
import type { Aggregate, Band, Smoothing } from '../../url/compare-search.ts'
import { RecentMap } from '../../lib/recent-map.ts'
import { prepareSeriesCached, seriesNotes } from './prepare-series.ts'

/** What the chart needs to know about one compared run. */
export type OverlayRun = {
  runId: string
  name: string
  color: string
  isBaseline: boolean
  /** Origin of the relative-time axis (epoch ms). */
  startTime?: number
  params: StringMap
  tags: StringMap
  /** `status`, `user_id`, `experiment_id`, `run_name` for `attributes.*` grouping. */
  attributes: StringMap
}

/** A history as the chart sees it: point columns (full or preview) or why there are none. */
export type HistoryView = { columns?: PointColumns; isFull: boolean; error?: string }

export type RunLine = {
  kind: 'run'
  /** Position of the metric in the chart (0, 1, …): drawn solid, dashed, dotted. */
  metricIndex: number
  id: string
  /** Legend key: the same for every series of one run (and metric). */
  name: string
  runId: string
  metricKey: string
  color: string
  isBaseline: boolean
  raw: Series
  smoothed: Series | null
  nonFinite: NonFiniteCount
}

export type GroupLine = {
  kind: 'group'
  id: string
  name: string
  metricKey: string
  color: string
  runIds: string[]
  center: Series
  lower: Float64Array
  upper: Float64Array
  nonFinite: NonFiniteCount
  /** How the group's runs were put on one x grid. */
  method: 'exact' | 'interpolate'
}

export type LineSpec = RunLine | GroupLine

export type BuildLinesInput = {
  runs: readonly OverlayRun[]
  metricKeys: readonly string[]
  history: (runId: string, metricKey: string) => HistoryView | undefined
  x: XAxisMode
  smoothing: Smoothing
  weight: number
  group: readonly string[]
  aggregate: Aggregate
  band: Band
}

export type BuiltLines = { lines: LineSpec[]; notes: string[]; missing: string[] }

/** The value a run has for a grouping key (`params.optimizer`, `tags.team`, `attributes.status`). */
export function groupValue(run: OverlayRun, key: string): string | undefined {
  const dot = key.indexOf('.')
  const scope = key.slice(0, dot)
  const name = key.slice(dot + 1)
  const map = scope === 'params' ? run.params : scope === 'tags' ? run.tags : scope === 'attributes' ? run.attributes : undefined
  return map?.[name]
}

/** Grouping keys worth offering: params, non-system tags, and a few attributes. */
export function groupCandidates(runs: readonly OverlayRun[]): string[] {
  const keys = new Set<string>(['attributes.status', 'attributes.user_id', 'attributes.experiment_id'])
  for (const r of runs) {
    for (const k of Object.keys(r.params)) keys.add(`params.${k}`)
    for (const k of Object.keys(r.tags)) if (!k.startsWith('mlflow.')) keys.add(`tags.${k}`)
  }
  return [...keys].sort()
}

/** "optimizer=sgd, precision=fp32"; a run without the key gets "∅". */
export function groupLabel(run: OverlayRun, keys: readonly string[]): string {
  return keys.map((k) => `${k.slice(k.indexOf('.') + 1)}=${groupValue(run, k) ?? '∅'}`).join(', ')
}

const ALIGN_NOTE = {
  exact: 'Groups: runs share identical x values, aggregated point by point.',
  interpolate: 'Groups: runs with different x values are linearly interpolated between their own logged points (never extrapolated past a run’s first or last point) before aggregating.',
}

/**
 * Turns histories into the lines of one chart: one per run and metric, or, when grouping,
 * one aggregate per group and metric (mean/median/min/max of the smoothed runs) with its band.
 * Also returns notes (gaps, reorders, alignment) and the names of runs without the metric.
 */
export function buildLines(input: BuildLinesInput): BuiltLines {
  const notes: string[] = []
  const missing: string[] = []
  const multi = input.metricKeys.length > 1
  const runLines: RunLine[] = []
  for (const [metricIndex, metricKey] of input.metricKeys.entries()) {
    for (const run of input.runs) {
      const h = input.history(run.runId, metricKey)
      if (!h?.columns) continue
      const label = multi ? `${run.name} · ${metricKey}` : run.name
      if (h.columns.steps.length === 0) {
        if (h.isFull) missing.push(label)
        continue
      }
      const s = prepareSeriesCached(h.columns, { x: input.x, originMs: run.startTime, smoothing: input.smoothing, weight: input.weight })
      notes.push(...seriesNotes(label, s))
      const name = run.isBaseline ? `${label} (baseline)` : label
      runLines.push({ kind: 'run', metricIndex, id: `run:${run.runId}:${metricKey}`, name, runId: run.runId, metricKey, color: run.color, isBaseline: run.isBaseline, raw: s.raw, smoothed: s.smoothed, nonFinite: s.nonFinite })
    }
  }
  if (input.group.length === 0) return { lines: runLines, notes, missing }
  const groups = groupLines(input, runLines)
  return { lines: groups, notes: [...notes, ...groupNotes(input, groups)], missing }
}

function groupsOf(input: BuildLinesInput, lines: readonly RunLine[]): Map<string, RunLine[]> {
  const byRun = new Map(input.runs.map((r) => [r.runId, r]))
  const groups = new Map<string, RunLine[]>()
  for (const line of lines) {
    const run = byRun.get(line.runId)
    if (!run) continue
    const label = groupLabel(run, input.group) + (input.metricKeys.length > 1 ? ` · ${line.metricKey}` : '')
    groups.set(label, [...(groups.get(label) ?? []), line])
  }
  return groups
}

/**
 * Recent group lines by label, settings and members, reused while the members' series are the
 * very same arrays: a zoom or any URL change rebuilds the chart's lines, and re-aggregating 20
 * runs of 50,000 steps each time would cost the main thread and a fresh downsampling round.
 */
const groupMemo = new RecentMap<string, { series: readonly Series[]; line: GroupLine }>(32)

function groupLines(input: BuildLinesInput, lines: readonly RunLine[]): GroupLine[] {
  const groups = groupsOf(input, lines)
  // Few groups: palette order keeps neighbouring groups in clearly different hues.
  return [...groups].map(([label, members], index): GroupLine => {
    const series = members.map((m) => m.smoothed ?? m.raw)
    const key = [label, index, input.aggregate, input.band, ...members.map((m) => m.id)].join('\u0000')
    const memo = groupMemo.get(key)
    if (memo && memo.series.length === series.length && memo.series.every((s, i) => s === series[i])) return memo.line
    const line = aggregateGroup(input, label, index, members, series)
    groupMemo.set(key, { series, line })
    return line
  })
}

function aggregateGroup(input: BuildLinesInput, label: string, index: number, members: readonly RunLine[], series: readonly Series[]): GroupLine {
  const band = input.aggregate === 'min' || input.aggregate === 'max' ? 'minmax' : input.band
  const agg = aggregateRuns(series, { line: input.aggregate === 'median' ? 'median' : 'mean', band })
  const center = input.aggregate === 'min' ? agg.lower : input.aggregate === 'max' ? agg.upper : agg.center
  const withBand = input.band === 'none' ? null : band === input.band ? agg : aggregateRuns(series, { band: input.band })
  const nan = new Float64Array(agg.xs.length).fill(NaN)
  return {
    kind: 'group',
    id: `group:${label}`,
    name: `${label} (${members.length} run${members.length === 1 ? '' : 's'})`,
    metricKey: members[0].metricKey,
    color: RUN_PALETTE[index % RUN_PALETTE.length],
    runIds: members.map((m) => m.runId),
    center: { xs: agg.xs, ys: center },
    lower: withBand?.lower ?? nan,
    upper: withBand?.upper ?? nan,
    nonFinite: countNonFinite(center),
    method: agg.method,
  }
}

function groupNotes(input: BuildLinesInput, groups: readonly GroupLine[]): string[] {
  const method = groups.some((g) => g.method === 'interpolate') ? 'interpolate' : 'exact'
  const bandText = { minmax: 'min–max', std: '±1 standard deviation', sem: '±1 standard error', ci95: '95% confidence interval of the mean (Student t)', none: 'no band' }[input.band]
  return [
    ALIGN_NOTE[method],
    `Line: ${input.aggregate} of the ${input.smoothing === 'none' ? 'raw' : 'smoothed'} runs; band: ${bandText}. NaN/±∞ values are left out of the statistics; std/SEM/CI need at least 2 runs at an x.`,
  ]
}
