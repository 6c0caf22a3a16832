import { z } from 'zod'
import type { StringMap } from '../types.ts'

/**
 * Wire-level building blocks shared by every MLflow schema. They accept what real servers
 * send (int64 as numbers or numeric strings, ids as strings or numbers, omitted empty lists)
 * and normalise it.
 */

/** int64 fields: JSON numbers on MLflow's REST API, numeric strings from proto3-JSON encoders. */
export const int64 = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform((v) => Number(v))

/** Ids (experiment id, model version) are strings on the wire; tolerate numbers. */
export const id = z.union([z.string(), z.number()]).transform((v) => String(v))

/** A repeated field that MLflow leaves out when empty. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item).optional().transform((v): z.output<T>[] => v ?? [])
}

/** `{key, value}` entries; an empty string value may be omitted by proto JSON encoders. */
export const keyValue = z.object({ key: z.string(), value: z.string().optional() })

/** Repeated `{key, value}` tags/params → a plain record (missing list → `{}`). */
export const keyValueMap = list(keyValue).transform((entries): StringMap => {
  const out: StringMap = {}
  for (const e of entries) out[e.key] = e.value ?? ''
  return out
})

export const lifecycleStage = z.enum(['active', 'deleted']).optional().transform((v) => v ?? 'active')

/** Optional string that the rest of the app treats as "" when absent. */
export const text = z.string().optional().transform((v) => v ?? '')

/**
 * Metric values: a JSON number, or the strings "NaN", "Infinity", "-Infinity" (and numeric
 * strings from other encoders). SQL backends store ±Infinity as ±Number.MAX_VALUE
 * (1.7976931348623157e308), so |value| ≥ MAX_VALUE is decoded to ±Infinity.
 */
export const metricValue = z
  .union([z.number(), z.string()])
  .transform((v, ctx): number => {
    const n = typeof v === 'number' ? v : decodeNumericString(v)
    if (n === undefined) {
      ctx.addIssue({ code: 'custom', message: `not a metric value: ${JSON.stringify(v)}` })
      return z.NEVER
    }
    if (n >= Number.MAX_VALUE) return Infinity
    if (n <= -Number.MAX_VALUE) return -Infinity
    return n
  })

function decodeNumericString(s: string): number | undefined {
  const t = s.trim()
  if (t === 'NaN' || t === 'nan') return NaN
  if (t === 'Infinity' || t === 'inf' || t === '+Infinity') return Infinity
  if (t === '-Infinity' || t === '-inf') return -Infinity
  if (t === '') return undefined
  const n = Number(t)
  return Number.isNaN(n) ? undefined : n
}

/** Tokens are opaque; an empty string means "no more pages" just like an absent one. */
export const pageToken = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined))
