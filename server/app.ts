import { Hono } from 'hono'
import { join } from 'node:path'
import { MlflowError } from './errors.ts'
import { ApiRouter } from './http.ts'
import type { ServerContext } from './context.ts'
import type { Db } from './storage/db.ts'
import { createReadPool, readThreadCount, type ReadPool } from './storage/read-pool.ts'
import { registerExperiments } from './routes/experiments.ts'
import { registerRuns } from './routes/runs.ts'
import { registerMetrics } from './routes/metrics.ts'
import { registerArtifacts } from './routes/artifacts.ts'
import { registerRegistry } from './routes/registry.ts'
import { basicAuth, type AuthConfig } from './auth.ts'
import { installRoutingFallback } from './routing-fallback.ts'

/** The MLflow version whose REST behaviour the embedded server follows (see shared contract). */
export const EMULATED_MLFLOW_VERSION = '3.11.0'

export type ServerAppOptions = {
  db: Db
  dataDir: string
  auth?: AuthConfig
  /**
   * Reader threads for get-history pages. Default: a lazily started pool of readThreadCount()
   * threads for a file database, none for an in-memory one; `null` turns it off.
   */
  readPool?: ReadPool | null
  /** Start the default pool's threads now (servers), not on the first history request (tests). */
  startReaders?: boolean
}

function defaultReadPool(db: Db, start: boolean): ReadPool | undefined {
  const threads = readThreadCount()
  if (db.memory || threads === 0) return undefined
  const pool = createReadPool(db.name, threads)
  if (start) pool.warm()
  return pool
}

/**
 * Builds the MLflow-compatible tracking server as a Hono app. It is mounted by the CLI
 * (`npm run server`), by `npm start` next to the static app, and by tests via `app.request()`.
 */
export function createTrackingApp(options: ServerAppOptions): Hono {
  const ctx: ServerContext = {
    db: options.db,
    dataDir: options.dataDir,
    artifactRoot: join(options.dataDir, 'artifacts'),
    mlflowVersion: EMULATED_MLFLOW_VERSION,
    readPool: options.readPool === undefined ? defaultReadPool(options.db, options.startReaders ?? false) : (options.readPool ?? undefined),
  }
  const app = new Hono()

  app.onError((err, c) => {
    if (err instanceof MlflowError) return c.json(err.toJSON(), err.status as 400)
    // A real internal fault: log it for the operator, tell the client nothing about our files.
    console.error('[runlens-server] internal error:', err)
    return c.json({ error_code: 'INTERNAL_ERROR', message: 'Internal server error.' }, 500)
  })

  if (options.auth) app.use('*', basicAuth(options.auth))

  app.get('/health', (c) => c.text('OK'))
  app.get('/version', (c) => c.text(ctx.mlflowVersion))

  const api = new ApiRouter(app)
  registerExperiments(api, ctx)
  registerRuns(api, ctx)
  registerMetrics(api, ctx)
  registerArtifacts(app, api, ctx)
  registerRegistry(app, api, ctx)
  installRoutingFallback(app)

  return app
}
