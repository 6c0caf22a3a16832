import { queryOptions } from '@tanstack/react-query'
import { mlflowFetchRaw, mlflowUrl } from './client.ts'
import { requestJson } from './request.ts'
import { listArtifactsResponse } from './schemas/artifact.ts'
import type { ArtifactListing, ArtifactText } from './types.ts'

/** Default limit for reading an artifact as text (2 MiB). */
export const DEFAULT_TEXT_MAX_BYTES = 2 * 1024 * 1024

/**
 * artifacts/list for one directory (no recursion). Paths in the result are relative to the
 * run's artifact root (`model/data/weights.bin`). A missing directory gives `files: []`.
 * Path traversal (`..`) is a 400 from MLflow.
 */
export function listArtifacts(runId: string, path = '', signal?: AbortSignal): Promise<ArtifactListing> {
  return requestJson(listArtifactsResponse, 'artifacts/list', { query: { run_id: runId, path: path || undefined }, signal })
}

/** Same-origin URL that downloads one artifact file (`/get-artifact`, content-disposition: attachment). */
export function artifactDownloadUrl(runId: string, path: string): string {
  return mlflowUrl('get-artifact', { run_id: runId, path }, 'root')
}

/**
 * True for bytes that are not text: a NUL byte in the first 8 KiB, or invalid UTF-8.
 * MLflow's content types are too coarse to tell (`text/plain` for .yaml and .json alike,
 * octet-stream for everything else), so the bytes decide. A UTF-8 sequence cut by the
 * `truncated` read limit is not counted as invalid.
 */
export function looksBinary(bytes: Uint8Array, truncated = false): boolean {
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) return true
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: truncated })
    return false
  } catch {
    return true
  }
}

async function readAtMost(res: Response, maxBytes: number): Promise<{ bytes: Uint8Array; overflow: boolean }> {
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer())
    return { bytes: all.subarray(0, maxBytes), overflow: all.length > maxBytes }
  }
  const reader = res.body.getReader()
  const parts: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    parts.push(value)
    total += value.length
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      break
    }
  }
  const bytes = new Uint8Array(Math.min(total, maxBytes))
  let at = 0
  for (const p of parts) {
    const room = bytes.length - at
    if (room <= 0) break
    bytes.set(p.subarray(0, room), at)
    at += Math.min(p.length, room)
  }
  return { bytes, overflow: total > maxBytes }
}

/**
 * Reads one artifact file as UTF-8 text through `/get-artifact`.
 * - `{kind: 'tooLarge', size}` when content-length (or the bytes read) exceed `maxBytes`
 *   (default 2 MiB); `size` is then the content-length, or a lower bound when it is unknown.
 *   The download is cancelled, not finished.
 * - `{kind: 'binary', size}` for NUL bytes / invalid UTF-8 (never judged by content type).
 * - `{kind: 'text', text, size}` otherwise; a leading BOM is dropped.
 * Missing files throw `MlflowApiError` (2.10: 500 HTML page, 3.x: 404 RESOURCE_DOES_NOT_EXIST).
 */
export async function fetchArtifactText(runId: string, path: string, options: { maxBytes?: number; signal?: AbortSignal } = {}): Promise<ArtifactText> {
  const maxBytes = options.maxBytes ?? DEFAULT_TEXT_MAX_BYTES
  const res = await mlflowFetchRaw('get-artifact', { query: { run_id: runId, path }, signal: options.signal })
  const header = res.headers.get('content-length')
  const declared = header !== null && /^\d+$/.test(header) ? Number(header) : undefined
  if (declared !== undefined && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined)
    return { kind: 'tooLarge', tooLarge: true, size: declared }
  }
  const { bytes, overflow } = await readAtMost(res, maxBytes)
  if (overflow) return { kind: 'tooLarge', tooLarge: true, size: declared ?? maxBytes + 1 }
  if (looksBinary(bytes)) return { kind: 'binary', binary: true, size: bytes.length }
  const text = new TextDecoder('utf-8').decode(bytes)
  return { kind: 'text', text, size: bytes.length }
}

/** Query keys + options for artifacts. Artifacts of a run rarely change once written. */
export const artifactQueries = {
  all: () => ['artifacts'] as const,
  list: (runId: string, path = '') =>
    queryOptions({
      queryKey: [...artifactQueries.all(), 'list', runId, path] as const,
      queryFn: ({ signal }) => listArtifacts(runId, path, signal),
      staleTime: 60_000,
    }),
  text: (runId: string, path: string, maxBytes = DEFAULT_TEXT_MAX_BYTES) =>
    queryOptions({
      queryKey: [...artifactQueries.all(), 'text', runId, path, maxBytes] as const,
      queryFn: ({ signal }) => fetchArtifactText(runId, path, { maxBytes, signal }),
      staleTime: 60_000,
    }),
}
