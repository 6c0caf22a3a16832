import type { Context } from 'hono'
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import { promisify } from 'node:util'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.webmanifest'])
/** Below this size compression costs more than it saves (one TCP packet either way). */
const MIN_COMPRESS_BYTES = 1024

/** Brotli quality for text assets: the best ratio that still compresses a 1 MB chunk in ~30 ms. */
export const BROTLI_QUALITY = 5

type Encoding = 'br' | 'gzip' | 'identity'
type Entry = { body: Buffer; mtimeMs: number; etag: string; variants: Map<Encoding, Promise<Buffer>> }

/** Picks brotli over gzip when the client accepts both; q=0 excludes an encoding. */
export function pickEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q))
      .map(([name]) => name.trim().toLowerCase()),
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return 'identity'
}

/**
 * Serves the built app from `distDir`: hashed files under /assets/ are cached for a year
 * (immutable), everything else (index.html, favicon, theme script) must revalidate. Text files
 * are compressed once per process and kept in memory; the whole dist is a few megabytes.
 * Any GET that is not a file and not under /assets/ gets index.html, so client routes deep-link.
 */
export function createStaticHandler(distDir: string) {
  const root = normalize(distDir + sep)
  const cache = new Map<string, Entry>()

  async function load(file: string): Promise<Entry | undefined> {
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) return undefined
    const hit = cache.get(file)
    if (hit && hit.mtimeMs === info.mtimeMs) return hit
    const body = await readFile(file)
    const entry: Entry = { body, mtimeMs: info.mtimeMs, etag: `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`, variants: new Map() }
    cache.set(file, entry)
    return entry
  }

  function variant(entry: Entry, encoding: Encoding): Promise<Buffer> {
    let v = entry.variants.get(encoding)
    if (!v) {
      // Brotli quality 5, not 10: on the ECharts chunk q10 costs ~530 ms of CPU for 9% fewer bytes,
      // and that CPU is taken from a 2-core box exactly while the first page loads (q5: ~30 ms).
      v = encoding === 'br'
        ? brotli(entry.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
        : encoding === 'gzip' ? gz(entry.body, { level: 9 }) : Promise.resolve(entry.body)
      entry.variants.set(encoding, v)
    }
    return v
  }

  /**
   * Loads every text file of the build and brotli-compresses it, one file at a time, so the
   * first visitor's page does not wait for it (the compare page loads ~30 chunks; compressing
   * them on demand took CPU from the API answers of that same load). Never throws.
   */
  async function precompress(): Promise<void> {
    const files = await readdir(root, { recursive: true }).catch(() => [] as string[])
    for (const name of files) {
      if (!COMPRESSIBLE.has(extname(name))) continue
      const entry = await load(join(root, name)).catch(() => undefined)
      if (entry && entry.body.length >= MIN_COMPRESS_BYTES) await variant(entry, 'br').catch(() => undefined)
    }
  }

  async function serveStatic(c: Context): Promise<Response> {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('Method Not Allowed', 405)
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(c.req.url).pathname)
    } catch {
      return c.text('Bad Request', 400)
    }
    const candidate = normalize(join(root, pathname))
    const inside = candidate.startsWith(root) && !pathname.includes('\0')
    let file = inside ? candidate : undefined
    let entry = file ? await load(file) : undefined
    const isAsset = pathname.startsWith('/assets/')
    if (!entry) {
      if (isAsset || !inside || extname(pathname) !== '') return c.text('Not Found', 404)
      file = join(root, 'index.html')
      entry = await load(file)
      if (!entry) return c.text('The app is not built. Run `npm run build` first.', 503)
    }
    const ext = extname(file!)
    const headers = new Headers({
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: entry.etag,
    })
    if (!isAsset && c.req.header('if-none-match') === entry.etag) return new Response(null, { status: 304, headers })
    const encoding = COMPRESSIBLE.has(ext) && entry.body.length >= MIN_COMPRESS_BYTES ? pickEncoding(c.req.header('accept-encoding')) : 'identity'
    if (COMPRESSIBLE.has(ext)) headers.set('Vary', 'Accept-Encoding')
    if (encoding !== 'identity') headers.set('Content-Encoding', encoding)
    const body = await variant(entry, encoding)
    headers.set('Content-Length', String(body.length))
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }

  return Object.assign(serveStatic, { precompress })
}
