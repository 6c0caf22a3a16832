import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { acceptsGzip, compressApi, isLoopbackAddress, MIN_COMPRESS_BYTES } from './api-compress.ts'

describe('acceptsGzip', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br', false],
    ['GZIP;q=0.5', true],
    ['gzip;q=0', false],
    ['gzip; q=0.0, br', false],
    ['*', true],
    ['*;q=0', false],
    ['*, gzip;q=0', false],
  ])('%s → %s', (header, want) => {
    expect(acceptsGzip(header)).toBe(want)
  })
})

describe('compressApi', () => {
  const big = { metrics: Array.from({ length: 2000 }, (_, i) => ({ key: 'loss', value: i / 7, timestamp: 1700000000000 + i, step: i })) }
  const app = new Hono()
  app.use('/api/*', ...compressApi())
  app.get('/api/big', (c) => c.json(big))
  app.get('/api/small', (c) => c.json({ ok: true }))
  app.get('/api/no-transform', (c) => c.json(big, 200, { 'Cache-Control': 'no-transform' }))
  app.get('/api/text', (c) => c.text('x'.repeat(5000)))
  app.get('/api/vary', (c) => c.json(big, 200, { Vary: 'Origin' }))

  it('gzips large JSON when the client accepts gzip, byte for byte the same JSON', async () => {
    const res = await app.request('/api/big', { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(JSON.stringify(big))
  })

  it.each([
    ['/api/big', 'identity'],
    ['/api/big', 'gzip;q=0'],
    ['/api/small', 'gzip'],
    ['/api/no-transform', 'gzip'],
  ])('%s with accept-encoding %s stays uncompressed', async (path, accept) => {
    const res = await app.request(path, { headers: { 'accept-encoding': accept } })
    expect(res.headers.get('content-encoding')).toBeNull()
    const text = await res.text()
    expect(JSON.parse(text)).toEqual(path === '/api/small' ? { ok: true } : big)
    if (path === '/api/small') expect(text.length).toBeLessThan(MIN_COMPRESS_BYTES)
  })

  it.each([
    ['127.0.0.1', null],
    ['::1', null],
    ['::ffff:127.0.0.1', null],
    ['10.1.2.3', 'gzip'],
    ['::ffff:192.168.1.9', 'gzip'],
  ])('a client at %s gets content-encoding %s', async (address, encoding) => {
    const env = { incoming: { socket: { remoteAddress: address } } }
    const res = await app.request('/api/big', { headers: { 'accept-encoding': 'gzip' } }, env)
    expect(res.headers.get('content-encoding')).toBe(encoding)
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    const body = Buffer.from(await res.arrayBuffer())
    expect(JSON.parse((encoding ? gunzipSync(body) : body).toString())).toEqual(big)
  })

  it.each([['127.0.0.1', true], ['127.255.0.1', true], ['::1', true], ['::ffff:127.0.0.1', true], ['128.0.0.1', false], ['::2', false], [undefined, false], ['127.0.0.1.evil', false]])(
    'isLoopbackAddress(%s) is %s',
    (address, expected) => expect(isLoopbackAddress(address)).toBe(expected),
  )

  it('adds Accept-Encoding to an existing Vary', async () => {
    const res = await app.request('/api/vary', { headers: { 'accept-encoding': 'gzip' } })
    expect(res.headers.get('vary')).toBe('Origin, Accept-Encoding')
  })

  it('leaves other compressible types to the streaming compressor', async () => {
    const res = await app.request('/api/text', { headers: { 'accept-encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe('x'.repeat(5000))
  })

  it('over a real loopback socket: the whole body with a Content-Length (written at once, not streamed), also for proxied answers', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(big))
    const real = new Hono()
    real.use('/api/*', ...compressApi())
    real.get('/api/bytes', () => new Response(bytes, { headers: { 'Content-Type': 'application/json' } }))
    // A fetch() answer has immutable headers, as the MLflow proxy's do.
    real.get('/api/proxied', () => fetch('data:application/json,{"proxied":true}'))
    const server = serve({ fetch: real.fetch, hostname: '127.0.0.1', port: 0 })
    try {
      await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())))
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const res = await fetch(`${base}/api/bytes`, { headers: { 'accept-encoding': 'gzip' } })
      expect(res.headers.get('content-encoding')).toBeNull()
      expect(res.headers.get('vary')).toBe('Accept-Encoding')
      expect(res.headers.get('transfer-encoding')).toBeNull()
      expect(res.headers.get('content-length')).toBe(String(bytes.byteLength))
      expect(JSON.parse(await res.text())).toEqual(big)
      const proxied = await fetch(`${base}/api/proxied`, { headers: { 'accept-encoding': 'gzip' } })
      expect(proxied.headers.get('vary')).toBe('Accept-Encoding')
      expect(await proxied.json()).toEqual({ proxied: true })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
