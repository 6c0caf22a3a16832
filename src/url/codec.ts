/**
 * The generic URL codec (STYLE.md §1.5): `parse` never throws (anything invalid falls back to
 * the default), `serialize` leaves defaults out and writes keys in the order of `keys`.
 * Small readers below are shared by every route codec.
 */

export type Codec<S> = {
  /** The params this codec owns, in the order `serialize` writes them; others are left alone. */
  keys: readonly string[]
  defaults: S
  parse(sp: URLSearchParams): S
  serialize(state: S): URLSearchParams
}

/**
 * Wraps a codec so `parse` can never throw (a bug or hostile input yields `defaults`) and
 * `serialize` output is re-ordered to `keys` order (repeated params keep their relative order).
 */
export function defineCodec<S>(spec: Codec<S>): Codec<S> {
  const order = new Map(spec.keys.map((k, i) => [k, i]))
  return {
    keys: spec.keys,
    defaults: spec.defaults,
    parse(sp) {
      try {
        return spec.parse(sp)
      } catch {
        return spec.defaults
      }
    },
    serialize(state) {
      const entries = [...spec.serialize(state)]
      const ranked = entries.map((e, i) => ({ e, i, r: order.get(e[0]) ?? order.size }))
      ranked.sort((a, b) => a.r - b.r || a.i - b.i)
      return new URLSearchParams(ranked.map((x) => x.e))
    },
  }
}

/** Longest value any reader accepts; longer values are dropped as garbage. */
export const MAX_VALUE_LENGTH = 2048
// Control characters never belong in a shareable value (and would corrupt copied links).
// eslint-disable-next-line no-control-regex -- the point is to match them
const CONTROL = /[\u0000-\u001f\u007f]/

/** A sane single-line value: non-empty, at most `maxLength` chars, no control characters. */
export function isCleanValue(v: string, maxLength = MAX_VALUE_LENGTH): boolean {
  return v.length > 0 && v.length <= maxLength && !CONTROL.test(v)
}

/** First clean value of `name` (trimmed when `trim`), else `fallback`. */
export function readString(sp: URLSearchParams, name: string, fallback = '', opts: { maxLength?: number; trim?: boolean } = {}): string {
  for (const raw of sp.getAll(name)) {
    const v = opts.trim ? raw.trim() : raw
    if (isCleanValue(v, opts.maxLength)) return v
  }
  return fallback
}

/** First value of `name` that is one of `values`, else `fallback`; `aliases` maps legacy spellings. */
export function readEnum<T extends string>(sp: URLSearchParams, name: string, values: readonly T[], fallback: T, aliases: Record<string, T> = {}): T {
  for (const raw of sp.getAll(name)) {
    const v = raw.trim().toLowerCase()
    if ((values as readonly string[]).includes(v)) return v as T
    if (Object.hasOwn(aliases, v)) return aliases[v]
  }
  return fallback
}

/** `1`/`true`/`yes`/`on` → true, `0`/`false`/`no`/`off` → false, else `fallback`. */
export function readBool(sp: URLSearchParams, name: string, fallback = false): boolean {
  const v = sp.get(name)?.trim().toLowerCase()
  if (v === '1' || v === 'true' || v === 'yes' || v === 'on') return true
  if (v === '0' || v === 'false' || v === 'no' || v === 'off') return false
  return fallback
}

/** First finite number of `name` within [min, max], else `fallback`. */
export function readNumber(sp: URLSearchParams, name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  for (const raw of sp.getAll(name)) {
    if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(raw)) continue
    const n = Number(raw)
    if (Number.isFinite(n) && n >= (range.min ?? -Infinity) && n <= (range.max ?? Infinity)) return n
  }
  return fallback
}

/**
 * All values of `name` (and of `aliases`, appended after) that pass `accept`, de-duplicated in
 * first-seen order, at most `max` (default 100).
 */
export function readList(sp: URLSearchParams, name: string, opts: { accept?: (v: string) => boolean; max?: number; aliases?: string[] } = {}): string[] {
  const accept = opts.accept ?? ((v: string) => isCleanValue(v))
  const seen = new Set<string>()
  for (const key of [name, ...(opts.aliases ?? [])]) {
    for (const raw of sp.getAll(key)) {
      const v = raw.trim()
      if (accept(v)) seen.add(v)
      if (seen.size >= (opts.max ?? 100)) return [...seen]
    }
  }
  return [...seen]
}

/** Ids of experiments and runs: letters, digits, `-` and `_`, 1–64 chars (MLflow uses digits or 32 hex). */
export function isId(v: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(v)
}

/** Appends `value` under `name` unless it equals `fallback` (defaults are left out of links). */
export function writeIf<T extends string | number | boolean>(sp: URLSearchParams, name: string, value: T, fallback: T): void {
  if (value === fallback) return
  sp.append(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value))
}

/**
 * Query string for links, `?` included (or '' when empty). Like URLSearchParams but leaves
 * `:`, `/`, `,` and `@` readable, and `=` inside values (all legal in a query and decoded
 * identically); spaces become `%20`; `&`, `+`, `#`, `%` (and `=` in keys) stay encoded.
 */
export function toSearchString(sp: URLSearchParams): string {
  const parts: string[] = []
  for (const [k, v] of sp) parts.push(`${encodeReadable(k)}=${encodeReadable(v).replace(/%3D/gi, '=')}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

function encodeReadable(s: string): string {
  return encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',').replace(/%40/gi, '@')
}
