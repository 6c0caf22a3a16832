import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startTrackingServer } from '../serve-tracking.ts'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

const USAGE = `Usage: npm run server -- [--host 127.0.0.1] [--port 5005] [--data-dir <dir>] [--demo]

  --host      interface to bind (default 127.0.0.1)
  --port      TCP port (default 5005; 0 picks a free one)
  --data-dir  folder for mlflow.db and artifacts (default <project>/.data/mlflow)
  --demo      load the demo workload when the data directory has no runs yet
Basic auth: set RUNLENS_BASIC_AUTH=user:password or RUNLENS_BASIC_AUTH_FILE=<file>.`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '5005' },
      'data-dir': { type: 'string', default: resolve(projectRoot, '.data/mlflow') },
      demo: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port ${values.port}\n\n${USAGE}`)
  const dataDir = resolve(values['data-dir'])
  const server = await startTrackingServer({
    host: values.host,
    port,
    dataDir,
    demo: values.demo,
    log: (m) => console.log(`[runlens-server] ${m}`),
  })
  // The first line with the URL is what scripts and tests wait for.
  console.log(`Runlens tracking server listening on ${server.url} (data: ${dataDir})${server.seeded ? ' [demo loaded]' : ''}`)
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`[runlens-server] ${signal}: shutting down`)
    // Hard stop if a client holds a request open for too long.
    setTimeout(() => process.exit(0), 3000).unref()
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error(`[runlens-server] ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
