import { decodeHistoryPage, HistoryShapeError, type HistoryPageColumns } from './metric-columns.ts'

/** Message the page sends: the raw bytes of one get-history response (transferred). */
export type HistoryDecodeRequest = { id: number; buffer: ArrayBuffer }

/** Why a page could not be decoded: not JSON at all, or JSON of the wrong shape. */
export type HistoryDecodeFailure = { kind: 'json' | 'shape'; message: string }

/** Reply: the decoded page (column buffers transferred back) or the failure. */
export type HistoryDecodeResponse = { id: number; ok: true; page: HistoryPageColumns } | ({ id: number; ok: false } & HistoryDecodeFailure)

/**
 * Bytes of a get-history response → columns. An empty body counts as `{}` (as in
 * `mlflowFetch`). Never throws: failures come back as {@link HistoryDecodeFailure}.
 */
export function decodeHistoryBytes(buffer: ArrayBuffer): { ok: true; page: HistoryPageColumns } | ({ ok: false } & HistoryDecodeFailure) {
  const text = new TextDecoder().decode(buffer)
  let body: unknown
  try {
    body = text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    return { ok: false, kind: 'json', message: 'The server sent a response that is not valid JSON.' }
  }
  try {
    return { ok: true, page: decodeHistoryPage(body) }
  } catch (err) {
    if (err instanceof HistoryShapeError) return { ok: false, kind: 'shape', message: err.message }
    throw err
  }
}

// Only wire up the handler inside a real worker scope (not when a test imports this module).
if (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as DedicatedWorkerGlobalScope
  scope.onmessage = (event: MessageEvent<HistoryDecodeRequest>) => {
    const { id, buffer } = event.data
    const r = decodeHistoryBytes(buffer)
    if (!r.ok) {
      scope.postMessage({ id, ok: false, kind: r.kind, message: r.message } satisfies HistoryDecodeResponse)
      return
    }
    const c = r.page.columns
    scope.postMessage({ id, ok: true, page: r.page } satisfies HistoryDecodeResponse, [c.steps.buffer, c.timestamps.buffer, c.values.buffer])
  }
}
