import { serve } from '@hono/node-server'
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createTrackingApp } from './app.ts'
import { authFromEnv, type AuthConfig } from './auth.ts'
import { dbHasNoRuns, seedDemo, type SeedResult } from './demo/seed.ts'
import { keepIdleSocketsLonger } from './serve/listen.ts'
import { openDb } from './storage/db.ts'

export type TrackingServerOptions = {
  /** Interface to bind; keep 127.0.0.1 unless the server must be reachable from elsewhere. */
  host?: string
  /** TCP port; 0 picks a free one (the chosen port is in the returned `url`). */
  port?: number
  /** Folder holding `mlflow.db` and `artifacts/`; created when missing. */
  dataDir: string
  /** Load the demo workload, but only when the data directory holds no runs yet. */
  demo?: boolean
  /** Basic-auth credentials; omitted → RUNLENS_BASIC_AUTH(_FILE) from the environment; null → none. */
  auth?: AuthConfig | null
  /** Progress messages (seeding); defaults to silence. */
  log?: (message: string) => void
}

export type TrackingServer = {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:5005`. */
  url: string
  port: number
  /** True when this start loaded the demo workload. */
  seeded: boolean
  /** Name → id maps of the demo workload, when this start loaded it. */
  seed?: SeedResult
  /** Stops accepting connections, drops idle keep-alive sockets and closes the database. */
  close: () => Promise<void>
}

/**
 * Starts the MLflow-compatible tracking server on its own HTTP port (used by `npm run server`,
 * tests and the benchmark). Resolves once the port is listening and, with `demo`, once the
 * demo workload is loaded through the HTTP API.
 */
export async function startTrackingServer(options: TrackingServerOptions): Promise<TrackingServer> {
  const host = options.host ?? '127.0.0.1'
  const auth = options.auth === undefined ? authFromEnv(process.env, (p) => readFileSync(p, 'utf8')) : (options.auth ?? undefined)
  const db = openDb(options.dataDir)
  const shouldSeed = Boolean(options.demo) && dbHasNoRuns(db)
  const app = createTrackingApp({ db, dataDir: options.dataDir, auth, startReaders: true })
  let server: Server | undefined
  const port = await new Promise<number>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 5005 }, (info: AddressInfo) => resolve(info.port)) as Server
    server = s
    keepIdleSocketsLonger(s)
    s.once('error', reject)
  }).catch((err: unknown) => {
    db.close()
    throw err
  })
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await new Promise<void>((resolve) => {
      server?.close(() => resolve())
      server?.closeIdleConnections()
      // Give in-flight requests a moment, then drop keep-alive sockets that never went idle.
      setTimeout(() => server?.closeAllConnections(), 500).unref()
    })
    db.close()
  }
  let seed: SeedResult | undefined
  if (shouldSeed) {
    const started = Date.now()
    try {
      seed = await seedDemo(url, { auth, onProgress: options.log })
    } catch (err) {
      await close()
      throw err
    }
    options.log?.(`demo workload loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  return { url, port, seeded: shouldSeed, seed, close }
}
