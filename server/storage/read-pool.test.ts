import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTrackingApp } from '../app.ts'
import { encodePageToken } from '../search/page-token.ts'
import { openDb, type Db } from './db.ts'
import { createReadPool, readThreadCount, type ReadPool } from './read-pool.ts'

describe('readThreadCount', () => {
  it.each([
    [{}, 2, 2],
    [{}, 1, 1],
    [{}, 8, 2],
    [{ RUNLENS_READ_THREADS: '0' }, 8, 0],
    [{ RUNLENS_READ_THREADS: '3' }, 2, 3],
    [{ RUNLENS_READ_THREADS: '99' }, 2, 16],
    [{ RUNLENS_READ_THREADS: 'many' }, 2, 0],
    [{ RUNLENS_READ_THREADS: '-1' }, 2, 0],
    [{ RUNLENS_READ_THREADS: ' ' }, 4, 2],
  ])('%j with %i CPUs → %i', (env, cpus, expected) => {
    expect(readThreadCount(env as NodeJS.ProcessEnv, cpus)).toBe(expected)
  })
})

describe('get-history through reader threads on a file database', () => {
  let dir: string
  let db: Db
  let pool: ReadPool
  let runId: string
  // Same database, same handler: one app reads on reader threads, the other inline.
  let threaded: ReturnType<typeof createTrackingApp>
  let inline: ReturnType<typeof createTrackingApp>
  const interval = async (app: typeof inline, query: string) => {
    const res = await app.request(`/api/2.0/mlflow/metrics/get-history-bulk-interval?${query}`)
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() }
  }
  const get = async (app: typeof inline, query: string) => {
    const res = await app.request(`/api/2.0/mlflow/metrics/get-history?${query}`)
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'runlens-read-pool-'))
    db = openDb(dir)
    pool = createReadPool(db.name, 2)
    threaded = createTrackingApp({ db, dataDir: dir, readPool: pool })
    inline = createTrackingApp({ db, dataDir: dir, readPool: null })
    const post = async (path: string, body: unknown) =>
      (await threaded.request(`/api/2.0/mlflow/${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })).json()
    const exp = await post('experiments/create', { name: 'pool' })
    runId = (await post('runs/create', { experiment_id: exp.experiment_id, start_time: 1 })).run.info.run_id
    // NaN, ±Infinity and huge values must come back exactly as the inline path writes them.
    const values = [0.1, Number.NaN, Infinity, -Infinity, 1e308, -0, 3]
    const metrics = Array.from({ length: 1000 }, (_, i) => ({ key: 'loss', value: values[i % values.length], timestamp: 1000 + i, step: i }))
    await post('runs/log-batch', { run_id: runId, metrics: metrics.map((m) => ({ ...m, value: Number.isFinite(m.value) ? m.value : String(m.value) })) })
  })
  afterAll(async () => {
    await pool.close()
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each([
    ['first page', 'max_results=300'],
    ['a middle page', `max_results=300&page_token=${encodeURIComponent(encodePageToken(300))}`],
    ['the whole series', 'max_results=25000'],
    ['an unknown key', 'max_results=10&metric_key_override=x'],
  ])('%s is byte for byte the inline answer', async (_, query) => {
    const q = `run_id=${runId}&metric_key=${query.includes('override') ? 'nope' : 'loss'}&${query}`
    const [a, b] = await Promise.all([get(threaded, q), get(inline, q)])
    expect(a.status).toBe(200)
    expect(a.type).toMatch(/^application\/json/)
    expect(a.text).toBe(b.text)
  })

  it('answers from a reader thread (not the inline fallback)', async () => {
    const body = Buffer.from(await pool.historyPage(runId, 'loss', 2, 3)).toString('utf8')
    expect(JSON.parse(body).metrics.map((m: { step: number }) => m.step)).toEqual([2, 3, 4])
    expect(body).toBe((await get(inline, `run_id=${runId}&metric_key=loss&max_results=3&page_token=${encodeURIComponent(encodePageToken(2))}`)).text)
  })

  it('sees a write committed just before the read', async () => {
    await threaded.request('/api/2.0/mlflow/runs/log-metric', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ run_id: runId, key: 'fresh', value: 42, timestamp: 5, step: 7 }),
    })
    const page = JSON.parse((await get(threaded, `run_id=${runId}&metric_key=fresh&max_results=10`)).text)
    expect(page.metrics).toEqual([{ key: 'fresh', value: 42, timestamp: 5, step: 7 }])
  })

  it('keeps MLflow errors on the main thread', async () => {
    const res = await get(threaded, `run_id=${runId}&metric_key=loss&max_results=-1`)
    expect(res.status).toBe(400)
    expect(JSON.parse(res.text).error_code).toBe('INVALID_PARAMETER_VALUE')
  })

  it('warm() starts every thread before the first job; they answer', async () => {
    const warmPool = createReadPool(db.name, 2)
    try {
      expect(warmPool.liveThreads).toBe(0)
      warmPool.warm()
      expect(warmPool.liveThreads).toBe(2)
      const body = Buffer.from(await warmPool.historyPage(runId, 'loss', 0, 2)).toString('utf8')
      expect(JSON.parse(body).metrics).toHaveLength(2)
      expect(warmPool.liveThreads).toBe(2)
    } finally {
      await warmPool.close()
    }
  })

  it('an idle pool does not keep the process alive (a script that read through it exits)', () => {
    const script = join(dir, 'exit-check.mts')
    writeFileSync(script, [
      `import { createReadPool } from ${JSON.stringify(new URL('./read-pool.ts', import.meta.url).pathname)}`,
      `const pool = createReadPool(${JSON.stringify(db.name)}, 2)`,
      `pool.warm()`,
      `const body = Buffer.from(await pool.historyPage(${JSON.stringify(runId)}, 'loss', 0, 2)).toString('utf8')`,
      `console.log(JSON.parse(body).metrics.length)`,
    ].join('\n'))
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx')
    const out = execFileSync(tsx, [script], { encoding: 'utf8', timeout: 30_000 })
    expect(out.trim()).toBe('2')
  }, 40_000)

  it('falls back to reading inline when the reader fails', async () => {
    const died = () => Promise.reject(new Error('thread died'))
    const broken: ReadPool = { enabled: true, historyPage: died, bulkInterval: died, warm: () => undefined, liveThreads: 0, close: async () => {} }
    const app = createTrackingApp({ db, dataDir: dir, readPool: broken })
    const q = `run_id=${runId}&metric_key=loss&max_results=5`
    expect((await get(app, q)).text).toBe((await get(inline, q)).text)
    const iq = `run_ids=${runId}&metric_key=loss&max_results=7`
    const [a, b] = await Promise.all([interval(app, iq), interval(inline, iq)])
    expect(a.status).toBe(200)
    expect(a.text).toBe(b.text)
  })

  it.each([
    ['sampled points of a run', (id: string) => `run_ids=${id}&metric_key=loss&max_results=10`],
    ['a step window', (id: string) => `run_ids=${id}&metric_key=loss&max_results=5&start_step=100&end_step=200`],
    ['an unknown run among known ones', (id: string) => `run_ids=${id}&run_ids=ffffffffffffffffffffffffffffffff&metric_key=loss&max_results=10`],
    ['an unknown key', (id: string) => `run_ids=${id}&metric_key=nope&max_results=10`],
  ])('bulk-interval: %s is byte for byte the inline answer, read on a reader thread', async (_, query) => {
    const [a, b] = await Promise.all([interval(threaded, query(runId)), interval(inline, query(runId))])
    expect(a.status).toBe(200)
    expect(a.type).toMatch(/^application\/json/)
    expect(a.text).toBe(b.text)
    const direct = Buffer.from(await pool.bulkInterval([runId], 'loss', 3)).toString('utf8')
    expect(JSON.parse(direct).metrics.map((m: { step: number }) => m.step)).toEqual(JSON.parse((await interval(inline, `run_ids=${runId}&metric_key=loss&max_results=3`)).text).metrics.map((m: { step: number }) => m.step))
  })
})
