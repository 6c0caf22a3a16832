import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, responseFor } from '../testing/fixtures/fake-fetch.ts'
import { fixture } from '../testing/fixtures/load.ts'
import { MlflowApiError, mlflowFetch, mlflowFetchRaw, mlflowUrl } from './client.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stub(handler: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(handler)
  vi.stubGlobal('fetch', fake.fetch)
  return fake.calls
}

async function caught(p: Promise<unknown>): Promise<MlflowApiError> {
  try {
    await p
  } catch (e) {
    if (e instanceof MlflowApiError) return e
    throw e
  }
  throw new Error('expected an MlflowApiError')
}

describe('mlflowUrl', () => {
  it.each([
    ['runs/get', { run_id: 'a' }, 'api', '/api/2.0/mlflow/runs/get?run_id=a'],
    ['metrics/get-history-bulk', { run_id: ['a', 'b'], metric_key: 'k/x' }, 'ajax', '/ajax-api/2.0/mlflow/metrics/get-history-bulk?run_id=a&run_id=b&metric_key=k%2Fx'],
    ['get-artifact', { run_id: 'a', path: 'x y.yaml', skip: undefined }, 'root', '/get-artifact?run_id=a&path=x+y.yaml'],
    ['/version', undefined, 'root', '/version'],
  ] as const)('%s → %s', (path, query, prefix, url) => expect(mlflowUrl(path, query, prefix)).toBe(url))
})

describe('mlflowFetch errors', () => {
  it.each([
    ['v3.11', 'runs-get-unknown', 404, 'RESOURCE_DOES_NOT_EXIST', /Run .* not found/i],
    ['v2.10', 'runs-search-bad-filter', 400, 'INVALID_PARAMETER_VALUE', /.+/],
    ['v3.11', 'registered-models-create-duplicate', 400, 'RESOURCE_ALREADY_EXISTS', /already exists/],
    ['v2.10', 'runs-search-get-method', 405, 'HTTP_405', /^405 Method Not Allowed/],
    ['v2.10', 'unknown-endpoint', 404, 'HTTP_404', /^404 Not Found/],
    ['v2.10', 'metrics-get-history-bulk-101-runs', 400, 'HTTP_400', /Request Line is too large/],
    ['v2.10', 'get-artifact-missing-file', 500, 'HTTP_500', /Internal Server Error/],
  ] as const)('%s %s → %s %s', async (v, name, status, code, message) => {
    stub(() => responseFor(fixture(v, name)))
    const err = await caught(mlflowFetch('runs/get', { query: { run_id: 'x' } }))
    expect(err).toMatchObject({ status, errorCode: code, kind: 'http', url: '/api/2.0/mlflow/runs/get?run_id=x' })
    expect(err.message).toMatch(message)
    if (code.startsWith('HTTP_')) expect(err.message).not.toMatch(/<[a-z!/]/i)
    expect(err.isNotFound).toBe(status === 404)
  })

  it('network failure → kind network, status 0', async () => {
    stub(() => Promise.reject(new TypeError('Failed to fetch')))
    const err = await caught(mlflowFetch('experiments/search', { body: {} }))
    expect(err).toMatchObject({ status: 0, errorCode: 'NETWORK_ERROR', kind: 'network', isUnreachable: true })
    expect(err.message).toContain('Failed to fetch')
  })

  it('aborted request → kind aborted', async () => {
    stub(() => Promise.reject(new DOMException('aborted', 'AbortError')))
    const ctrl = new AbortController()
    ctrl.abort()
    const err = await caught(mlflowFetch('runs/get', { signal: ctrl.signal }))
    expect(err).toMatchObject({ kind: 'aborted', errorCode: 'ABORTED' })
  })

  it('invalid JSON with status 200 → kind parse', async () => {
    stub(() => new Response('{"runs": [', { status: 200, headers: { 'content-type': 'application/json' } }))
    const err = await caught(mlflowFetch('runs/search', { body: {} }))
    expect(err).toMatchObject({ kind: 'parse', errorCode: 'MALFORMED_RESPONSE', status: 200 })
  })

  it('JSON content type with a broken error body falls back to the text', async () => {
    stub(() => new Response('oops not json', { status: 502, headers: { 'content-type': 'application/json' } }))
    const err = await caught(mlflowFetch('runs/get'))
    expect(err).toMatchObject({ status: 502, errorCode: 'HTTP_502', message: 'oops not json' })
  })

  it('401 from an auth proxy is flagged isAuth', async () => {
    stub(() => new Response('', { status: 401, statusText: 'Unauthorized' }))
    const err = await caught(mlflowFetch('runs/get'))
    expect(err.isAuth).toBe(true)
  })
})

describe('mlflowFetch success', () => {
  it('an empty 200 body reads as {}', async () => {
    stub(() => new Response('', { status: 200 }))
    await expect(mlflowFetch('runs/delete', { body: { run_id: 'a' } })).resolves.toEqual({})
  })

  it('POSTs JSON with a JSON content type (MLflow rejects anything else)', async () => {
    const calls = stub(() => new Response('{}', { status: 200 }))
    await mlflowFetch('runs/search', { body: { experiment_ids: ['1'] } })
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/2.0/mlflow/runs/search', body: { experiment_ids: ['1'] } })
    expect(calls[0]?.headers.get('content-type')).toBe('application/json')
  })

  it('DELETE with a body keeps the body (alias/tag deletes need it)', async () => {
    const calls = stub(() => new Response('{}', { status: 200 }))
    await mlflowFetch('registered-models/alias', { method: 'DELETE', body: { name: 'm', alias: 'a' } })
    expect(calls[0]).toMatchObject({ method: 'DELETE', body: { name: 'm', alias: 'a' } })
  })

  it('mlflowFetchRaw uses the root prefix and returns the response', async () => {
    const calls = stub(() => responseFor(fixture('v2.10', 'version')))
    const res = await mlflowFetchRaw('version')
    expect(await res.text()).toBe('2.10.1.dev0')
    expect(calls[0]?.url).toBe('/version')
  })
})
