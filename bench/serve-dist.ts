/**
 * The Runlens server of `npm start` (server/serve/boot.ts), serving a dist directory given on
 * the command line instead of the shared `dist/`: other builds in the same checkout cannot swap
 * the files under a running benchmark. Usage: tsx bench/serve-dist.ts <distDir> [start.ts flags].
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { bootRunlens, closeOnSignals } from '../server/serve/boot.ts'
import { parseServeOptions } from '../server/serve/options.ts'

const [distArg, ...rest] = process.argv.slice(2)
const distDir = resolve(distArg ?? '')
if (!distArg || !existsSync(join(distDir, 'index.html'))) {
  console.error(`[runlens] no index.html in ${distDir}`)
  process.exit(1)
}
try {
  const server = await bootRunlens(parseServeOptions(rest, process.env, process.cwd()), distDir, (line) => console.log(`[runlens] ${line}`))
  closeOnSignals(server.close)
  console.log(`[runlens] Runlens is running at ${server.url}/`)
} catch (err) {
  console.error('[runlens] failed to start:', err)
  process.exit(1)
}
