import type { Hono } from 'hono'
import type { ServerContext } from '../context.ts'
import type { ApiRouter } from '../http.ts'

export function registerRegistry(_app: Hono, _api: ApiRouter, _ctx: ServerContext): void {}
