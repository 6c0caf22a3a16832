import type { Hono } from 'hono'

/** MLflow's (Flask/Werkzeug) HTML body for an unknown URL. */
export const NOT_FOUND_HTML =
  '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n'

/** MLflow's HTML body for a known URL called with the wrong method. */
export const METHOD_NOT_ALLOWED_HTML =
  '<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n'

/** Hono route pattern → anchored RegExp (`:name` one segment, `*` anything). */
function patternToRegExp(path: string): RegExp {
  const escaped = path
    .split('/')
    .map((seg) => {
      if (seg === '*') return '.*'
      if (seg.startsWith(':')) return '[^/]+'
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, '.*')
    })
    .join('/')
  return new RegExp(`^${escaped}/?$`)
}

/**
 * Answers unmatched requests as MLflow does: 405 with an HTML page when the path exists for
 * another method, else 404 with an HTML page. An OPTIONS request to a known path gets 200 with
 * `Allow`, as Flask answers it. Install after every route is registered: the route table is read
 * once, on the first unmatched request.
 */
export function installRoutingFallback(app: Hono): void {
  let patterns: { re: RegExp; method: string }[] | undefined
  app.notFound((c) => {
    patterns ??= app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ re: patternToRegExp(r.path), method: r.method }))
    const path = c.req.path
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method
    const allowed = patterns.filter((p) => p.re.test(path)).map((p) => p.method)
    if (allowed.length > 0 && !allowed.includes(method)) {
      const allow = [...new Set([...allowed, 'OPTIONS', ...(allowed.includes('GET') ? ['HEAD'] : [])])].sort().join(', ')
      if (method === 'OPTIONS') return c.body(null, 200, { Allow: allow })
      return c.html(METHOD_NOT_ALLOWED_HTML, 405, { Allow: allow })
    }
    return c.html(NOT_FOUND_HTML, 404)
  })
}
