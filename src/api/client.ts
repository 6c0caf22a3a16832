/**
 * The only module that calls `fetch` on the main thread (the history worker,
 * history-decode.worker.ts, fetches get-history pages with the same request and this module's
 * error mapping). Every other MLflow request goes through `mlflowFetch`
 * (JSON endpoints) or `mlflowFetchRaw` (artifact bytes). Both throw `MlflowApiError` for
 * HTTP errors (JSON or HTML bodies), network failures and unparsable responses.
 */

export type ErrorKind = 'http' | 'network' | 'parse' | 'aborted'

export class MlflowApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number
  /** MLflow's error_code (e.g. RESOURCE_DOES_NOT_EXIST), or a Runlens code for non-MLflow failures. */
  readonly errorCode: string
  readonly kind: ErrorKind
  /** The URL that failed, without credentials. */
  readonly url: string

  constructor(init: { status: number; errorCode: string; message: string; kind: ErrorKind; url: string }) {
    super(init.message)
    this.name = 'MlflowApiError'
    this.status = init.status
    this.errorCode = init.errorCode
    this.kind = init.kind
    this.url = init.url
  }

  get isNotFound(): boolean {
    return this.status === 404 || this.errorCode === 'RESOURCE_DOES_NOT_EXIST'
  }
  get isAuth(): boolean {
    return this.status === 401 || this.status === 403
  }
  get isUnreachable(): boolean {
    return this.kind === 'network'
  }
}

type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[]

export type MlflowFetchOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Query parameters; arrays become repeated keys (`run_id=a&run_id=b`), as MLflow expects. */
  query?: Record<string, QueryValue>
  body?: unknown
  signal?: AbortSignal
  /** `api` → /api/2.0/mlflow, `ajax` → /ajax-api/2.0/mlflow (bulk history lives only there), `root` → path as given. */
  prefix?: 'api' | 'ajax' | 'root'
}

const PREFIX = { api: '/api/2.0/mlflow/', ajax: '/ajax-api/2.0/mlflow/', root: '/' } as const

/** Builds a same-origin URL for an MLflow endpoint. */
export function mlflowUrl(path: string, query?: Record<string, QueryValue>, prefix: keyof typeof PREFIX = 'api'): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v))
    else params.append(key, String(value))
  }
  const qs = params.toString()
  return `${PREFIX[prefix]}${path.replace(/^\//, '')}${qs ? `?${qs}` : ''}`
}

/** The error of a request that was cancelled (`signal` aborted). */
export function abortedError(url: string): MlflowApiError {
  return new MlflowApiError({ status: 0, errorCode: 'ABORTED', message: 'Request cancelled.', kind: 'aborted', url })
}

/** The error of a request that never got an answer; `detail` is the browser's reason. */
export function networkError(url: string, detail: string): MlflowApiError {
  return new MlflowApiError({ status: 0, errorCode: 'NETWORK_ERROR', message: `Could not reach the server (${detail}).`, kind: 'network', url })
}

/** The error of an answer whose body is not JSON at all (an HTML proxy page, a cut-off body). */
export function malformedError(url: string, status: number): MlflowApiError {
  return new MlflowApiError({ status, errorCode: 'MALFORMED_RESPONSE', message: 'The server sent a response that is not valid JSON.', kind: 'parse', url })
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (cause) {
    if (init.signal?.aborted) throw abortedError(url)
    throw networkError(url, cause instanceof Error ? cause.message : String(cause))
  }
}

/** Turns a non-2xx response (JSON error, HTML page or nothing) into a typed error. */
export async function errorFromResponse(res: Response, url: string): Promise<MlflowApiError> {
  const text = await res.text().catch(() => '')
  const type = res.headers.get('content-type') ?? ''
  if (type.includes('json')) {
    try {
      const body = JSON.parse(text) as { error_code?: unknown; message?: unknown }
      if (body && typeof body === 'object') {
        return new MlflowApiError({
          status: res.status,
          errorCode: typeof body.error_code === 'string' ? body.error_code : `HTTP_${res.status}`,
          message: typeof body.message === 'string' && body.message ? body.message : res.statusText || `HTTP ${res.status}`,
          kind: 'http',
          url,
        })
      }
    } catch {
      // fall through: a JSON content type with a broken body is reported like an HTML page
    }
  }
  // HTML error pages (routing 404/405, gunicorn limits, proxies): keep a short plain-text excerpt.
  const plain = text.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
  const message = plain ? plain.slice(0, 300) : res.statusText || `HTTP ${res.status}`
  return new MlflowApiError({ status: res.status, errorCode: `HTTP_${res.status}`, message, kind: 'http', url })
}

/** Calls a JSON endpoint and returns the parsed body (validate it with a zod schema). */
export async function mlflowFetch(path: string, options: MlflowFetchOptions = {}): Promise<unknown> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST')
  const url = mlflowUrl(path, options.query, options.prefix)
  const hasBody = options.body !== undefined
  const res = await send(url, {
    method,
    signal: options.signal,
    headers: hasBody ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
    body: hasBody ? JSON.stringify(options.body) : undefined,
    credentials: 'same-origin',
  })
  if (!res.ok) throw await errorFromResponse(res, url)
  const text = await res.text()
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw malformedError(url, res.status)
  }
}

/** Fetches raw bytes (artifacts, `/version`); the caller decides how to read the body. */
export async function mlflowFetchRaw(path: string, options: Omit<MlflowFetchOptions, 'body'> = {}): Promise<Response> {
  const url = mlflowUrl(path, options.query, options.prefix ?? 'root')
  const res = await send(url, { method: options.method ?? 'GET', signal: options.signal, credentials: 'same-origin' })
  if (!res.ok) throw await errorFromResponse(res, url)
  return res
}
