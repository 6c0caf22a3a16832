import { describe, expect, it } from 'vitest'
import { createDownsampleClient, downsampleInWorker, WORKER_THRESHOLD, type WorkerLike } from './downsample-client.ts'
import { downsampleMinMax } from './downsample.ts'
import { createDownsampleHandler, type DownsampleWorkerRequest, type DownsampleWorkerResponse } from './downsample.worker.ts'

const series = (n: number) => {
  const xs = new Float64Array(n)
  const ys = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    xs[i] = i
    ys[i] = (i * 7919) % 101
  }
  return { xs, ys }
}

/** A fake Worker that answers asynchronously through the real worker handler. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<DownsampleWorkerResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  posted: DownsampleWorkerRequest[] = []
  terminated = false
  handler = createDownsampleHandler()
  constructor(private mode: 'answer' | 'silent' = 'answer') {}
  postMessage(message: DownsampleWorkerRequest) {
    this.posted.push(message)
    if (this.mode === 'silent') return
    queueMicrotask(() => {
      const { reply } = this.handler.handle(structuredClone(message))
      this.onmessage?.({ data: reply } as MessageEvent<DownsampleWorkerResponse>)
    })
  }
  terminate() {
    this.terminated = true
  }
}

describe('createDownsampleHandler (worker body)', () => {
  it('answers with the downsample results and transfers their buffers', () => {
    const { xs, ys } = series(100)
    const h = createDownsampleHandler()
    const { reply, transfer } = h.handle({ id: 7, jobs: [{ xs: { id: 1, data: xs }, ys: { id: 2, data: ys }, options: { buckets: 5 } }] })
    expect(reply.id).toBe(7)
    expect(reply.ok).toBe(true)
    if (!reply.ok) return
    expect(reply.results[0]).toEqual(downsampleMinMax(xs, ys, { buckets: 5 }))
    expect(transfer).toEqual([reply.results[0].xs.buffer, reply.results[0].ys.buffer])
  })

  it('keeps columns by id for later jobs and drops released ones', () => {
    const { xs, ys } = series(100)
    const h = createDownsampleHandler()
    h.handle({ id: 1, jobs: [{ xs: { id: 1, data: xs }, ys: { id: 2, data: ys }, options: { buckets: 5 } }] })
    const again = h.handle({ id: 2, jobs: [{ xs: { id: 1 }, ys: { id: 2 }, options: { buckets: 3, xMin: 10, xMax: 40 } }] }).reply
    expect(again.ok && again.results[0]).toEqual(downsampleMinMax(xs, ys, { buckets: 3, xMin: 10, xMax: 40 }))
    expect(h.size()).toBe(2)
    const gone = h.handle({ id: 3, jobs: [{ xs: { id: 1 }, ys: { id: 2 }, options: { buckets: 3 } }], release: [2] }).reply
    expect(gone).toEqual({ id: 3, ok: false, error: 'downsample worker: unknown column 2' })
    expect(h.size()).toBe(1)
  })

  it('reports errors instead of throwing', () => {
    const bad = { id: 1, jobs: [{ xs: { id: 1, data: null }, ys: { id: 2, data: null }, options: { buckets: 5 } }] } as unknown as DownsampleWorkerRequest
    const { reply, transfer } = createDownsampleHandler().handle(bad)
    expect(reply.ok).toBe(false)
    expect(transfer).toEqual([])
  })
})

describe('createDownsampleClient', () => {
  it.each([
    { name: 'small series stay inline', n: 100, threshold: 1000, usesWorker: false },
    { name: 'exactly the threshold stays inline', n: 1000, threshold: 1000, usesWorker: false },
    { name: 'larger series go to the worker', n: 1001, threshold: 1000, usesWorker: true },
  ])('$name', async ({ n, threshold, usesWorker }) => {
    const fake = new FakeWorker()
    let created = 0
    const client = createDownsampleClient({ threshold, createWorker: () => (created++, fake) })
    const { xs, ys } = series(n)
    const result = await client.downsample({ xs, ys, options: { buckets: 10 } })
    expect(result).toEqual(downsampleMinMax(xs, ys, { buckets: 10 }))
    expect(fake.posted.length).toBe(usesWorker ? 1 : 0)
    expect(created).toBe(usesWorker ? 1 : 0)
  })

  it('creates the worker once and routes replies by id', async () => {
    const fake = new FakeWorker()
    let created = 0
    const client = createDownsampleClient({ threshold: 10, createWorker: () => (created++, fake) })
    const a = series(50)
    const b = series(80)
    const [ra, rb] = await Promise.all([
      client.downsample({ ...a, options: { buckets: 2 } }),
      client.downsample({ ...b, options: { buckets: 3 } }),
    ])
    expect(created).toBe(1)
    expect(ra.sourceCount).toBe(50)
    expect(rb.sourceCount).toBe(80)
    expect(new Set(fake.posted.map((m) => m.id)).size).toBe(2)
  })

  it('falls back inline when no worker can be created', async () => {
    const client = createDownsampleClient({ threshold: 10, createWorker: () => null })
    const { xs, ys } = series(100)
    expect((await client.downsample({ xs, ys, options: { buckets: 4 } })).sourceCount).toBe(100)
  })

  it('falls back inline when creating the worker throws', async () => {
    const client = createDownsampleClient({
      threshold: 10,
      createWorker: () => {
        throw new Error('CSP')
      },
    })
    const { xs, ys } = series(100)
    expect((await client.downsample({ xs, ys, options: { buckets: 4 } })).sourceCount).toBe(100)
  })

  it('finishes pending jobs inline when the worker errors', async () => {
    const fake = new FakeWorker('silent')
    const client = createDownsampleClient({ threshold: 10, createWorker: () => fake })
    const { xs, ys } = series(100)
    const pending = client.downsample({ xs, ys, options: { buckets: 4 } })
    fake.onerror?.({} as ErrorEvent)
    expect(await pending).toEqual(downsampleMinMax(xs, ys, { buckets: 4 }))
    expect(fake.terminated).toBe(true)
  })

  it('sends each column once; later jobs on the same arrays send only ids', async () => {
    const fake = new FakeWorker()
    const client = createDownsampleClient({ threshold: 10, createWorker: () => fake })
    const { xs, ys } = series(100)
    const first = await client.downsampleMany([{ xs, ys, options: { buckets: 4 } }])
    const zoomed = await client.downsampleMany([{ xs, ys, options: { buckets: 4, xMin: 20, xMax: 60 } }])
    expect(first[0]).toEqual(downsampleMinMax(xs, ys, { buckets: 4 }))
    expect(zoomed[0]).toEqual(downsampleMinMax(xs, ys, { buckets: 4, xMin: 20, xMax: 60 }))
    expect(fake.posted[0].jobs[0].xs.data).toBe(xs)
    expect(fake.posted[1].jobs[0].xs).toEqual({ id: fake.posted[0].jobs[0].xs.id })
    expect(fake.posted[1].jobs[0].ys.data).toBeUndefined()
  })

  it('does not detach the caller’s input arrays', async () => {
    const client = createDownsampleClient({ threshold: 10, createWorker: () => new FakeWorker() })
    const { xs, ys } = series(100)
    await client.downsample({ xs, ys, options: { buckets: 4 } })
    expect(xs.length).toBe(100)
  })
})

describe('downsampleInWorker', () => {
  it('uses the worker above 20,000 points', () => {
    expect(WORKER_THRESHOLD).toBe(20_000)
  })

  it('computes inline where Worker is undefined (node)', async () => {
    expect(typeof Worker).toBe('undefined')
    const { xs, ys } = series(WORKER_THRESHOLD + 1)
    const r = await downsampleInWorker({ xs, ys, options: { buckets: 100 } })
    expect(r).toEqual(downsampleMinMax(xs, ys, { buckets: 100 }))
  })
})

describe('prewarm', () => {
  it('creates the worker once, before any job', () => {
    let created = 0
    const client = createDownsampleClient({ createWorker: () => (created++, new FakeWorker()) })
    client.prewarm()
    client.prewarm()
    expect(created).toBe(1)
  })
})
