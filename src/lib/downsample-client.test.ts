import { describe, expect, it } from 'vitest'
import { createDownsampleClient, downsampleInWorker, WORKER_THRESHOLD, type WorkerLike } from './downsample-client.ts'
import { downsampleMinMax } from './downsample.ts'
import { handleDownsampleRequest, type DownsampleWorkerRequest, type DownsampleWorkerResponse } from './downsample.worker.ts'

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
  constructor(private mode: 'answer' | 'silent' = 'answer') {}
  postMessage(message: DownsampleWorkerRequest) {
    this.posted.push(message)
    if (this.mode === 'silent') return
    queueMicrotask(() => {
      const { reply } = handleDownsampleRequest(structuredClone(message))
      this.onmessage?.({ data: reply } as MessageEvent<DownsampleWorkerResponse>)
    })
  }
  terminate() {
    this.terminated = true
  }
}

describe('handleDownsampleRequest (worker body)', () => {
  it('answers with the downsample result and transfers its buffers', () => {
    const { xs, ys } = series(100)
    const { reply, transfer } = handleDownsampleRequest({ id: 7, xs, ys, options: { buckets: 5 } })
    expect(reply.id).toBe(7)
    expect(reply.ok).toBe(true)
    if (!reply.ok) return
    expect(reply.result).toEqual(downsampleMinMax(xs, ys, { buckets: 5 }))
    expect(transfer).toEqual([reply.result.xs.buffer, reply.result.ys.buffer])
  })

  it('reports errors instead of throwing', () => {
    const bad = { id: 1, xs: null, ys: null, options: { buckets: 5 } } as unknown as DownsampleWorkerRequest
    const { reply, transfer } = handleDownsampleRequest(bad)
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
