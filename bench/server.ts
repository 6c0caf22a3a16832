/**
 * Tracking-server benchmark (`npm run bench:server [-- --scale 0.1]`): starts the embedded
 * server on a loopback port with a fresh temp data dir, loads data through the REST API and
 * times the four hot paths the dashboard depends on. Sizes are the targets' sizes at scale 1;
 * every loop is bounded by them. The temp dir is deleted at the end, also on failure.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { get as httpGet } from 'node:http'
import { createTrackingApp } from '../server/app.ts'
import { MlflowHttp } from '../server/demo/http.ts'
import { listen } from '../server/serve/listen.ts'
import { createRunlensApp } from '../server/serve/runlens-app.ts'
import { startTrackingServer } from '../server/serve-tracking.ts'
import { openDb } from '../server/storage/db.ts'

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, concurrency: { type: 'string', default: '4' } } })
const scale = Math.min(1, Math.max(0.001, Number(values.scale)))
const concurrency = Math.max(1, Number(values.concurrency))
const n = (x: number) => Math.max(1, Math.round(x * scale))

const INGEST_POINTS = n(1_000_000)
const SEARCH_RUNS = n(10_000)
const HISTORY_POINTS = n(100_000)
const BULK_RUNS = 100
const BULK_STEPS = n(50_000)
const BATCH = 1000

type RunRes = { run: { info: { run_id: string } } }
const ms = (t0: number) => performance.now() - t0
const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 })
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS')

/** Runs `count` jobs with at most `concurrency` in flight. */
async function pool(count: number, job: (i: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, async () => {
    for (let i = next++; i < count; i = next++) await job(i)
  }))
}

async function createRuns(http: MlflowHttp, experimentId: string, count: number): Promise<string[]> {
  const ids: string[] = new Array(count)
  await pool(count, async (i) => {
    ids[i] = (await http.post<RunRes>('runs/create', { experiment_id: experimentId, run_name: `r${i}`, start_time: 1714982400000 + i })).run.info.run_id
  })
  return ids
}

/** Logs `steps` dense points of `key` per run in log-batch requests of 1000. */
async function logDense(http: MlflowHttp, runIds: string[], key: string, steps: number): Promise<number> {
  const perRun = Math.ceil(steps / BATCH)
  await pool(runIds.length * perRun, async (j) => {
    const run = runIds[Math.floor(j / perRun)]
    const from = (j % perRun) * BATCH
    const size = Math.min(BATCH, steps - from)
    const metrics = Array.from({ length: size }, (_, i) => ({ key, value: Math.sin((from + i) / 500) + 1, timestamp: 1714982400000 + from + i, step: from + i }))
    await http.post('runs/log-batch', { run_id: run, metrics })
  })
  return runIds.length * steps
}

/** GETs `url` with gzip accepted; resolves with the bytes as sent (not decompressed). */
function rawGet(url: string): Promise<{ status: number; bytes: number; encoding?: string }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let bytes = 0
      res.on('data', (b: Buffer) => (bytes += b.length))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, encoding: res.headers['content-encoding'] }))
      res.on('error', reject)
    }).on('error', reject)
  })
}

/**
 * The first get-history page of `runId` (max_results 25,000, the page size of the compare view)
 * through the one-origin Runlens app (npm start: embedded server behind API compression): server
 * time including JSON building and (for non-loopback clients) gzip, bytes on the wire. Informational; no target.
 */
