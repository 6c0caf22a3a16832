import type { Db } from '../storage/db.ts'
import { listen } from './listen.ts'

/**
 * True when the tracking database holds nothing a user created: no runs, no registered models
 * and no experiment besides MLflow's "Default" (id 0). Only then may the demo be seeded, so a
 * user's data dir is never touched.
 */
export function isEmptyStore(db: Db): boolean {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  return (
    count('SELECT COUNT(*) AS n FROM runs') === 0 &&
    count('SELECT COUNT(*) AS n FROM registered_models') === 0 &&
    count('SELECT COUNT(*) AS n FROM experiments WHERE experiment_id <> 0') === 0
  )
}

type SeedFn = (baseUrl: string, options?: { auth?: { username: string; password: string } }) => Promise<unknown>

/**
 * Seeds the demo workload into the embedded tracking app through real HTTP, on a private
 * 127.0.0.1 port that closes afterwards, so the public port only opens once the data is there.
 * Returns false (with a console note) when the seed module is not available.
 */
export async function seedThroughHttp(tracking: { fetch: (req: Request) => Response | Promise<Response> }, log: (line: string) => void): Promise<boolean> {
  // Resolved at run time: the seed module is optional for the server to start.
  const specifier = '../demo/seed.ts'
  let seedDemo: SeedFn | undefined
  try {
    seedDemo = ((await import(/* @vite-ignore */ specifier)) as { seedDemo?: SeedFn }).seedDemo
  } catch (err) {
    log(`Demo seed not available (${err instanceof Error ? err.message : String(err)}); starting empty.`)
    return false
  }
  if (!seedDemo) {
    log('Demo seed module has no seedDemo export; starting empty.')
    return false
  }
  const server = await listen(tracking.fetch, '127.0.0.1', 0)
  const started = Date.now()
  log('Seeding the demo workload into an empty data dir...')
  try {
    await seedDemo(server.url)
  } finally {
    await server.close()
  }
  log(`Demo workload seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  return true
}
