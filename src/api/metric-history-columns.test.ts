import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, responseFor, type FakeCall } from '../testing/fixtures/fake-fetch.ts'
import { fixture } from '../testing/fixtures/load.ts'
import { createHistoryDecoder, type DecodeWorkerLike } from './history-decode-client.ts'
import { decodeHistoryBytes, type HistoryDecodeRequest, type HistoryDecodeResponse } from './history-decode.worker.ts'
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

describe('createHistoryDecoder', () => {
  const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer
  function fakeWorker(opts: { crash?: boolean } = {}) {
    const posted: HistoryDecodeRequest[] = []
    const w: DecodeWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: vi.fn(),
      postMessage(msg) {
        posted.push(msg)
        queueMicrotask(() => {
          if (opts.crash) return w.onerror?.({} as ErrorEvent)
          const r = decodeHistoryBytes(msg.buffer)
          const data: HistoryDecodeResponse = r.ok ? { id: msg.id, ok: true, page: r.page } : { id: msg.id, ok: false, kind: r.kind, message: r.message }
          w.onmessage?.({ data } as MessageEvent<HistoryDecodeResponse>)
        })
      },
    }
    return { w, posted }
  }

  it('sends big pages to the worker, keeps small ones inline', async () => {
    const { w, posted } = fakeWorker()
    const d = createHistoryDecoder({ createWorker: () => w, minBytes: 20 })
    const small = await d.decode(bytes('{}'))
    const big = await d.decode(bytes('{"metrics":[{"value":1,"step":4}]}'))
    expect(posted.length).toBe(1)
    expect(small.ok && small.page.columns.steps.length).toBe(0)
    expect(big.ok && Array.from(big.page.columns.steps)).toEqual([4])
  })

  it('a crashed worker fails its pending pages and later pages decode inline', async () => {
    const { w } = fakeWorker({ crash: true })
    const d = createHistoryDecoder({ createWorker: () => w, minBytes: 1 })
    const r = await d.decode(bytes('{"metrics":[{"value":1}]}'))
    expect(r.ok).toBe(false)
    const again = await d.decode(bytes('{"metrics":[{"value":2}]}'))
    expect(again.ok && Array.from(again.page.columns.values)).toEqual([2])
    expect(w.terminate).toHaveBeenCalled()
  })
})
