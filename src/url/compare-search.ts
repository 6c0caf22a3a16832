/**
 * URL state of the compare page (`/compare?run=…`): runs (first = baseline), charts, axes,
 * smoothing, grouping, zoom, diff toggle, section and artifact diff choice.
 */
import { defineCodec, isCleanValue, isId, readBool, readEnum, readList, readNumber, readString } from './codec.ts'
import { SearchParam as P, URL_FORMAT_VERSION } from './params.ts'
import { isArtifactPath } from './run-search.ts'

export type XAxis = 'step' | 'wall' | 'relative'
export type Smoothing = 'none' | 'ema' | 'twema' | 'gauss'
export type Aggregate = 'mean' | 'median' | 'min' | 'max'
export type Band = 'minmax' | 'std' | 'sem' | 'ci95' | 'none'
export type CompareTab = 'charts' | 'params' | 'metrics' | 'hydra' | 'artifacts'

export const X_AXES: readonly XAxis[] = ['step', 'wall', 'relative']
export const SMOOTHINGS: readonly Smoothing[] = ['none', 'ema', 'twema', 'gauss']
export const AGGREGATES: readonly Aggregate[] = ['mean', 'median', 'min', 'max']
export const BANDS: readonly Band[] = ['minmax', 'std', 'sem', 'ci95', 'none']
export const COMPARE_TABS: readonly CompareTab[] = ['charts', 'params', 'metrics', 'hydra', 'artifacts']

export type CompareSearch = {
  /** Run ids, at most 100 (MLflow's bulk-history limit); `runs[0]` is the baseline. */
  runs: string[]
  /**
   * Experiments the runs were picked from, at most 50: a loading hint only (runs/search needs an
   * experiment id, so without it the first run is read alone to learn one). Runs outside them
   * still load; a wrong id costs one empty search.
   */
  experiments: string[]
  /** One entry per chart, each a list of metric keys drawn together. */
  charts: string[][]
  x: XAxis
  smoothing: Smoothing
  /** Smoothing weight in [0, 0.999]; default 0.6 (TensorBoard's). */
  weight: number
  logY: boolean
  logX: boolean
  outliers: boolean
  /** Group-by keys (`params.optimizer`), at most 3. */
  group: string[]
  aggregate: Aggregate
  band: Band
  /** Zoomed x range [from, to] with from < to, in x-axis units; null = full range. */
  zoom: [number, number] | null
  diffOnly: boolean
  tab: CompareTab
  /** Artifact path (relative, no `..`); '' = none chosen. */
  artifact: string
  /** Runs of the artifact diff, both in `runs`; null = baseline vs the next run. */
  pair: [string, string] | null
}

export const DEFAULT_SMOOTHING_WEIGHT = 0.6
const MAX_RUNS = 100
const MAX_EXPERIMENTS = 50
const MAX_CHARTS = 50
const MAX_METRICS_PER_CHART = 20

/** Joins a chart's metric keys with `,`, escaping `\` as `\\` and `,` as `\,` inside keys. */
export function encodeChart(keys: readonly string[]): string {
  return keys.map((k) => k.replace(/\\/g, '\\\\').replace(/,/g, '\\,')).join(',')
}

/** Inverse of `encodeChart`: splits at unescaped commas; drops empty, duplicate or unclean keys. */
export function decodeChart(value: string): string[] {
  const keys: string[] = []
  let cur = ''
  for (let i = 0; i <= value.length; i++) {
    const ch = value[i]
    if (ch === '\\' && i + 1 < value.length) cur += value[++i]
    else if (ch === ',' || ch === undefined) {
      const key = cur.trim()
      if (isCleanValue(key, 500) && !keys.includes(key)) keys.push(key)
      cur = ''
    } else cur += ch
  }
  return keys.slice(0, MAX_METRICS_PER_CHART)
}

/** Every metric key in the charts, de-duplicated in first-seen order. */
export function compareMetricKeys(state: Pick<CompareSearch, 'charts'>): string[] {
  return [...new Set(state.charts.flat())]
}

const NUM = '-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?'
const ZOOM_RE = new RegExp(`^(${NUM})-(${NUM})$`, 'i')

function parseZoom(raw: string | null): [number, number] | null {
  const m = ZOOM_RE.exec(raw?.trim() ?? '')
  if (!m) return null
  const a = Number(m[1])
  const b = Number(m[2])
  return Number.isFinite(a) && Number.isFinite(b) && a < b ? [a, b] : null
}

function parseRuns(sp: URLSearchParams): string[] {
  const runs = readList(sp, P.run, { accept: isId, max: MAX_RUNS })
  if (runs.length > 0) return runs
  // Legacy MLflow compare link: runs=["id1","id2"] (JSON).
  try {
    const legacy: unknown = JSON.parse(sp.get(P.legacyRuns) ?? '[]')
    if (Array.isArray(legacy)) return [...new Set(legacy.filter((v): v is string => typeof v === 'string' && isId(v)))].slice(0, MAX_RUNS)
  } catch {
    // not JSON: no legacy runs
  }
  return []
}

function parseExperiments(sp: URLSearchParams): string[] {
  const ids = readList(sp, P.experiment, { accept: isId, max: MAX_EXPERIMENTS })
  if (ids.length > 0) return ids
  // Legacy MLflow compare link: experiments=["1","2"] (JSON).
  try {
    const legacy: unknown = JSON.parse(sp.get(P.legacyExperiments) ?? '[]')
    if (Array.isArray(legacy)) return [...new Set(legacy.map(String).filter(isId))].slice(0, MAX_EXPERIMENTS)
  } catch {
    // not JSON: no hint
  }
  return []
}

