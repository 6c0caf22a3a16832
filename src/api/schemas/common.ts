import * as z from 'zod/mini'
import type { StringMap } from '../types.ts'
import { decodeMetricValue } from '../../lib/metric-value.ts'

/**
 * Wire-level building blocks shared by every MLflow schema. They accept what real servers
 * send (int64 as numbers or numeric strings, ids as strings or numbers, omitted empty lists)
 * and normalise it.
 *
 * Schemas use `zod/mini` (functional API, tree-shakes to a fraction of classic zod's size on
 * the first page); `z.pipe(x, z.transform(f))` is classic's `x.transform(f)`.
 */

/** A schema whose output is mapped by `fn` (classic zod's `.transform`). */
export function mapped<S extends z.ZodMiniType, O>(schema: S, fn: (value: z.output<S>, ctx: z.core.ParsePayload) => O) {
  return z.pipe(schema, z.transform(fn))
}

/**
 * Records a `custom` issue from inside a transform (classic zod's `ctx.addIssue`); return
 * `z.NEVER` right after it, the parse then fails with `message`.
 */
export function addIssue(ctx: z.core.ParsePayload, message: string): void {
  ctx.issues.push({ code: 'custom', message, input: ctx.value })
}

/** int64 fields: JSON numbers on MLflow's REST API, numeric strings from proto3-JSON encoders. */
export const int64 = mapped(z.union([z.number(), z.string().check(z.regex(/^-?\d+$/))]), (v) => Number(v))

/** Ids (experiment id, model version) are strings on the wire; tolerate numbers. */
export const id = mapped(z.union([z.string(), z.number()]), (v) => String(v))

/** A repeated field that MLflow leaves out when empty. */
export function list<T extends z.ZodMiniType>(item: T) {
  return mapped(z.optional(z.array(item)), (v): z.output<T>[] => v ?? [])
}

/** `{key, value}` entries; an empty string value may be omitted by proto JSON encoders. */
export const keyValue = z.object({ key: z.string(), value: z.optional(z.string()) })

/** An `invalid_type` issue at `path` below the current value (worded by the parse's error map). */
function typeIssue(ctx: z.core.ParsePayload, expected: 'array' | 'object' | 'string', input: unknown, path: PropertyKey[]): void {
  ctx.issues.push({ code: 'invalid_type', expected, input, path })
}

/**
 * Repeated `{key, value}` tags/params → a plain record (missing list → `{}`). Accepts and rejects
 * exactly what `list(keyValue)` would, with the same issue paths, but checks entries in one loop:
 * a 2,000-param run through zod's per-entry object schema cost ~2-3 ms of parsing per run.
 */
export const keyValueMap = mapped(z.optional(z.unknown()), (raw, ctx): StringMap => {
  const out: StringMap = {}
  if (raw === undefined) return out
  if (!Array.isArray(raw)) {
    typeIssue(ctx, 'array', raw, [])
    return z.NEVER
  }
  for (let i = 0; i < raw.length; i++) {
    const e: unknown = raw[i]
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      typeIssue(ctx, 'object', e, [i])
      return z.NEVER
    }
    const { key, value } = e as { key?: unknown; value?: unknown }
    if (typeof key !== 'string') typeIssue(ctx, 'string', key, [i, 'key'])
    else if (value !== undefined && typeof value !== 'string') typeIssue(ctx, 'string', value, [i, 'value'])
    else {
      out[key] = value ?? ''
      continue
    }
    return z.NEVER
  }
  return out
})

export const lifecycleStage = mapped(z.optional(z.enum(['active', 'deleted'])), (v) => v ?? 'active')

/** Optional string that the rest of the app treats as "" when absent. */
export const text = mapped(z.optional(z.string()), (v) => v ?? '')

/**
 * Metric values: a JSON number, or the strings "NaN", "Infinity", "-Infinity" (and numeric
 * strings from other encoders). SQL backends store ±Infinity as ±Number.MAX_VALUE
 * (1.7976931348623157e308), so |value| ≥ MAX_VALUE is decoded to ±Infinity.
 */
export const metricValue = mapped(z.union([z.number(), z.string()]), (v, ctx): number => {
  const n = decodeMetricValue(v)
  if (n === undefined) {
    addIssue(ctx, `not a metric value: ${JSON.stringify(v)}`)
    return z.NEVER
  }
  return n
})

/** Tokens are opaque; an empty string means "no more pages" just like an absent one. */
export const pageToken = mapped(z.optional(z.string()), (v) => (v ? v : undefined))
