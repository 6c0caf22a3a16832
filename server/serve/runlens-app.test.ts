import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterAll, describe, expect, it } from 'vitest'
import { createRunlensApp } from './runlens-app.ts'
import { pickEncoding } from './static.ts'

const dist = mkdtempSync(join(tmpdir(), 'runlens-dist-'))
mkdirSync(join(dist, 'assets'))
const bigJs = `console.log(${JSON.stringify('x'.repeat(5000))})`
writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>')
writeFileSync(join(dist, 'assets', 'index-abc123.js'), bigJs)
writeFileSync(join(dist, 'favicon.svg'), '<svg/>')
afterAll(() => rmSync(dist, { recursive: true, force: true }))

// A stand-in for the embedded tracking app: echoes what it received.
const tracking = new Hono()
tracking.all('*', (c) => c.json({ path: c.req.path, method: c.req.method }))
const app = createRunlensApp({ mlflow: { mode: 'embedded', app: tracking }, distDir: dist })

describe('static serving', () => {
  it.each([
    { path: '/', type: 'text/html', cache: 'no-cache', body: '<div id="root">' },
    { path: '/experiments/1/runs/abc', type: 'text/html', cache: 'no-cache', body: '<div id="root">' },
    { path: '/favicon.svg', type: 'image/svg+xml', cache: 'no-cache', body: '<svg/>' },
    { path: '/assets/index-abc123.js', type: 'text/javascript', cache: 'public, max-age=31536000, immutable', body: 'console.log' },
  ])('GET $path', async ({ path, type, cache, body }) => {
    const res = await app.request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain(type)
    expect(res.headers.get('cache-control')).toBe(cache)
    expect(await res.text()).toContain(body)
  })

  it.each(['/assets/missing.js', '/missing.png', '/..%2f..%2f..%2fetc%2fpasswd'])('404 for %s', async (path) => {
    expect((await app.request(path)).status).toBe(404)
  })

  it('never serves files outside dist', async () => {
    const res = await app.request('/%2e%2e/%2e%2e/%2e%2e/etc/passwd')
    expect(await res.text()).not.toContain('root:')
  })

  it('compresses text assets with brotli or gzip', async () => {
    const br = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toBe('Accept-Encoding')
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(bigJs)
    const gz = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(bigJs)
  })

  it('answers 304 for a revalidated index.html', async () => {
    const first = await app.request('/')
    const again = await app.request('/', { headers: { 'if-none-match': first.headers.get('etag') ?? '' } })
    expect(again.status).toBe(304)
  })

  it('sets the app CSP without inline scripts, nosniff and a referrer policy', async () => {
    const res = await app.request('/')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
  })
})

describe('routing', () => {
  it.each([
    ['/api/2.0/mlflow/experiments/search', true],
    ['/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval', true],
    ['/get-artifact', true],
    ['/model-versions/get-artifact', true],
    ['/version', true],
    ['/health', true],
    ['/apiary', false],
    ['/versions', false],
  ])('%s goes to MLflow: %s', async (path, toMlflow) => {
    const res = await app.request(path)
    const isJson = (res.headers.get('content-type') ?? '').includes('json')
    expect(isJson && ((await res.json()) as { path: string }).path === path).toBe(toMlflow)
  })

  it('sandboxes artifact responses', async () => {
    const res = await app.request('/get-artifact?path=x.html&run_uuid=1')
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox/)
  })

  it('reports the mode at /runlens/server-info', async () => {
    expect(await (await app.request('/runlens/server-info')).json()).toEqual({ mode: 'embedded' })
    const remote = createRunlensApp({ mlflow: { mode: 'remote', url: 'http://mlflow:5000' }, fetchImpl: async () => new Response('') })
    expect(await (await remote.request('/runlens/server-info')).json()).toEqual({ mode: 'remote', trackingUri: 'http://mlflow:5000' })
  })

  it('protects everything but /health with front-door basic auth', async () => {
    const locked = createRunlensApp({ mlflow: { mode: 'embedded', app: tracking }, distDir: dist, auth: { username: 'a', password: 'b' } })
    expect((await locked.request('/')).status).toBe(401)
    expect((await locked.request('/api/2.0/mlflow/experiments/search')).status).toBe(401)
    expect((await locked.request('/health')).status).toBe(200)
    const ok = await locked.request('/', { headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } })
    expect(ok.status).toBe(200)
    // The registry approval UI shows this user as the verified actor.
    const info = await locked.request('/runlens/server-info', { headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } })
    expect(await info.json()).toEqual({ mode: 'embedded', user: 'a' })
  })
})

describe('pickEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    [undefined, 'identity'],
  ] as const)('%s → %s', (header, want) => expect(pickEncoding(header)).toBe(want))
})
