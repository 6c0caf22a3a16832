import { readFileSync } from 'node:fs'
import { authFromEnv } from '../auth.ts'
import { createTrackingApp } from '../app.ts'
import { openDb } from '../storage/db.ts'
import { isEmptyStore, seedThroughHttp } from './demo-seed.ts'
import { listen, type Listening } from './listen.ts'
import type { ServeOptions } from './options.ts'
import { createRunlensApp } from './runlens-app.ts'

export type Booted = Listening & {
  /** One line for the console: where MLflow requests go (never includes credentials). */
  describe: string
}

/**
 * Starts the one-origin Runlens server for `npm start` (with `distDir`) or `npm run dev`
 * (without: Vite serves the app). Embedded mode opens the SQLite store and, when it is empty and
 * `seed` is on, seeds the demo before the public port opens. Remote mode only proxies.
 */
export async function bootRunlens(options: ServeOptions, distDir: string | undefined, log: (line: string) => void): Promise<Booted> {
  const auth = authFromEnv(process.env, (p) => readFileSync(p, 'utf8'))
  const target = options.target
  if (target.mode === 'remote') {
    const app = createRunlensApp({ mlflow: { mode: 'remote', url: target.url, authorization: target.authorization }, distDir, auth, precompressStatic: true })
    const server = await listen(app.fetch, options.host, options.port)
    const how = target.authorization ? ' with configured credentials' : ''
    return { ...server, describe: `proxying MLflow requests to ${target.url}${how}` }
  }

  const db = openDb(target.dataDir)
  const tracking = createTrackingApp({ db, dataDir: target.dataDir, startReaders: true })
  try {
    if (options.seed && isEmptyStore(db)) await seedThroughHttp(tracking, log)
  } catch (err) {
    // A half-seeded store still works; say so instead of refusing to start.
    log(`Demo seed failed: ${err instanceof Error ? err.message : String(err)}`)
  }
  const app = createRunlensApp({ mlflow: { mode: 'embedded', app: tracking }, distDir, auth, precompressStatic: true })
  let server: Listening
  try {
    server = await listen(app.fetch, options.host, options.port)
  } catch (err) {
    db.close()
    throw err
  }
  return {
    ...server,
    describe: `embedded MLflow-compatible server, data in ${target.dataDir}${auth ? ' (basic auth on)' : ''}`,
    close: async () => {
      await server.close()
      db.close()
    },
  }
}

/** Closes the server on SIGINT/SIGTERM and exits; a second signal exits at once. */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) process.exit(1)
      closing = true
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    })
  }
}
