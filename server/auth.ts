import type { MiddlewareHandler } from 'hono'
import { timingSafeEqual } from 'node:crypto'

/** Optional HTTP basic auth: one user and password, as MLflow's basic-auth app accepts. */
export type AuthConfig = { username: string; password: string }

/**
 * Reads credentials from RUNLENS_BASIC_AUTH ("user:password") or from the file named by
 * RUNLENS_BASIC_AUTH_FILE (one "user:password" line). Returns undefined when neither is set.
 */
export function authFromEnv(env: NodeJS.ProcessEnv, readFile: (p: string) => string): AuthConfig | undefined {
  const raw = env.RUNLENS_BASIC_AUTH ?? (env.RUNLENS_BASIC_AUTH_FILE ? readFile(env.RUNLENS_BASIC_AUTH_FILE).trim() : undefined)
  if (!raw) return undefined
  const i = raw.indexOf(':')
  if (i <= 0) throw new Error('Basic-auth credentials must look like "user:password".')
  return { username: raw.slice(0, i), password: raw.slice(i + 1) }
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Rejects requests without the configured credentials; `/health` stays open for probes. */
export function basicAuth(config: AuthConfig): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.path === '/health') return next()
    const header = c.req.header('authorization') ?? ''
    if (header.startsWith('Basic ')) {
      const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
      const i = decoded.indexOf(':')
      if (i > 0 && same(decoded.slice(0, i), config.username) && same(decoded.slice(i + 1), config.password)) return next()
    }
    c.header('WWW-Authenticate', 'Basic realm="mlflow"')
    return c.json({ error_code: 'UNAUTHENTICATED', message: 'You are not authenticated. Please provide valid credentials.' }, 401)
  }
}
