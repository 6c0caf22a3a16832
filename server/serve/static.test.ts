import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterAll, describe, expect, it, vi } from 'vitest'

// Counts brotli compressions (the real ones run): precompress() must do them before any request.
const calls = vi.hoisted(() => ({ brotli: 0 }))
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof import('node:zlib')>()
  const brotliCompress = ((...args: Parameters<typeof zlib.brotliCompress>) => {
    calls.brotli++
    return (zlib.brotliCompress as (...a: unknown[]) => void)(...args)
  }) as typeof zlib.brotliCompress
  return { ...zlib, brotliCompress, default: { ...zlib, brotliCompress } }
})

const { createStaticHandler } = await import('./static.ts')

const dist = mkdtempSync(join(tmpdir(), 'runlens-static-'))
mkdirSync(join(dist, 'assets'))
const bigJs = `console.log(${JSON.stringify('y'.repeat(8000))})`
writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>') // under 1 KB: never compressed
writeFileSync(join(dist, 'assets', 'chunk-abc.js'), bigJs)
writeFileSync(join(dist, 'assets', 'style-abc.css'), `.a{color:red}\n`.repeat(200))
writeFileSync(join(dist, 'assets', 'logo.png'), Buffer.alloc(4000, 1)) // not a text type
afterAll(() => rmSync(dist, { recursive: true, force: true }))

describe('createStaticHandler().precompress', () => {
  it('brotli-compresses every text file of 1 KB or more once, before any request; requests reuse it', async () => {
    const serve = createStaticHandler(dist)
    const app = new Hono()
    app.all('*', (c) => serve(c))
    await serve.precompress()
    expect(calls.brotli).toBe(2)
    const res = await app.request('/assets/chunk-abc.js', { headers: { 'accept-encoding': 'br' } })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(bigJs)
    await app.request('/assets/style-abc.css', { headers: { 'accept-encoding': 'br' } })
    expect(calls.brotli).toBe(2)
  })

  it('never throws, also for a missing build folder', async () => {
    await expect(createStaticHandler(join(dist, 'nope')).precompress()).resolves.toBeUndefined()
  })
})
