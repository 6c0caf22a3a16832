import type { Page, Route } from '@playwright/test'

/**
 * Fault injection for e2e specs. Happy paths always hit the real server; these helpers only
 * break chosen requests. Each returns a function that removes the fault ("the server is back").
 * `url` is a Playwright glob or RegExp, matched against the full request URL.
 */
export type UrlMatcher = string | RegExp

/** Matches MLflow's `/version` endpoint exactly (not `/versions/...` or model-version pages). */
export const VERSION_URL = /\/version(\?.*)?$/
/** Matches every MLflow REST call (both `/api/2.0/mlflow` and `/ajax-api/2.0/mlflow`). */
export const MLFLOW_API_URL = /\/(ajax-)?api\/2\.0\/mlflow(-artifacts)?\//

async function install(page: Page, url: UrlMatcher, handler: (route: Route) => Promise<void>): Promise<() => Promise<void>> {
  await page.route(url, handler)
  return () => page.unroute(url, handler)
}

/** The request fails at the network level (connection refused / reset): `fetch` rejects. */
export function failNetwork(page: Page, url: UrlMatcher) {
  return install(page, url, (route) => route.abort('connectionrefused'))
}

/** A proxy or gunicorn answering with an HTML error page instead of MLflow JSON. */
export function serveHtmlError(page: Page, url: UrlMatcher, status = 500) {
  const body = `<!doctype html><html><head><title>${status} Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>The server encountered an internal error and was unable to complete your request.</p></body></html>`
  return install(page, url, (route) => route.fulfill({ status, contentType: 'text/html; charset=utf-8', body }))
}

/** An MLflow JSON error: `{error_code, message}` with the given status. */
export function serveMlflowError(page: Page, url: UrlMatcher, status: number, errorCode: string, message: string) {
  return install(page, url, (route) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify({ error_code: errorCode, message }) }))
}

/** 401 as MLflow's basic-auth app sends it (without WWW-Authenticate, so no browser prompt). */
export function serveUnauthenticated(page: Page, url: UrlMatcher, message = 'You are not authenticated. Please see https://www.mlflow.org/docs/latest/auth/index.html#authenticating-to-mlflow on how to authenticate.') {
  return serveMlflowError(page, url, 401, 'UNAUTHENTICATED', message)
}

/** 403 as MLflow's auth app sends it for a missing permission. */
export function serveForbidden(page: Page, url: UrlMatcher, message = 'Permission denied') {
  return serveMlflowError(page, url, 403, 'PERMISSION_DENIED', message)
}

/** A 200 whose body is not JSON (a truncated response, a captive portal). */
export function serveMalformedJson(page: Page, url: UrlMatcher) {
  return install(page, url, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"runs": [' }))
}

/** Delays matching requests by `ms`, then lets them through to the real server. */
export function delay(page: Page, url: UrlMatcher, ms: number) {
  return install(page, url, async (route) => {
    await new Promise((r) => setTimeout(r, ms))
    await route.continue().catch(() => {
      // The page may have navigated away or cancelled the request meanwhile.
    })
  })
}
