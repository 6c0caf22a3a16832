import type { ServerContext } from '../context.ts'
import type { ApiRouter } from '../http.ts'

export function registerExperiments(_api: ApiRouter, _ctx: ServerContext): void {}
