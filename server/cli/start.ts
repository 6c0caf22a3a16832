import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bootRunlens, closeOnSignals } from '../serve/boot.ts'
import { parseServeOptions, UsageError } from '../serve/options.ts'

// `npm start`: one Node process serving the built app and MLflow's API on one origin.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
// RUNLENS_DIST_DIR lets parallel e2e runs each serve their own build instead of sharing dist/.
const distDir = process.env.RUNLENS_DIST_DIR || join(root, 'dist')
const log = (line: string) => console.log(`[runlens] ${line}`)

try {
  const options = parseServeOptions(process.argv.slice(2), process.env, process.cwd())
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`[runlens] ${join(distDir, 'index.html')} is missing: run \`npm run build\` first (npm start does it for you).`)
    process.exit(1)
  }
  const server = await bootRunlens(options, distDir, log)
  closeOnSignals(server.close)
  log(server.describe)
  const isLoopback = ['127.0.0.1', 'localhost', '::1'].includes(options.host)
  if (!isLoopback && !process.env.RUNLENS_BASIC_AUTH && !process.env.RUNLENS_BASIC_AUTH_FILE) {
    log(`Warning: listening on ${options.host} without RUNLENS_BASIC_AUTH; anyone who can reach this port can read and change tracking data.`)
  }
  log(`Runlens is running at ${server.url}/`)
} catch (err) {
  if (err instanceof UsageError) console.error(err.message)
  else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error(`[runlens] ${(err as Error).message}: set PORT or --port to use another port.`)
  else console.error('[runlens] failed to start:', err)
  process.exit(1)
}
