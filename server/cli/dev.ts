import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bootRunlens } from '../serve/boot.ts'
import { parseServeOptions, UsageError } from '../serve/options.ts'

// `npm run dev`: the Runlens API server (embedded tracking server, or a proxy to
// MLFLOW_TRACKING_URI) on RUNLENS_DEV_API_PORT, plus Vite with HMR, which proxies MLflow and
// /runlens paths to it (vite.config.ts). Extra arguments go to Vite, e.g. `npm run dev -- --port 3000`.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const log = (line: string) => console.log(`[runlens] ${line}`)

try {
  const apiPort = process.env.RUNLENS_DEV_API_PORT ?? '5005'
  const options = parseServeOptions(['--port', apiPort], { ...process.env, PORT: undefined }, process.cwd())
  const api = await bootRunlens({ ...options, host: '127.0.0.1' }, undefined, log)
  log(`API on ${api.url}: ${api.describe}`)

  const vite = spawn(join(root, 'node_modules', '.bin', 'vite'), process.argv.slice(2), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, RUNLENS_DEV_API: api.url },
  })
  let stopping = false
  const stop = (code: number) => {
    if (stopping) return
    stopping = true
    vite.kill('SIGTERM')
    api.close().finally(() => process.exit(code))
  }
  vite.on('exit', (code) => stop(code ?? 0))
  process.on('SIGINT', () => stop(0))
  process.on('SIGTERM', () => stop(0))
} catch (err) {
  if (err instanceof UsageError) console.error(err.message)
  else console.error('[runlens] dev server failed to start:', err)
  process.exit(1)
}
