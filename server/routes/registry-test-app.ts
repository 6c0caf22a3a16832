import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Hono } from 'hono'
import { createTrackingApp } from '../app.ts'
import { openMemoryDb, type Db } from '../storage/db.ts'

const API = '/api/2.0/mlflow'

/**
 * A tracking app on an in-memory database for the registry route tests. Unlike
 * `trackingTestClient`, answers keep JSON.parse's untyped body, so tests can reach into
 * `body.model_version.aliases` the way MLflow's nested registry answers read. `close()` after.
 */
export function registryTestApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'runlens-registry-'))
  const db: Db = openMemoryDb()
  const app: Hono = createTrackingApp({ db, dataDir })

  /** `path` relative to /api/2.0/mlflow; a JSON body when given; non-JSON answers as text. */
  async function call(method: string, path: string, body?: unknown) {
    const init: RequestInit = { method }
    if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers = { 'content-type': 'application/json' }
    }
    const res = await app.request(`${API}/${path}`, init)
    const text = await res.text()
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: text.startsWith('{') ? JSON.parse(text) : text }
  }

  return {
    app,
    db,
    call,
    post: (path: string, body: unknown) => call('POST', path, body),
    get: (path: string) => call('GET', path),
    close() {
      db.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type RegistryTestApp = ReturnType<typeof registryTestApp>
