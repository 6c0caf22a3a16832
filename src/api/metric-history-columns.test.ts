import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, responseFor, type FakeCall } from '../testing/fixtures/fake-fetch.ts'
import { fixture } from '../testing/fixtures/load.ts'
import { createHistoryDecoder, defaultPoolSize, type DecodeWorkerLike } from './history-decode-client.ts'
import { createWorkerHandler, type HistoryDecodeRequest, type HistoryDecodeResponse } from './history-decode.worker.ts'
import { MlflowApiError } from './client.ts'
import { getMetricHistoryColumns } from './metric-history-columns.ts'
import { getMetricHistory } from './metrics.ts'

afterEach(() => vi.unstubAllGlobals())

function stub(handler: (call: FakeCall) => Response | Promise<Response>) {
  const fake = fakeFetch(handler)
  vi.stubGlobal('fetch', fake.fetch)
  return fake.calls
}
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
const tok = (offset: number) => btoa(`{"offset": ${offset}}`)

function pagedServer(c: FakeCall): Response {
  const token = c.query.get('page_token')
  if (!token) return responseFor(fixture('v3.11', 'metrics-get-history-paged'))
  if (token === tok(5)) return responseFor(fixture('v3.11', 'metrics-get-history-page2'))
  return json({ metrics: [{ key: 'train_loss', value: 'NaN', timestamp: 1, step: 10 }] })
}

describe('getMetricHistoryColumns', () => {
  it('makes the same requests as getMetricHistory and returns the same points', async () => {
    const callsA = stub(pagedServer)
    const points = await getMetricHistory('d6d93d74921e4453ad543f91f62c239a', 'train_loss')
    const urlsA = callsA.map((c) => c.url)
    const callsB = stub(pagedServer)
    const cols = await getMetricHistoryColumns('d6d93d74921e4453ad543f91f62c239a', 'train_loss')
    expect(callsB.map((c) => c.url)).toEqual(urlsA)
    expect(Array.from(cols.steps)).toEqual(points.map((p) => p.step))
    expect(Array.from(cols.timestamps)).toEqual(points.map((p) => p.timestamp))
    expect(Array.from(cols.values)).toEqual(points.map((p) => p.value))
    expect(cols.values[10]).toBeNaN()
  })

  it.each([
    ['unknown key', () => responseFor(fixture('v3.11', 'metrics-get-history-unknown-key')), 0],
    ['2.10 whole series at once', () => responseFor(fixture('v2.10', 'metrics-get-history-max-results-25000')), -1],
  ])('%s', async (_n, handler, n) => {
    stub(handler)
    const cols = await getMetricHistoryColumns('r', 'k')
    if (n >= 0) expect(cols.steps.length).toBe(n)
    else expect(cols.steps.length).toBeGreaterThan(0)
  })

  it.each([
    ['malformed page', () => json({ metrics: [{ value: 1 }, { value: [] }] }), 'UNEXPECTED_RESPONSE', "The server's response did not have the expected shape (metrics.1.value: not a metric value: an array)."],
    ['not JSON', () => new Response('<html>proxy</html>', { status: 200 }), 'MALFORMED_RESPONSE', 'The server sent a response that is not valid JSON.'],
    ['MLflow JSON error', () => responseFor(fixture('v3.11', 'metrics-get-history-missing-key')), 'INVALID_PARAMETER_VALUE', undefined],
  ])('%s → MlflowApiError', async (_n, handler, code, message) => {
    stub(handler)
    const err = await getMetricHistoryColumns('r', 'k').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MlflowApiError)
    if (!(err instanceof MlflowApiError)) return
    expect(err.errorCode).toBe(code)
    if (message) expect(err.message).toBe(message)
    expect(err.kind).toBe(message ? 'parse' : 'http')
  })
})

/** A fake worker running the real message handler (fetch is the test's stub). */
function fakeWorker() {
  const posted: HistoryDecodeRequest[] = []
  const w: DecodeWorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: vi.fn(),
    postMessage(msg) {
      posted.push(msg)
      queueMicrotask(() => handle(msg))
    },
  }
  const handle = createWorkerHandler((data) => w.onmessage?.({ data } as MessageEvent<HistoryDecodeResponse>))
  return { w, posted }
}

