import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Hono } from 'hono'
import { createTrackingApp } from '../app.ts'
import { openMemoryDb, type Db } from '../storage/db.ts'

/** Parsed answer of one test request: status, content type and JSON (or raw text) body. */
export type TestResponse = { status: number; type: string; body: Record<string, unknown> & { [k: string]: unknown } }

/**
 * A tracking app on an in-memory database for tests: `get(path, query)` / `post(path, body)`
 * relative to `/api/2.0/mlflow` (or an absolute path starting with '/'). Call `close()` after.
 */
export function trackingTestClient() {
  const dataDir = mkdtempSync(join(tmpdir(), 'runlens-tracking-'))
  const db: Db = openMemoryDb()
  const app: Hono = createTrackingApp({ db, dataDir })
  const url = (path: string) => (path.startsWith('/') ? path : `/api/2.0/mlflow/${path}`)

  async function send(method: string, path: string, init: RequestInit = {}): Promise<TestResponse> {
    const res = await app.request(url(path), { method, ...init })
    const text = await res.text()
    const type = res.headers.get('content-type') ?? ''
    const body = type.includes('json') && text ? JSON.parse(text) : { text }
    return { status: res.status, type, body }
  }

  return {
    app,
    db,
    /** GET with query parameters; array values become repeated keys. */
    get(path: string, query: Record<string, string | number | (string | number)[]> = {}) {
      const qs = new URLSearchParams()
      for (const [k, v] of Object.entries(query)) for (const item of Array.isArray(v) ? v : [v]) qs.append(k, String(item))
      const q = qs.toString()
      return send('GET', q ? `${url(path)}?${q}` : url(path))
    },
    /** POST (or another method) with a JSON body. */
    post(path: string, body: unknown, method = 'POST') {
      return send(method, url(path), { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
    },
    /** Raw request for content-type and method edge cases. */
    raw: send,
    /** Creates an experiment and a run in it; returns their ids. */
    async run(name = 'run', experiment = 'exp'): Promise<{ experimentId: string; runId: string }> {
      let exp = await this.get('experiments/get-by-name', { experiment_name: experiment })
      if (exp.status === 404) {
        await this.post('experiments/create', { name: experiment })
        exp = await this.get('experiments/get-by-name', { experiment_name: experiment })
      }
      const experimentId = (exp.body.experiment as { experiment_id: string }).experiment_id
      const created = await this.post('runs/create', { experiment_id: experimentId, run_name: name, start_time: 1000 })
      const runId = (created.body.run as { info: { run_id: string } }).info.run_id
      return { experimentId, runId }
    },
    close() {
      db.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type TrackingTestClient = ReturnType<typeof trackingTestClient>
