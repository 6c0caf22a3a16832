import type { MetricPoint } from './types.ts'
import { decodeMetricValue } from '../lib/metric-value.ts'

/**
 * One metric history in columns: `steps[i]`, `timestamps[i]` (epoch ms) and `values[i]` form
 * point i, in server order. Values are decoded like `metricValue` (NaN, ±Infinity, and
 * |v| ≥ Number.MAX_VALUE → ±Infinity). Three Float64Arrays instead of one object per point:
 * 24 bytes a point, no per-point garbage, transferable to a Web Worker.
 */
export type MetricColumns = { steps: Float64Array; timestamps: Float64Array; values: Float64Array }

/** A decoded metrics/get-history page. */
export type HistoryPageColumns = { columns: MetricColumns; nextPageToken?: string }

/** A get-history page that does not have MLflow's shape; `path` names the offending field. */
export class HistoryShapeError extends Error {
  readonly path: string
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`)
    this.name = 'HistoryShapeError'
    this.path = path
  }
}

/** Zero-length columns. */
export function emptyColumns(): MetricColumns {
  return { steps: new Float64Array(0), timestamps: new Float64Array(0), values: new Float64Array(0) }
}

/** Columns of already-decoded points (small series: previews, 2.x bulk results). */
export function columnsFromPoints(points: readonly MetricPoint[]): MetricColumns {
  const n = points.length
  const c = { steps: new Float64Array(n), timestamps: new Float64Array(n), values: new Float64Array(n) }
  for (let i = 0; i < n; i++) {
    c.steps[i] = points[i].step
    c.timestamps[i] = points[i].timestamp
    c.values[i] = points[i].value
  }
  return c
}

/** Point `i` of `c` as an object (exports and tooltips; never in a loop over a whole series). */
export function pointAt(c: MetricColumns, i: number): MetricPoint {
  return { step: c.steps[i], timestamp: c.timestamps[i], value: c.values[i] }
}

/** Pages joined in order into one set of columns (the single page itself when there is one). */
export function concatColumns(parts: readonly MetricColumns[]): MetricColumns {
  if (parts.length === 1) return parts[0]
  let n = 0
  for (const p of parts) n += p.steps.length
  const out = { steps: new Float64Array(n), timestamps: new Float64Array(n), values: new Float64Array(n) }
  let o = 0
  for (const p of parts) {
    out.steps.set(p.steps, o)
    out.timestamps.set(p.timestamps, o)
    out.values.set(p.values, o)
    o += p.steps.length
  }
  return out
}

const INT64 = /^-?\d+$/

/** int64 on the wire: a JSON number or a decimal string (proto3 JSON); absent → 0. */
function decodeInt(v: unknown, path: string): number {
  if (v === undefined) return 0
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && INT64.test(v)) return Number(v)
  throw new HistoryShapeError(path, `expected an integer, got ${describe(v)}`)
}

/** Same decoding as the `metricValue` schema (lib/metric-value), with the field's path on failure. */
function decodeValue(v: unknown, path: string): number {
  const n = decodeMetricValue(v)
  if (n === undefined) throw new HistoryShapeError(path, `not a metric value: ${describe(v)}`)
  return n
}

function describe(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  if (typeof v === 'object') return 'an object'
  const text = JSON.stringify(v) ?? String(v)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Decodes a parsed metrics/get-history body straight into columns, with the rules of the zod
 * `metricHistoryResponse` schema (which stays the reference for every other caller):
 * - `{}` (unknown key, or a 3.11 page without `max_results`) → zero points;
 * - each point: `value` number or numeric/"NaN"/"Infinity" string (required), `step` and
 *   `timestamp` int64 as number or digit string, absent → 0; `key` optional string;
 *   unknown fields are ignored;
 * - `next_page_token` optional string, "" → no more pages.
 * Throws {@link HistoryShapeError} naming the first bad field (`metrics.3.value: …`).
 * Hand-written because it runs over millions of points where zod's per-object cost dominated.
 */
export function decodeHistoryPage(body: unknown): HistoryPageColumns {
  if (!isRecord(body)) throw new HistoryShapeError('(root)', `expected an object, got ${describe(body)}`)
  const token = body.next_page_token
  if (token !== undefined && typeof token !== 'string') throw new HistoryShapeError('next_page_token', `expected a string, got ${describe(token)}`)
  const metrics = body.metrics
  if (metrics !== undefined && !Array.isArray(metrics)) throw new HistoryShapeError('metrics', `expected an array, got ${describe(metrics)}`)
  const list: unknown[] = metrics ?? []
  const n = list.length
  const columns = { steps: new Float64Array(n), timestamps: new Float64Array(n), values: new Float64Array(n) }
  for (let i = 0; i < n; i++) {
    const p = list[i]
    if (!isRecord(p)) throw new HistoryShapeError(`metrics.${i}`, `expected an object, got ${describe(p)}`)
    if (p.key !== undefined && typeof p.key !== 'string') throw new HistoryShapeError(`metrics.${i}.key`, `expected a string, got ${describe(p.key)}`)
    columns.values[i] = decodeValue(p.value, `metrics.${i}.value`)
    columns.steps[i] = decodeInt(p.step, `metrics.${i}.step`)
    columns.timestamps[i] = decodeInt(p.timestamp, `metrics.${i}.timestamp`)
  }
  return { columns, nextPageToken: token ? token : undefined }
}