describe('pages fetched in a worker', () => {
  const viaWorker = (w: DecodeWorkerLike, poolSize = 1) => {
    const d = createHistoryDecoder({ createWorker: () => w, poolSize })
    return { fetchPage: d.fetchPage.bind(d) }
  }

  it('makes the same requests and returns the same columns as the main-thread path', async () => {
    const mainCalls = stub(pagedServer)
    const main = await getMetricHistoryColumns('d6d93d74921e4453ad543f91f62c239a', 'train_loss', { fetchPage: () => null })
    const calls = stub(pagedServer)
    const { w, posted } = fakeWorker()
    const cols = await getMetricHistoryColumns('d6d93d74921e4453ad543f91f62c239a', 'train_loss', viaWorker(w))
    expect(posted.map((m) => m.type)).toEqual(['fetch', 'fetch', 'fetch'])
    expect(calls.map((c) => c.url)).toEqual(posted.map((m) => (m.type === 'fetch' ? m.url : '')))
    expect(calls.map((c) => c.url)).toEqual(mainCalls.map((c) => c.url))
    expect(Array.from(cols.steps)).toEqual(Array.from(main.steps))
    expect(Array.from(cols.values)).toEqual(Array.from(main.values))
  })

  it.each([
    ['MLflow JSON error', () => responseFor(fixture('v3.11', 'metrics-get-history-missing-key'))],
    ['HTML error page', () => new Response('<html><body><h1>Bad Gateway</h1></body></html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } })],
    ['malformed page', () => json({ metrics: [{ value: 1 }, { value: [] }] })],
    ['not JSON', () => new Response('<html>proxy</html>', { status: 200 })],
  ])('%s: the same MlflowApiError as on the main thread', async (_n, handler) => {
    stub(handler)
    const main = await getMetricHistoryColumns('r', 'k', { fetchPage: () => null }).catch((e: unknown) => e)
    const worker = await getMetricHistoryColumns('r', 'k', viaWorker(fakeWorker().w)).catch((e: unknown) => e)
    expect(main).toBeInstanceOf(MlflowApiError)
    expect(worker).toBeInstanceOf(MlflowApiError)
    const fields = (e: unknown) => e instanceof MlflowApiError && { status: e.status, code: e.errorCode, kind: e.kind, message: e.message, url: e.url }
    expect(fields(worker)).toEqual(fields(main))
  })

  it('a network failure is a network error naming the cause', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    const err = await getMetricHistoryColumns('r', 'k', viaWorker(fakeWorker().w)).catch((e: unknown) => e)
    expect(err).toMatchObject({ kind: 'network', errorCode: 'NETWORK_ERROR', message: 'Could not reach the server (Failed to fetch).' })
  })

  it('aborting the query cancels the request in the worker', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_res, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))))
    const { w, posted } = fakeWorker()
    const controller = new AbortController()
    const pending = getMetricHistoryColumns('r', 'k', { ...viaWorker(w), signal: controller.signal }).catch((e: unknown) => e)
    await Promise.resolve()
    controller.abort()
    expect(await pending).toMatchObject({ kind: 'aborted' })
    expect(posted.map((m) => m.type)).toEqual(['fetch', 'cancel'])
  })

  it('spreads pages over the pool, and a crashed worker fails its pages and hands fetching back', async () => {
    const workers = [fakeWorker(), fakeWorker()]
    let made = 0
    const d = createHistoryDecoder({ createWorker: () => workers[made++].w, poolSize: 2 })
    vi.stubGlobal('fetch', () => new Promise(() => undefined)) // never answers
    const a = d.fetchPage('/api/2.0/mlflow/metrics/get-history?run_id=a')
    const b = d.fetchPage('/api/2.0/mlflow/metrics/get-history?run_id=b')
    expect(workers.map((x) => x.posted.length)).toEqual([1, 1])
    workers[1].w.onerror?.({} as ErrorEvent)
    expect(await a).toMatchObject({ ok: false, kind: 'network' })
    expect(await b).toMatchObject({ ok: false, kind: 'network' })
    expect(d.fetchPage('/x')).toBeNull()
    expect(workers.every((x) => vi.mocked(x.w.terminate).mock.calls.length === 1)).toBe(true)
  })
})

describe('defaultPoolSize', () => {
  it.each([[0, 1], [1, 1], [2, 1], [3, 2], [4, 2], [64, 2]])('%i cores: %i decoding workers', (cores, workers) => {
    expect(defaultPoolSize(cores)).toBe(workers)
  })
})
