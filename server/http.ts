import type { Context, Hono } from 'hono'
import { invalidParam, MlflowError } from './errors.ts'

/** Largest JSON request body accepted, in bytes (MLflow's own log-batch limits fit easily). */
export const MAX_JSON_BODY_BYTES = 16 * 1024 * 1024

/**
 * The parameters of one API request: the query string for GET, the JSON body otherwise
 * (MLflow reads `DELETE` parameters from the body too). Accessors validate types and throw
 * MLflow's INVALID_PARAMETER_VALUE on a mismatch.
 */
export class RequestInput {
  readonly source: Record<string, unknown>
  readonly isQuery: boolean

  constructor(source: Record<string, unknown>, isQuery: boolean) {
    this.source = source
    this.isQuery = isQuery
  }

  has(name: string): boolean {
    const v = this.source[name]
    return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)
  }

  /** A string parameter; numbers are accepted as MLflow's protobuf parser does for string fields. */
  str(name: string): string | undefined {
    const v = this.source[name]
    if (v === undefined || v === null) return undefined
    if (Array.isArray(v)) return v.length ? this.scalarToString(name, v[v.length - 1]) : undefined
    return this.scalarToString(name, v)
  }

  requireStr(name: string): string {
    const v = this.str(name)
    if (v === undefined || v === '') throw invalidParam(`Missing value for required parameter '${name}'.`)
    return v
  }

  /** An integer parameter (int64 may arrive as a JSON number or a numeric string). */
  int(name: string): number | undefined {
    const v = this.source[name]
    if (v === undefined || v === null || v === '') return undefined
    const raw = Array.isArray(v) ? v[v.length - 1] : v
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN
    if (!Number.isSafeInteger(n)) throw invalidParam(`Invalid value ${JSON.stringify(raw)} for parameter '${name}' supplied: expected an integer.`)
    return n
  }

  bool(name: string): boolean | undefined {
    const v = this.source[name]
    if (v === undefined || v === null || v === '') return undefined
    if (typeof v === 'boolean') return v
    if (v === 'true' || v === 'True') return true
    if (v === 'false' || v === 'False') return false
    throw invalidParam(`Invalid value ${JSON.stringify(v)} for parameter '${name}' supplied: expected a boolean.`)
  }

  /** A repeated parameter: repeated query keys (also `name[]`) or a JSON array. */
  strList(name: string): string[] {
    const v = this.source[name] ?? this.source[`${name}[]`]
    if (v === undefined || v === null) return []
    const list = Array.isArray(v) ? v : [v]
    return list.map((item) => this.scalarToString(name, item))
  }

  /** A JSON array of objects (e.g. log-batch `metrics`); absent means empty. */
  objects(name: string): Record<string, unknown>[] {
    const v = this.source[name]
    if (v === undefined || v === null) return []
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'object' || x === null || Array.isArray(x)))
      throw invalidParam(`Invalid value for parameter '${name}': expected a list of objects.`)
    return v as Record<string, unknown>[]
  }

  private scalarToString(name: string, v: unknown): string {
    if (typeof v === 'string') return v
    if (typeof v === 'number' || typeof v === 'boolean') return String(v)
    throw invalidParam(`Invalid value ${JSON.stringify(v)} for parameter '${name}' supplied: expected a string.`)
  }
}

/** Parses the query string, keeping repeated keys as lists. */
export function queryInput(c: Context): RequestInput {
  const url = new URL(c.req.url)
  const out: Record<string, unknown> = {}
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key)
    out[key] = all.length === 1 ? all[0] : all
  }
  return new RequestInput(out, true)
}

/** Reads a JSON body; MLflow requires `Content-Type: application/json` on every body-carrying call. */
export async function jsonInput(c: Context): Promise<RequestInput> {
  const type = c.req.header('content-type') ?? ''
  const length = Number(c.req.header('content-length') ?? '0')
  if (length > MAX_JSON_BODY_BYTES) throw invalidParam(`Request body exceeds the limit of ${MAX_JSON_BODY_BYTES} bytes.`)
  const text = await c.req.text()
  if (!type.toLowerCase().startsWith('application/json')) {
    // An empty body without any content type still reads as "no parameters" in MLflow; a
    // declared non-JSON type is rejected even when the body is empty (runs-search-wrong-content-type).
    if (text.trim() === '' && type === '') return new RequestInput({}, false)
    throw invalidParam(`Bad Request. Content-Type must be 'application/json', got '${type}'.`)
  }
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw invalidParam(`Request body exceeds the limit of ${MAX_JSON_BODY_BYTES} bytes.`)
  if (text.trim() === '') return new RequestInput({}, false)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new MlflowError('BAD_REQUEST', 'Malformed JSON in the request body.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw invalidParam('The request body must be a JSON object.')
  return new RequestInput(parsed as Record<string, unknown>, false)
}

export type Handler = (input: RequestInput, c: Context) => unknown | Promise<unknown>

/**
 * A 200 answer already serialized as JSON, sent as is. UTF-8 bytes are written without another
 * pass over them; a string is encoded once by Node.
 */
export function jsonBodyResponse(body: string | Uint8Array): Response {
  return new Response(body as string | Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/json' } })
}
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** The MLflow API prefixes; every endpoint is served under both, as MLflow does. */
export const API_PREFIXES = ['/api/2.0/mlflow', '/ajax-api/2.0/mlflow'] as const

/**
 * Registers MLflow endpoints. `endpoint` is relative to the prefix (`runs/search`); a handler
 * returns the response object, already in MLflow's wire format (empty fields omitted).
 */
export class ApiRouter {
  private readonly app: Hono

  constructor(app: Hono) {
    this.app = app
  }

  route(methods: Method[], endpoint: string, handler: Handler, prefixes: readonly string[] = API_PREFIXES): void {
    for (const prefix of prefixes) {
      const path = `${prefix}/${endpoint}`
      for (const method of methods) {
        this.app.on(method, path, async (c) => {
          const input = method === 'GET' ? queryInput(c) : await jsonInput(c)
          const result = await handler(input, c)
          return result instanceof Response ? result : c.json(result ?? {})
        })
      }
    }
  }

  get(endpoint: string, handler: Handler, prefixes?: readonly string[]): void {
    this.route(['GET'], endpoint, handler, prefixes)
  }
  post(endpoint: string, handler: Handler, prefixes?: readonly string[]): void {
    this.route(['POST'], endpoint, handler, prefixes)
  }
  patch(endpoint: string, handler: Handler, prefixes?: readonly string[]): void {
    this.route(['PATCH'], endpoint, handler, prefixes)
  }
  delete(endpoint: string, handler: Handler, prefixes?: readonly string[]): void {
    this.route(['DELETE'], endpoint, handler, prefixes)
  }
}
