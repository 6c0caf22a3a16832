import { invalidParam } from '../errors.ts'

/**
 * MLflow's stateless offset page token: base64 of the JSON `{"offset": N}`.
 * `offset` is the number of rows to skip (a non-negative integer).
 */
export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64')
}

/**
 * Decodes a page token back to its row offset. `undefined` and `''` mean the first page (0).
 * Anything that is not base64 of `{"offset": <non-negative integer>}` throws MLflow's
 * INVALID_PARAMETER_VALUE with MLflow's message wording.
 */
export function decodePageToken(token: string | undefined): number {
  if (token === undefined || token === '') return 0
  // Node's base64 decoder silently skips invalid characters, so check the alphabet first
  // (standard alphabet), as Python's strict decoder would.
  // Python's b64decode also insists on correct padding, so the length must be a multiple of 4.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(token) || token.length % 4 !== 0) {
    throw invalidParam('Invalid page token, could not base64-decode')
  }
  const text = Buffer.from(token, 'base64').toString('utf8')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw invalidParam('Invalid page token, decoded value=' + JSON.stringify(text))
  }
  if (typeof parsed !== 'object' || parsed === null || !('offset' in parsed)) {
    throw invalidParam('Invalid page token, parsed value=' + text)
  }
  const raw = (parsed as { offset: unknown }).offset
  // MLflow runs int() on the value, so a numeric string works too.
  const offset = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw invalidParam(`Invalid page token, offset must be a non-negative integer, got ${JSON.stringify(offset)}`)
  }
  return offset
}
