import type * as z from 'zod/mini'
import { MlflowApiError, mlflowFetch, mlflowUrl, type MlflowFetchOptions } from './client.ts'
import { issueMessage } from './schemas/issue-message.ts'

/** `body` validated by `schema`, or where it first went wrong (`path: message`, `(root)` for the body). */
function checkShape<S extends z.ZodMiniType>(schema: S, body: unknown): { ok: true; data: z.output<S> } | { ok: false; where: string } {
  const result = schema.safeParse(body, { error: issueMessage })
  if (result.success) return { ok: true, data: result.data }
  const issue = result.error.issues[0]
  return { ok: false, where: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown field' }
}

/** The error every fetcher throws for a body of the wrong shape (`where`: from `checkShape`). */
export function shapeError(where: string, url: string, status = 200): MlflowApiError {
  return new MlflowApiError({
    status,
    errorCode: 'UNEXPECTED_RESPONSE',
    message: `The server's response did not have the expected shape (${where}).`,
    kind: 'parse',
    url,
  })
}

/**
 * Validates a response body with a zod schema; a mismatch becomes an `MlflowApiError`
 * (kind `parse`, code `UNEXPECTED_RESPONSE`) naming the first offending field, so a server
 * that speaks a different dialect fails loudly at the boundary instead of deep in a chart.
 */
export function parseBody<S extends z.ZodMiniType>(schema: S, body: unknown, url: string): z.output<S> {
  const checked = checkShape(schema, body)
  if (checked.ok) return checked.data
  throw shapeError(checked.where, url)
}

/** `mlflowFetch` + `parseBody`: the way every JSON fetcher in src/api reads a response. */
export async function requestJson<S extends z.ZodMiniType>(schema: S, path: string, options: MlflowFetchOptions = {}): Promise<z.output<S>> {
  const body = await mlflowFetch(path, options)
  return parseBody(schema, body, mlflowUrl(path, options.query, options.prefix))
}

/** For write calls whose answer (`{}`) carries nothing: checks only that the call succeeded. */
export async function requestVoid(path: string, options: MlflowFetchOptions): Promise<void> {
  await mlflowFetch(path, options)
}
