import type { MiddlewareHandler } from 'hono'
import { compress, COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)

/** Below this size compression costs more than it saves (one TCP packet either way). */
export const MIN_COMPRESS_BYTES = 1024

/**
 * zlib level for API JSON. Metric histories are megabytes of repetitive JSON (a 25,000-point
 * get-history page is 1.9 MB): level 1 compresses it about 3x faster than zlib's default 6
 * (18 vs 60 ms per page here) and only ~7% larger (247 vs 230 kB), because the repeated keys
 * that make most of the size are found at any level. The compare view fetches 80 such pages, so
 * the CPU matters more than the last few kilobytes, above all on a machine shared with the browser.
 */
export const API_GZIP_LEVEL = 1

/** True when the client accepts gzip (a q=0 entry refuses it; `*` accepts it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  let gzipQ: string | undefined
  let anyQ: string | undefined
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1'
    const n = name.trim().toLowerCase()
    if (n === 'gzip') gzipQ = q
    else if (n === '*') anyQ = q
  }
  const q = gzipQ ?? anyQ
  return q !== undefined && Number(q) > 0
}

/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback addresses. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)
}

/** The peer address of a request served by @hono/node-server (undefined in app.request tests). */
function remoteAddress(env: unknown): string | undefined {
  return (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress
}

/** Adds `Accept-Encoding` to Vary (the answer depends on it); throws on immutable headers. */
function addVaryAcceptEncoding(headers: Headers): void {
  const vary = headers.get('Vary')
  if (!vary) headers.set('Vary', 'Accept-Encoding')
  else if (vary !== '*' && !/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary)) headers.set('Vary', `${vary}, Accept-Encoding`)
}

/** True for a JSON Content-Type (the API's own responses and proxied MLflow ones). */
const isJson = (type: string) => /^\s*application\/json(?:[;\s]|$)/i.test(type)

/**
 * Compression for MLflow API responses: two middlewares, mount both in this order. JSON bodies
 * (complete strings in memory already: the handlers build them whole) are gzipped at
 * API_GZIP_LEVEL on libuv's thread pool, so the event loop keeps serving while a large history
 * compresses; loopback clients get them uncompressed. Anything else (streamed artifact files) keeps Hono's streaming compression.
 */
export function compressApi(): MiddlewareHandler[] {
  const json: MiddlewareHandler = async (c, next) => {
    await next()
    const res = c.res
    // Status, not `res.body`: reading the body of @hono/node-server's light Response turns it into a stream.
    if (!isJson(res.headers.get('Content-Type') ?? '') || res.status === 204 || res.status === 304 || res.status === 206 || c.req.method === 'HEAD') return
    if (res.headers.has('Content-Encoding') || /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(res.headers.get('Cache-Control') ?? '')) return
    // A loopback client (the browser on the same machine, the usual `npm start` case) gains
    // nothing from fewer bytes, while both ends pay the CPU: ~15 ms to gzip and ~5 ms to inflate
    // each 1.9 MB history page, on a box whose cores the browser needs too.
    if (!acceptsGzip(c.req.header('Accept-Encoding')) || isLoopbackAddress(remoteAddress(c.env))) {
      try {
        // In place: the handler's response keeps its in-memory body, which @hono/node-server
        // writes in one call (a rebuilt Response would be streamed through a reader instead).
        addVaryAcceptEncoding(res.headers)
      } catch {
        // Immutable headers (a fetch() response from the proxy): rebuild around the same body.
        const headers = new Headers(res.headers)
        addVaryAcceptEncoding(headers)
        c.res = undefined
        c.res = new Response(res.body, { status: res.status, statusText: res.statusText, headers })
      }
      return
    }
    const headers = new Headers(res.headers)
    addVaryAcceptEncoding(headers)
    // Hono's c.res setter copies the old response's headers over the new one's; clearing it
    // first keeps the headers built here (Vary, no stale Content-Length).
    c.res = undefined
    const body = Buffer.from(await res.arrayBuffer())
    headers.delete('Content-Length')
    if (body.length >= MIN_COMPRESS_BYTES) headers.set('Content-Encoding', 'gzip')
    const out = body.length >= MIN_COMPRESS_BYTES ? await gzipAsync(body, { level: API_GZIP_LEVEL }) : body
    c.res = new Response(out, { status: res.status, statusText: res.statusText, headers })
  }
  const other = compress({ contentTypeFilter: (type) => COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) && !isJson(type) })
  return [json, other]
}
