import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, responseFor, type FakeCall } from '../testing/fixtures/fake-fetch.ts'
import { fixture } from '../testing/fixtures/load.ts'
import { MlflowApiError } from './client.ts'
import { detectCapabilities, getRunlensServerInfo, parseMajorVersion } from './server-info.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stub(handler: (call: FakeCall) => Response | Promise<Response>) {
  const fake = fakeFetch(handler)
  vi.stubGlobal('fetch', fake.fetch)
  return fake.calls
}

const html = (status: number, text = '<!doctype html><title>x</title>') => new Response(text, { status, headers: { 'content-type': 'text/html' } })
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('parseMajorVersion', () => {
  it.each([
    ['2.10.1.dev0', 2],
    ['3.11.2.dev0', 3],
    [' 3.0.0\n', 3],
    ['v2.9.2', 2],
    ['<!doctype html>', undefined],
    ['', undefined],
  ] as const)('%j → %s', (text, major) => expect(parseMajorVersion(text)).toBe(major))
})

describe('detectCapabilities', () => {
  it.each([
    ['v2.10', { version: '2.10.1.dev0', major: 2, historyPaging: false, bulkInterval: false, bulkMaxRuns: 20 }, 2],
    ['v3.11', { version: '3.11.2.dev0', major: 3, historyPaging: true, bulkInterval: true, bulkMaxRuns: 100 }, 1],
  ] as const)('recorded %s server', async (v, caps, requests) => {
    const calls = stub((c) => {
      if (c.path === '/version') return responseFor(fixture(v, 'version'))
      return responseFor(fixture(v, 'metrics-get-history-bulk-interval-api-prefix'))
    })
    await expect(detectCapabilities()).resolves.toEqual(caps)
    expect(calls).toHaveLength(requests)
  })

  it.each([
    ['/version missing, probe 404 HTML → 2.x', html(404), html(404), { historyPaging: false, bulkInterval: false, bulkMaxRuns: 20 }],
    ['/version missing, probe answers JSON 404 for the unknown run → 3.x', html(404), json(404, { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'no run' }), { historyPaging: true, bulkInterval: true, bulkMaxRuns: 100 }],
    ['/version is the vite index.html, probe 200 → 3.x', html(200, '<!doctype html><html></html>'), json(200, {}), { historyPaging: true, bulkInterval: true, bulkMaxRuns: 100 }],
    ['2.11 with bulk-interval → 2.x limits plus bulkInterval', new Response('2.11.3', { status: 200 }), json(200, {}), { major: 2, historyPaging: false, bulkInterval: true, bulkMaxRuns: 20 }],
    ['probe 405 → absent', html(404), html(405), { bulkInterval: false }],
  ] as const)('%s', async (_label, versionRes, probeRes, expected) => {
    stub((c) => (c.path === '/version' ? versionRes.clone() : probeRes.clone()))
    await expect(detectCapabilities()).resolves.toMatchObject(expected)
  })

  it('the probe asks bulk-interval about a nonexistent run with run_ids', async () => {
    const calls = stub((c) => (c.path === '/version' ? html(404) : json(200, {})))
    await detectCapabilities()
    expect(calls[1]?.path).toBe('/api/2.0/mlflow/metrics/get-history-bulk-interval')
    expect(calls[1]?.query.getAll('run_ids')).toHaveLength(1)
  })

  it('a network failure is not mistaken for 2.x', async () => {
    stub(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(detectCapabilities()).rejects.toBeInstanceOf(MlflowApiError)
  })
})

describe('getRunlensServerInfo', () => {
  it.each([
    ['embedded', json(200, { mode: 'embedded' }), { mode: 'embedded', trackingUri: undefined }],
    ['remote', json(200, { mode: 'remote', trackingUri: 'http://mlflow:5000' }), { mode: 'remote', trackingUri: 'http://mlflow:5000' }],
    ['absent (404)', html(404), null],
    ['plain vite serving index.html', html(200, '<!doctype html><div id="root"></div>'), null],
    ['unexpected JSON', json(200, { mode: 'weird' }), null],
  ] as const)('%s', async (_label, res, expected) => {
    const calls = stub(() => res.clone())
    await expect(getRunlensServerInfo()).resolves.toEqual(expected)
    expect(calls[0]?.url).toBe('/runlens/server-info')
  })

  it('network failure propagates', async () => {
    stub(() => Promise.reject(new TypeError('offline')))
    await expect(getRunlensServerInfo()).rejects.toMatchObject({ kind: 'network' })
  })
})