async function historyPageViaApp(dataDir: string, runId: string, points: number): Promise<void> {
  const db = openDb(dataDir)
  const app = createRunlensApp({ mlflow: { mode: 'embedded', app: createTrackingApp({ db, dataDir }) } })
  const server = await listen(app.fetch, '127.0.0.1', 0)
  try {
    let best = Infinity
    let bytes = 0
    // Loopback clients get API JSON uncompressed (server/serve/api-compress.ts), so this is identity here.
    let encoding = ''
    for (let rep = 0; rep < 3; rep++) {
      const t0 = performance.now()
      const res = await rawGet(`${server.url}/ajax-api/2.0/mlflow/metrics/get-history?run_id=${runId}&metric_key=loss&max_results=25000`)
      best = Math.min(best, ms(t0))
      if (res.status !== 200) throw new Error(`get-history via the app: ${res.status}`)
      bytes = res.bytes
      encoding = res.encoding ?? 'identity'
    }
    console.log(`  (get-history page via the Runlens app, ${encoding}: ${fmt(Math.min(points, 25000))} points in ${fmt(best)} ms (best of 3), ${fmt(bytes / 1024)} kB on the wire)`)
  } finally {
    await server.close()
    db.close()
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'runlens-bench-'))
  const server = await startTrackingServer({ host: '127.0.0.1', port: 0, dataDir, auth: null })
  const http = new MlflowHttp(server.url)
  console.log(`bench:server scale=${scale} concurrency=${concurrency} at ${server.url}`)
  try {
    const exp = (name: string) => http.post<{ experiment_id: string }>('experiments/create', { name }).then((r) => r.experiment_id)

    // 1. Ingest: INGEST_POINTS in log-batch requests of 1000 points, spread over runs of ≤50k steps.
    const ingestRuns = await createRuns(http, await exp('ingest'), Math.ceil(INGEST_POINTS / BULK_STEPS))
    let t0 = performance.now()
    const ingested = await logDense(http, ingestRuns, 'train_loss', BULK_STEPS)
    const rate = ingested / (ms(t0) / 1000)
    console.log(`log-batch ingest: ${fmt(ingested)} points in ${fmt(ms(t0))} ms = ${fmt(rate)} points/s (target ≥100,000) ${verdict(rate >= 100_000)}`)

    // 2. runs/search over SEARCH_RUNS runs with a metric filter and metric order_by, 1000 per page.
    const searchExp = await exp('search')
    const searchRuns = await createRuns(http, searchExp, SEARCH_RUNS)
    await pool(Math.ceil(searchRuns.length / 100), async (j) => {
      for (let i = j * 100; i < Math.min(searchRuns.length, j * 100 + 100); i++)
        await http.post('runs/log-batch', { run_id: searchRuns[i], metrics: [{ key: 'val_mAP', value: (i % 997) / 997, timestamp: 1, step: 0 }] })
    })
    const pages: number[] = []
    let token: string | undefined
    let found = 0
    do {
      t0 = performance.now()
      const page = await http.post<{ runs?: unknown[]; next_page_token?: string }>('runs/search', {
        experiment_ids: [searchExp], filter: 'metrics.val_mAP >= 0', order_by: ['metrics.val_mAP DESC'], max_results: 1000,
        ...(token ? { page_token: token } : {}),
      })
      pages.push(ms(t0))
      found += page.runs?.length ?? 0
      token = page.next_page_token
    } while (token && pages.length < 100)
    const avg = pages.reduce((a, b) => a + b, 0) / pages.length
    console.log(`runs/search: ${fmt(found)} runs in ${pages.length} pages, ${fmt(avg)} ms per 1,000-run page (max ${fmt(Math.max(...pages))}) (target ≤100 ms) ${verdict(avg <= 100)}`)

    // 3. get-history of one HISTORY_POINTS-point metric, following next_page_token (25,000 per page).
    const [histRun] = await createRuns(http, await exp('history'), 1)
    await logDense(http, [histRun], 'loss', HISTORY_POINTS)
    const times: number[] = []
    for (let rep = 0; rep < 3; rep++) {
      t0 = performance.now()
      let got = 0
      let pageToken: string | undefined
      do {
        const page = await http.get<{ metrics?: unknown[]; next_page_token?: string }>('metrics/get-history', {
          run_id: histRun, metric_key: 'loss', max_results: 25000, ...(pageToken ? { page_token: pageToken } : {}),
        })
        got += page.metrics?.length ?? 0
        pageToken = page.next_page_token
      } while (pageToken)
      times.push(ms(t0))
      if (got !== HISTORY_POINTS) throw new Error(`get-history returned ${got} of ${HISTORY_POINTS} points`)
    }
    const best = Math.min(...times)
    console.log(`get-history: ${fmt(HISTORY_POINTS)} points in ${fmt(best)} ms (best of 3) (target ≤150 ms) ${verdict(best <= 150)}`)
    await historyPageViaApp(dataDir, histRun, HISTORY_POINTS)

    // 4. get-history-bulk-interval: 100 runs × BULK_STEPS steps, down-sampled to 1000 points.
    // The ingest runs already hold BULK_STEPS steps each (ingest is split into runs of that size).
    const bulkRuns = ingestRuns.slice(0, BULK_RUNS)
    t0 = performance.now()
    const extra = await createRuns(http, await exp('bulk'), BULK_RUNS - bulkRuns.length)
    await logDense(http, extra, 'train_loss', BULK_STEPS)
    bulkRuns.push(...extra)
    console.log(`  (loaded ${fmt(extra.length * BULK_STEPS)} more points for the bulk test in ${fmt(ms(t0))} ms)`)
    const bulkTimes: number[] = []
    for (let rep = 0; rep < 3; rep++) {
      t0 = performance.now()
      const res = await fetch(`${server.url}/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval?${new URLSearchParams([
        ...bulkRuns.map((id) => ['run_ids', id]), ['metric_key', 'train_loss'], ['max_results', '1000'],
      ])}`)
      // Timed to the last byte received: this is a server figure, and the client here shares the
      // server's thread (in-process), so parsing its 13 MB of JSON would be billed to the server.
      const text = await res.text()
      bulkTimes.push(ms(t0))
      const body = JSON.parse(text) as { metrics?: unknown[] }
      if (!res.ok || !body.metrics?.length) throw new Error(`get-history-bulk-interval failed: ${res.status}`)
    }
    const bulkBest = Math.min(...bulkTimes)
    console.log(`get-history-bulk-interval: ${BULK_RUNS} runs × ${fmt(BULK_STEPS)} steps → 1,000 points in ${fmt(bulkBest)} ms (best of 3) (target ≤300 ms) ${verdict(bulkBest <= 300)}`)
  } finally {
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