function parseSmoothing(sp: URLSearchParams): { smoothing: Smoothing; weight: number } {
  const raw = sp.get(P.smoothing)?.trim() ?? ''
  // Legacy numeric form `smooth=0.6`: EMA with that weight (0 = off).
  if (/^(0|0?\.\d+)$/.test(raw)) {
    const w = Number(raw)
    return { smoothing: w > 0 ? 'ema' : 'none', weight: w > 0 ? w : DEFAULT_SMOOTHING_WEIGHT }
  }
  return {
    smoothing: readEnum(sp, P.smoothing, SMOOTHINGS, 'none', { tb: 'ema', gaussian: 'gauss' }),
    weight: readNumber(sp, P.smoothingWeight, DEFAULT_SMOOTHING_WEIGHT, { min: 0, max: 0.999 }),
  }
}

export const compareSearch = defineCodec<CompareSearch>({
  keys: [P.version, P.run, P.experiment, P.metric, P.xAxis, P.smoothing, P.smoothingWeight, P.logY, P.logX, P.outliers, P.group, P.aggregate, P.band, P.zoom, P.diffOnly, P.tab, P.artifact, P.pair],
  defaults: {
    runs: [], experiments: [], charts: [], x: 'step', smoothing: 'none', weight: DEFAULT_SMOOTHING_WEIGHT, logY: false, logX: false, outliers: false,
    group: [], aggregate: 'mean', band: 'minmax', zoom: null, diffOnly: false, tab: 'charts', artifact: '', pair: null,
  },
  parse(sp) {
    const runs = parseRuns(sp)
    const charts: string[][] = []
    for (const raw of sp.getAll(P.metric)) {
      const keys = decodeChart(raw)
      if (keys.length > 0 && charts.length < MAX_CHARTS && !charts.some((c) => encodeChart(c) === encodeChart(keys))) charts.push(keys)
    }
    const pairIds = (sp.get(P.pair) ?? '').split(',').map((s) => s.trim())
    const pair: [string, string] | null =
      pairIds.length === 2 && pairIds[0] !== pairIds[1] && pairIds.every((id) => runs.includes(id)) ? [pairIds[0], pairIds[1]] : null
    const artifact = readString(sp, P.artifact, '', { trim: true }).replace(/^(\.\/)+/, '')
    return {
      runs,
      experiments: parseExperiments(sp),
      charts,
      x: readEnum(sp, P.xAxis, X_AXES, 'step', { time: 'wall', wall_time: 'wall', relative_time: 'relative' }),
      ...parseSmoothing(sp),
      logY: readBool(sp, P.logY),
      logX: readBool(sp, P.logX),
      outliers: readBool(sp, P.outliers),
      group: readList(sp, P.group, { accept: (v) => /^(params|tags|attributes)\..+/s.test(v) && isCleanValue(v, 300), max: 3 }),
      aggregate: readEnum(sp, P.aggregate, AGGREGATES, 'mean', { avg: 'mean', average: 'mean' }),
      band: readEnum(sp, P.band, BANDS, 'minmax'),
      zoom: parseZoom(sp.get(P.zoom)),
      diffOnly: readBool(sp, P.diffOnly),
      tab: readEnum(sp, P.tab, COMPARE_TABS, 'charts'),
      artifact: isArtifactPath(artifact) ? artifact : '',
      pair,
    }
  },
  serialize(s) {
    const sp = new URLSearchParams()
    sp.append(P.version, String(URL_FORMAT_VERSION))
    for (const id of s.runs) sp.append(P.run, id)
    for (const id of s.experiments) sp.append(P.experiment, id)
    for (const chart of s.charts) if (chart.length > 0) sp.append(P.metric, encodeChart(chart))
    if (s.x !== 'step') sp.append(P.xAxis, s.x)
    if (s.smoothing !== 'none') {
      sp.append(P.smoothing, s.smoothing)
      if (s.weight !== DEFAULT_SMOOTHING_WEIGHT) sp.append(P.smoothingWeight, String(s.weight))
    }
    if (s.logY) sp.append(P.logY, '1')
    if (s.logX) sp.append(P.logX, '1')
    if (s.outliers) sp.append(P.outliers, '1')
    for (const g of s.group) sp.append(P.group, g)
    if (s.group.length > 0 && s.aggregate !== 'mean') sp.append(P.aggregate, s.aggregate)
    if (s.group.length > 0 && s.band !== 'minmax') sp.append(P.band, s.band)
    if (s.zoom) sp.append(P.zoom, `${s.zoom[0]}-${s.zoom[1]}`)
    if (s.diffOnly) sp.append(P.diffOnly, '1')
    if (s.tab !== 'charts') sp.append(P.tab, s.tab)
    if (s.artifact) sp.append(P.artifact, s.artifact)
    if (s.pair) sp.append(P.pair, s.pair.join(','))
    return sp
  },
})

/**
 * True when two compare URLs show the same runs, metrics and settings and differ at most in
 * their zoom: the view then only moves over data it already has (no route reload needed).
 */
export function onlyZoomChanged(a: URL, b: URL): boolean {
  if (a.pathname !== b.pathname) return false
  const withoutZoom = (u: URL) => {
    const sp = new URLSearchParams(u.search)
    sp.delete(P.zoom)
    return sp.toString()
  }
  return withoutZoom(a) === withoutZoom(b)
}
