import { scanHistoryPage } from './history-scan.ts'
import { decodeHistoryPage, HistoryShapeError, type HistoryPageColumns } from './metric-columns.ts'

/**
 * Messages the page sends: fetch a get-history page here and decode it (the 2 MB body is then
 * received off the main thread too), or cancel that fetch.
 */
export type HistoryDecodeRequest = { type: 'fetch'; id: number; url: string } | { type: 'cancel'; id: number }

/** Why a page could not be decoded: not JSON at all, or JSON of the wrong shape. */
export type HistoryDecodeFailure = { kind: 'json' | 'shape'; message: string }

/** A decoded page or why its bytes could not be decoded. */
export type DecodeOutcome = { ok: true; page: HistoryPageColumns } | ({ ok: false } & HistoryDecodeFailure)

/**
 * What fetching one page came to. `http`: a non-2xx answer, with what the page's error mapping
 * needs (status, content type, body text); `network`: fetch or the body read rejected;
 * `aborted`: cancelled. Decode outcomes carry the HTTP status of the answer.
 */
export type HistoryFetchOutcome =
  | (DecodeOutcome & { status: number })
  | { ok: false; kind: 'http'; status: number; statusText: string; contentType: string; text: string }
  | { ok: false; kind: 'network'; message: string }
  | { ok: false; kind: 'aborted' }

/** Reply to a `fetch` request (column buffers transferred back). */
export type HistoryDecodeResponse = { id: number } & HistoryFetchOutcome

/**
 * Bytes of a get-history response → columns. An empty body counts as `{}` (as in
 * `mlflowFetch`). Never throws: failures come back as {@link HistoryDecodeFailure}.
 */
export function decodeHistoryBytes(buffer: ArrayBuffer): DecodeOutcome {
  // The usual page takes the one-pass byte reader; anything unusual the reference path below.
  const scanned = scanHistoryPage(new Uint8Array(buffer))
  if (scanned) return { ok: true, page: scanned }
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

/**
 * Fetches one get-history page (a same-origin URL built by `mlflowUrl`) and decodes it. Sends
 * the same request as `mlflowFetchRaw` (GET, same-origin credentials). Never throws.
 */
export async function fetchHistoryPage(url: string, signal: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<HistoryFetchOutcome> {
  const failed = (cause: unknown): HistoryFetchOutcome =>
    signal.aborted ? { ok: false, kind: 'aborted' } : { ok: false, kind: 'network', message: cause instanceof Error ? cause.message : String(cause) }
  try {
    const res = await fetchImpl(url, { method: 'GET', signal, credentials: 'same-origin' })
    if (!res.ok) {
      const text = await res.text().catch(() => '')
      return { ok: false, kind: 'http', status: res.status, statusText: res.statusText, contentType: res.headers.get('content-type') ?? '', text }
    }
    const buffer = await res.arrayBuffer()
    return { ...decodeHistoryBytes(buffer), status: res.status }
  } catch (cause) {
    return failed(cause)
  }
}

/** The column buffers of a successful outcome, to transfer instead of copy. */
export function transferablesOf(r: HistoryFetchOutcome): Transferable[] {
  if (!r.ok) return []
  const c = r.page.columns
  return [c.steps.buffer, c.timestamps.buffer, c.values.buffer]
}

/**
 * The worker's message loop: fetches and decodes pages (cancellable) and replies through `reply`, with
 * the column buffers to transfer. The worker scope wires it to postMessage; tests to a fake.
 */
export function createWorkerHandler(reply: (response: HistoryDecodeResponse, transfer: Transferable[]) => void): (msg: HistoryDecodeRequest) => void {
  const inFlight = new Map<number, AbortController>()
  return (msg) => {
    if (msg.type === 'cancel') return void inFlight.get(msg.id)?.abort()
    const controller = new AbortController()
    inFlight.set(msg.id, controller)
    void fetchHistoryPage(msg.url, controller.signal).then((r) => {
      inFlight.delete(msg.id)
      reply({ id: msg.id, ...r }, transferablesOf(r))
    })
  }
}

// Only wire up the handler inside a real worker scope (not when a test imports this module).
if (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as DedicatedWorkerGlobalScope
  const handle = createWorkerHandler((response, transfer) => scope.postMessage(response, transfer))
  scope.onmessage = (event: MessageEvent<HistoryDecodeRequest>) => handle(event.data)
}
