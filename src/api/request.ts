import type * as z from 'zod/mini'
import { MlflowApiError, mlflowFetch, mlflowUrl, type MlflowFetchOptions } from './client.ts'
import { issueMessage } from './schemas/issue-message.ts'

/** The error every fetcher throws for a body of the wrong shape (`where`: `path: message` of the first issue). */
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
  const result = schema.safeParse(body, { error: issueMessage })
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw shapeError(issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown field', url)
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
