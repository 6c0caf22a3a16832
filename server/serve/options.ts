import { resolve } from 'node:path'

/** How `npm start` / `npm run dev` talk to MLflow: the embedded SQLite server or a remote one. */
export type TrackingTarget =
  | { mode: 'embedded'; dataDir: string }
  | {
      mode: 'remote'
      /** Base URL of the remote server without credentials, query or trailing slash (may carry a path prefix). */
      url: string
      /** `Authorization` value sent upstream when the operator configured credentials. */
      authorization?: string
    }

export type ServeOptions = {
  host: string
  port: number
  target: TrackingTarget
  /** Seed the demo workload into an empty embedded data dir. */
  seed: boolean
}

export const DEFAULT_PORT = 8080
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_DATA_DIR = '.data/mlflow'

const USAGE = `Usage: tsx server/cli/start.ts [--port N] [--host H] [--data-dir DIR] [--no-seed]
Environment: PORT, HOST, RUNLENS_DATA_DIR, MLFLOW_TRACKING_URI, MLFLOW_TRACKING_USERNAME,
MLFLOW_TRACKING_PASSWORD, MLFLOW_TRACKING_TOKEN, RUNLENS_BASIC_AUTH, RUNLENS_SEED=0`

export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${USAGE}`)
    this.name = 'UsageError'
  }
}

/**
 * Parses the command line and environment of `npm start`. Flags win over the environment.
 * Throws UsageError on unknown flags, a port outside 0..65535 (0 = any free port) or a
 * tracking URI that is not http(s).
 */
export function parseServeOptions(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): ServeOptions {
  const flags = new Map<string, string>()
  let seed = env.RUNLENS_SEED !== '0' && env.RUNLENS_SEED !== 'false'
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--no-seed') {
      seed = false
      continue
    }
    // `npm start` builds before starting; the flag is accepted so scripts can say so explicitly.
    if (arg === '--no-build') continue
    const m = /^--(port|host|data-dir)(?:=(.*))?$/.exec(arg)
    if (!m) throw new UsageError(`Unknown argument: ${arg}`)
    const value = m[2] ?? argv[++i]
    if (value === undefined) throw new UsageError(`Missing value for --${m[1]}`)
    flags.set(m[1], value)
  }

  const rawPort = flags.get('port') ?? env.PORT ?? String(DEFAULT_PORT)
  const port = Number(rawPort)
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new UsageError(`Invalid port: ${rawPort}`)
  const host = flags.get('host') ?? env.HOST ?? DEFAULT_HOST

  const uri = env.MLFLOW_TRACKING_URI?.trim()
  const target: TrackingTarget = uri && !isLocalStoreUri(uri)
    ? remoteTarget(uri, env)
    : { mode: 'embedded', dataDir: resolve(cwd, flags.get('data-dir') ?? env.RUNLENS_DATA_DIR ?? DEFAULT_DATA_DIR) }
  return { host, port, target, seed }
}

/** `file:`/`sqlite:` URIs and plain paths mean "a local store", which the embedded server replaces. */
function isLocalStoreUri(uri: string): boolean {
  return !/^https?:\/\//i.test(uri) && (/^(file|sqlite):/i.test(uri) || !/^[a-z][a-z0-9+.-]*:/i.test(uri))
}

function remoteTarget(uri: string, env: NodeJS.ProcessEnv): TrackingTarget {
  let parsed: URL
  try {
    parsed = new URL(uri)
  } catch {
    throw new UsageError(`MLFLOW_TRACKING_URI is not a valid URL: ${stripCredentials(uri)}`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`MLFLOW_TRACKING_URI must be http(s), got ${parsed.protocol}`)
  }
  return { mode: 'remote', url: stripCredentials(uri), authorization: upstreamAuthorization(parsed, env) }
}

/**
 * Credentials for the remote server, in MLflow client order: MLFLOW_TRACKING_USERNAME/PASSWORD,
 * then MLFLOW_TRACKING_TOKEN (bearer), then user:password embedded in the URI.
 */
export function upstreamAuthorization(uri: URL, env: NodeJS.ProcessEnv): string | undefined {
  const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`
  if (env.MLFLOW_TRACKING_USERNAME || env.MLFLOW_TRACKING_PASSWORD) {
    return basic(env.MLFLOW_TRACKING_USERNAME ?? '', env.MLFLOW_TRACKING_PASSWORD ?? '')
  }
  if (env.MLFLOW_TRACKING_TOKEN) return `Bearer ${env.MLFLOW_TRACKING_TOKEN}`
  if (uri.username || uri.password) return basic(decodeURIComponent(uri.username), decodeURIComponent(uri.password))
  return undefined
}

/**
 * Returns the URI without user:password, query or fragment and without a trailing slash,
 * so it can be logged and shown in the UI. Unparsable input gets a best-effort regex strip.
 */
export function stripCredentials(uri: string): string {
  try {
    const u = new URL(uri)
    u.username = ''
    u.password = ''
    u.search = ''
    u.hash = ''
    return u.toString().replace(/\/+$/, '')
  } catch {
    return uri.replace(/\/\/[^/@]*@/, '//')
  }
}
