import type { Hono } from 'hono'
import type { ServerContext } from '../context.ts'
import { API_PREFIXES, type ApiRouter } from '../http.ts'
import { registerRegisteredModelRoutes } from './registry-models.ts'
import { registerModelVersionRoutes } from './registry-versions.ts'
import { registerAliasRoutes } from './registry-aliases.ts'

/** Endpoints MLflow serves for GET only; other methods get its HTML 405 page. */
const GET_ONLY = ['registered-models/search', 'model-versions/search']

const METHOD_NOT_ALLOWED_HTML =
  '<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n'

/**
 * The model registry: registered models, versions, stages, tags and aliases, under
 * /api/2.0/mlflow and /ajax-api/2.0/mlflow (MLflow 3.11 behaviour; see the shared contract).
 */
export function registerRegistry(app: Hono, api: ApiRouter, ctx: ServerContext): void {
  registerRegisteredModelRoutes(api, ctx)
  registerModelVersionRoutes(api, ctx)
  registerAliasRoutes(api, ctx)
  for (const prefix of API_PREFIXES)
    for (const endpoint of GET_ONLY)
      app.on(['POST', 'PUT', 'PATCH', 'DELETE'], `${prefix}/${endpoint}`, (c) =>
        c.html(METHOD_NOT_ALLOWED_HTML, 405, { allow: 'GET, HEAD, OPTIONS' }),
      )
}
