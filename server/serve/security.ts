import type { MiddlewareHandler } from 'hono'

/**
 * CSP for the app shell. No inline scripts: the theme is applied by /theme-init.js, a same-origin
 * file. `style-src 'unsafe-inline'` is needed because ECharts positions tooltips with inline
 * `style` attributes and React's `style` prop writes them too; style injection cannot run code,
 * so this keeps the script-injection guarantee. `blob:` workers and images cover chart export
 * and artifact previews built in the browser.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Artifacts are user-controlled bytes served from the app's origin. A sandbox CSP makes an HTML
 * or SVG artifact inert (no scripts, unique origin) even when a browser renders it, while the
 * app can still show it in an <iframe> or <img>.
 */
export const ARTIFACT_CSP = "sandbox; default-src 'none'; img-src 'self' data: blob:; style-src 'unsafe-inline'; media-src 'self'"

const ARTIFACT_PATH = /^\/(get-artifact|model-versions\/get-artifact|api\/2\.0\/mlflow-artifacts\/)/

/** Adds security headers: the app CSP on pages, the sandbox CSP on artifacts, nosniff and a referrer policy everywhere. */
export function securityHeaders(isMlflowPath: (pathname: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const path = c.req.path
    const h = c.res.headers
    h.set('X-Content-Type-Options', 'nosniff')
    h.set('Referrer-Policy', 'same-origin')
    if (ARTIFACT_PATH.test(path)) h.set('Content-Security-Policy', ARTIFACT_CSP)
    else if (!isMlflowPath(path)) {
      h.set('Content-Security-Policy', APP_CSP)
      h.set('X-Frame-Options', 'DENY')
      h.set('Cross-Origin-Opener-Policy', 'same-origin')
    }
  }
}
