import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRunlensApp } from './runlens-app.ts'

type Seen = { url: string; method: string; headers: IncomingHttpHeaders; body: string }
let seen: Seen[] = []
let upstream: Server
let base = ''

// A fake MLflow 3.x: rejects a foreign Host or Origin with 403, like its security middleware.
beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() })
      const origin = req.headers.origin
      if (req.headers.host !== new URL(base).host || (origin && origin !== base)) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('Invalid host')
        return
      }
      if (req.url?.includes('gzipped')) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync('{"ok":true}'))
        return
      }
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'sid=1' }).end('{"experiments":[]}')
    })
  })
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => upstream.close(() => r())))

const proxied = (authorization?: string) => createRunlensApp({ mlflow: { mode: 'remote', url: `${base}/prefix`, authorization } })

describe('remote proxy', () => {
  it('rewrites Host and Origin, keeps the path prefix, query and body', async () => {
    seen = []
    const res = await proxied().request('http://localhost:8080/api/2.0/mlflow/runs/search?x=1', {
      method: 'POST',
      headers: { origin: 'http://localhost:8080', 'content-type': 'application/json', cookie: 'private=1' },
      body: JSON.stringify({ experiment_ids: ['1'] }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ experiments: [] })
    expect(res.headers.get('set-cookie')).toBeNull()
    const [req] = seen
    expect(req.url).toBe('/prefix/api/2.0/mlflow/runs/search?x=1')
    expect(req.headers.origin).toBe(base)
    expect(req.headers.cookie).toBeUndefined()
    expect(JSON.parse(req.body)).toEqual({ experiment_ids: ['1'] })
  })

  it.each([
    { name: 'browser header is forwarded', configured: undefined, browser: 'Basic YTpi', want: 'Basic YTpi' },
    { name: 'configured credentials win', configured: 'Bearer tok', browser: 'Basic YTpi', want: 'Bearer tok' },
    { name: 'nothing to send', configured: undefined, browser: undefined, want: undefined },
  ])('authorization: $name', async ({ configured, browser, want }) => {
    seen = []
    await proxied(configured).request('/version', { headers: browser ? { authorization: browser } : {} })
    expect(seen[0].headers.authorization).toBe(want)
  })

  it('decodes compressed upstream bodies and drops the stale encoding header', async () => {
    const res = await proxied().request('/ajax-api/2.0/mlflow/gzipped')
    expect(res.headers.get('content-encoding')).not.toBe('gzip')
    expect(await res.json()).toEqual({ ok: true })
  })

  it('answers 502 UPSTREAM_UNREACHABLE when the server is down', async () => {
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise<void>((r) => closed.close(() => r()))
    const app = createRunlensApp({ mlflow: { mode: 'remote', url: dead } })
    const res = await app.request('/api/2.0/mlflow/experiments/search')
    expect(res.status).toBe(502)
    const body = (await res.json()) as { error_code: string; message: string }
    expect(body.error_code).toBe('UPSTREAM_UNREACHABLE')
    expect(body.message).toContain(dead)
    expect(body.message).toContain('ECONNREFUSED')
  })
})
