import type { Context } from 'hono'

/** Paths the browser sends to MLflow; everything else is the app or Runlens' own endpoints. */
export const MLFLOW_PATH_PREFIXES = ['/api', '/ajax-api', '/get-artifact', '/model-versions/get-artifact', '/health', '/version'] as const

/** True when `pathname` is one of MLflow's paths (exact match or a sub-path, never `/apiary`). */
export function isMlflowPath(pathname: string): boolean {
  return MLFLOW_PATH_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))
}

// Hop-by-hop headers (RFC 9110 §7.6.1) plus the ones undici must compute itself.
const DROP_REQUEST = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer',
  'transfer-encoding', 'upgrade', 'host', 'accept-encoding', 'referer', 'cookie',
])
// undici decodes gzip/br bodies, so the original encoding and length no longer describe the bytes.
const DROP_RESPONSE = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length', 'set-cookie'])

export type ProxyConfig = {
  /** Remote base URL without credentials, e.g. `http://mlflow:5000` or `https://host/mlflow`. */
  url: string
  /** Sent upstream instead of the browser's Authorization header when set (operator credentials). */
  authorization?: string
  /** Whether the browser's own Authorization header may be passed on (false when Runlens' front-door auth used it). */
  forwardBrowserAuth: boolean
  /** Injected in tests; defaults to the global (undici) fetch. */
  fetchImpl?: typeof fetch
}

/**
 * Forwards one request to the remote MLflow server, streaming the body both ways. Host and
 * Origin are rewritten to the upstream's own, because MLflow 3.x answers 403 to a foreign Host
 * or Origin (its DNS-rebinding and CSRF guard); the browser only ever talks to one origin.
 * Cookies are not forwarded: MLflow's REST API does not use them and they belong to Runlens.
 * An unreachable upstream becomes a 502 JSON error in MLflow's format (`UPSTREAM_UNREACHABLE`).
 */
export function createMlflowProxy(config: ProxyConfig) {
  const base = new URL(config.url)
  const prefix = base.pathname.replace(/\/+$/, '')
  const doFetch = config.fetchImpl ?? fetch

  return async function proxy(c: Context): Promise<Response> {
    const incoming = new URL(c.req.url)
    const upstream = new URL(`${prefix}${incoming.pathname}${incoming.search}`, base.origin)
    const headers = new Headers()
    c.req.raw.headers.forEach((value, key) => {
      if (!DROP_REQUEST.has(key)) headers.set(key, value)
    })
    if (headers.has('origin')) headers.set('origin', base.origin)
    headers.delete('authorization')
    const browserAuth = c.req.header('authorization')
    if (config.authorization) headers.set('authorization', config.authorization)
    else if (config.forwardBrowserAuth && browserAuth) headers.set('authorization', browserAuth)

    const method = c.req.method
    const hasBody = method !== 'GET' && method !== 'HEAD' && c.req.raw.body !== null
    let res: Response
    try {
      res = await doFetch(upstream, {
        method,
        headers,
        body: hasBody ? c.req.raw.body : undefined,
        // Required by undici for a streamed request body.
        ...(hasBody ? { duplex: 'half' } : {}),
        redirect: 'manual',
        signal: c.req.raw.signal,
      } as RequestInit)
    } catch (err) {
      const reason = describeFetchError(err)
      console.error(`[runlens] cannot reach MLflow at ${config.url}: ${reason}`)
      return c.json({ error_code: 'UPSTREAM_UNREACHABLE', message: `Cannot reach the MLflow server at ${config.url} (${reason}).` }, 502)
    }
    const out = new Headers()
    res.headers.forEach((value, key) => {
      if (!DROP_RESPONSE.has(key)) out.set(key, value)
    })
    return new Response(method === 'HEAD' ? null : res.body, { status: res.status, statusText: res.statusText, headers: out })
  }
}

function describeFetchError(err: unknown): string {
  if (!(err instanceof Error)) return String(err)
  const cause = (err as Error & { cause?: unknown }).cause
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code
    return typeof code === 'string' ? code : cause.message
  }
  return err.message
}
