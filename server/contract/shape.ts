/**
 * Structural comparison of a recorded MLflow response with ours: same keys and value types,
 * recursively; lists are compared by their first element (ids, timestamps and values may differ).
 */

const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity'])

export type ShapeOptions = {
  /** Keys our server may add or leave out without counting as a mismatch (e.g. 3.11-only fields vs a 2.10 fixture). */
  optionalKeys?: ReadonlySet<string>
}

function kind(value: unknown, key: string): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  // MLflow sends NaN/±Infinity metric values as strings inside an otherwise numeric field.
  if (key === 'value' && typeof value === 'string' && NON_FINITE.has(value)) return 'number'
  return typeof value
}

/** Returns human-readable differences (`$.run.info.end_time: missing`); empty when the shapes agree. */
export function compareShape(expected: unknown, actual: unknown, options: ShapeOptions = {}, path = '$', key = ''): string[] {
  const ek = kind(expected, key)
  const ak = kind(actual, key)
  if (ek !== ak) return [`${path}: expected ${ek}, got ${ak}`]
  if (ek === 'array') {
    const e = expected as unknown[]
    const a = actual as unknown[]
    if (e.length === 0) return []
    if (a.length === 0) return [`${path}: expected a non-empty list, got []`]
    return compareShape(e[0], a[0], options, `${path}[0]`, key)
  }
  if (ek !== 'object') return []
  const e = expected as Record<string, unknown>
  const a = actual as Record<string, unknown>
  const out: string[] = []
  for (const k of Object.keys(e)) {
    if (!(k in a)) {
      if (!options.optionalKeys?.has(k)) out.push(`${path}.${k}: missing`)
      continue
    }
    out.push(...compareShape(e[k], a[k], options, `${path}.${k}`, k))
  }
  for (const k of Object.keys(a)) if (!(k in e) && !options.optionalKeys?.has(k)) out.push(`${path}.${k}: unexpected key`)
  return out
}

/** Top-level lists whose length follows from the workload, so our count must equal MLflow's. */
const COUNTED_LISTS = ['runs', 'experiments', 'registered_models', 'model_versions', 'files', 'dataset_summaries']

/**
 * Compares the lengths of the counted top-level lists, using `truncated` (JSONPath → real length)
 * where the recording cut a list.
 */
export function compareCounts(expected: unknown, actual: unknown, truncated: Record<string, number> = {}): string[] {
  if (!expected || typeof expected !== 'object' || Array.isArray(expected)) return []
  const e = expected as Record<string, unknown>
  const a = (actual ?? {}) as Record<string, unknown>
  const out: string[] = []
  for (const key of COUNTED_LISTS) {
    const want = truncated[`$.${key}`] ?? (Array.isArray(e[key]) ? (e[key] as unknown[]).length : 0)
    const got = Array.isArray(a[key]) ? (a[key] as unknown[]).length : 0
    if (want !== got) out.push(`$.${key}: expected ${want} items, got ${got}`)
  }
  return out
}
