import { Hono, type Context } from 'hono'
import { basicAuth, type AuthConfig } from '../auth.ts'
import { compressApi } from './api-compress.ts'
import { createMlflowProxy, isMlflowPath } from './proxy.ts'
import { securityHeaders } from './security.ts'
import { createStaticHandler } from './static.ts'

/** Body of GET /runlens/server-info: which MLflow the app is talking to. */
export type ServerInfo = ({ mode: 'embedded' } | { mode: 'remote'; trackingUri: string }) & { user?: string }

export type RunlensAppOptions = {
  /** Where MLflow requests go: an in-process tracking app, or a remote server through the proxy. */
  mlflow:
    | { mode: 'embedded'; app: { fetch: (req: Request) => Response | Promise<Response> } }
    | { mode: 'remote'; url: string; authorization?: string }
  /** Built app folder; omitted in `npm run dev`, where Vite serves the app. */
  distDir?: string
  /** Compress the build's text files at startup (servers), not on their first request (tests). */
  precompressStatic?: boolean
  /** Front-door basic auth for everything except /health (RUNLENS_BASIC_AUTH). */
  auth?: AuthConfig
  /** Injected in tests for the remote mode. */
  fetchImpl?: typeof fetch
}

/**
 * The one-origin Runlens server: the static app, MLflow's REST paths (embedded or proxied) and
 * `/runlens/server-info`, behind security headers and optional basic auth. Mounted by
 * `npm start` (with distDir) and `npm run dev` (API only; Vite serves the app and proxies here).
 */
export function createRunlensApp(options: RunlensAppOptions): Hono {
  const app = new Hono()
  app.use('*', securityHeaders(isMlflowPath))
  if (options.auth) app.use('*', basicAuth(options.auth))
  // JSON from the API can be large (metric histories); static files are compressed separately.
  app.use('/api/*', ...compressApi())
  app.use('/ajax-api/*', ...compressApi())

  const base: ServerInfo = options.mlflow.mode === 'embedded' ? { mode: 'embedded' } : { mode: 'remote', trackingUri: options.mlflow.url }
  // Behind front-door basic auth every request is this one user: the registry UI shows it as verified.
  const info: ServerInfo = options.auth ? { ...base, user: options.auth.username } : base
  app.get('/runlens/server-info', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(info)
  })
  app.all('/runlens/*', (c) => c.json({ error_code: 'ENDPOINT_NOT_FOUND', message: 'Unknown Runlens endpoint.' }, 404))

  const mlflow = options.mlflow
  const forward: (c: Context) => Response | Promise<Response> =
    mlflow.mode === 'embedded'
      ? (c) => mlflow.app.fetch(c.req.raw)
      : createMlflowProxy({ url: mlflow.url, authorization: mlflow.authorization, forwardBrowserAuth: !options.auth, fetchImpl: options.fetchImpl })

  const serveStatic = options.distDir ? createStaticHandler(options.distDir) : undefined
  if (serveStatic && options.precompressStatic) void serveStatic.precompress()
  app.all('*', (c) => {
    if (isMlflowPath(c.req.path)) return forward(c)
    if (serveStatic) return serveStatic(c)
    return c.text('Not Found', 404)
  })
  return app
}
