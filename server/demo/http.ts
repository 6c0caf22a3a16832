import type { AuthConfig } from '../auth.ts'

/** Thrown when the tracking server answers a demo write with a non-2xx status. */
export class SeedRequestError extends Error {
  readonly status: number
  readonly errorCode?: string

  constructor(method: string, path: string, status: number, body: string) {
    let code: string | undefined
    try {
      code = (JSON.parse(body) as { error_code?: string }).error_code
    } catch {
      code = undefined
    }
    super(`${method} ${path} → ${status}${code ? ` ${code}` : ''}: ${body.slice(0, 300)}`)
    this.status = status
    this.errorCode = code
  }
}

/**
 * A minimal MLflow REST client over `fetch`, as a real client talks to the server: JSON bodies
 * with `Content-Type: application/json`, GET parameters in the query string, raw-byte PUTs for
 * artifacts. Used by the demo seed, the contract tests and the benchmark.
 */
export class MlflowHttp {
  readonly baseUrl: string
  private readonly authHeader?: string

  constructor(baseUrl: string, auth?: AuthConfig) {
    this.baseUrl = baseUrl.replace(/\/+$/, '')
    if (auth) this.authHeader = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return this.authHeader ? { authorization: this.authHeader, ...extra } : extra
  }

  /** Sends `body` as JSON to `/api/2.0/mlflow/<endpoint>` and returns the parsed answer. */
  async call<T = Record<string, unknown>>(method: 'POST' | 'PATCH' | 'DELETE', endpoint: string, body: unknown): Promise<T> {
    const path = `/api/2.0/mlflow/${endpoint}`
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: this.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify(body),
    })
    return this.read<T>(method, path, res)
  }

  post<T = Record<string, unknown>>(endpoint: string, body: unknown): Promise<T> {
    return this.call<T>('POST', endpoint, body)
  }

  /** GET `/api/2.0/mlflow/<endpoint>` with query parameters (arrays become repeated keys). */
  async get<T = Record<string, unknown>>(endpoint: string, query: Record<string, string | number | string[]> = {}): Promise<T> {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(query)) for (const item of Array.isArray(v) ? v : [v]) params.append(k, String(item))
    const path = `/api/2.0/mlflow/${endpoint}${params.size ? `?${params}` : ''}`
    const res = await fetch(this.baseUrl + path, { headers: this.headers() })
    return this.read<T>('GET', path, res)
  }

  /** Uploads one artifact file through the proxied-artifact endpoint. */
  async putArtifact(artifactPath: string, body: string | Uint8Array<ArrayBuffer>, contentType: string): Promise<void> {
    const path = `/api/2.0/mlflow-artifacts/artifacts/${artifactPath.split('/').map(encodeURIComponent).join('/')}`
    const res = await fetch(this.baseUrl + path, { method: 'PUT', headers: this.headers({ 'content-type': contentType }), body })
    await this.read('PUT', path, res)
  }

  private async read<T>(method: string, path: string, res: Response): Promise<T> {
    const text = await res.text()
    if (!res.ok) throw new SeedRequestError(method, path, res.status, text)
    if (text.trim() === '') return {} as T
    return JSON.parse(text) as T
  }
}
