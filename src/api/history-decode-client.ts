import { decodeHistoryBytes, type HistoryDecodeFailure, type HistoryDecodeRequest, type HistoryDecodeResponse } from './history-decode.worker.ts'
import type { HistoryPageColumns } from './metric-columns.ts'

/** Responses at least this large are decoded in the worker; smaller ones inline (no round trip). */
export const DECODE_WORKER_MIN_BYTES = 64 * 1024

/** The subset of `Worker` the client uses (tests pass a fake). */
export type DecodeWorkerLike = {
  postMessage(message: HistoryDecodeRequest, transfer: Transferable[]): void
  onmessage: ((event: MessageEvent<HistoryDecodeResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  terminate(): void
}

export type DecodeResult = { ok: true; page: HistoryPageColumns } | ({ ok: false } & HistoryDecodeFailure)

/** Decodes get-history response bytes, in a worker when one is available. */
export type HistoryDecoder = {
  decode(buffer: ArrayBuffer): Promise<DecodeResult>
  /** Starts the worker now (its script is fetched before history requests fill the connections). */
  prewarm(): void
  dispose(): void
}

function defaultCreateWorker(): DecodeWorkerLike | null {
  if (typeof Worker === 'undefined') return null
  // Vite bundles the worker from this exact `new URL(…, import.meta.url)` pattern.
  return new Worker(new URL('./history-decode.worker.ts', import.meta.url), { type: 'module' }) as DecodeWorkerLike
}

/**
 * A decoder that moves JSON.parse + column decoding of big history pages (a 25,000-point page
 * is ~2 MB of JSON) off the main thread. The response bytes are transferred, not copied, and
 * the columns come back transferred. Without Worker support, or once the worker fails, pages
 * are decoded inline with the same result.
 */
export function createHistoryDecoder(options: { createWorker?: () => DecodeWorkerLike | null; minBytes?: number } = {}): HistoryDecoder {
  const createWorker = options.createWorker ?? defaultCreateWorker
  const minBytes = options.minBytes ?? DECODE_WORKER_MIN_BYTES
  let worker: DecodeWorkerLike | null | undefined
  let nextId = 1
  const pending = new Map<number, (r: DecodeResult) => void>()

  const abandon = () => {
    worker?.terminate()
    worker = null
    // The bytes were transferred, so a crashed worker leaves nothing to decode inline: the
    // page fails and the query's retry fetches it again.
    for (const resolve of pending.values()) resolve({ ok: false, kind: 'json', message: 'The history decoder stopped before this page was read.' })
    pending.clear()
  }

  const getWorker = (): DecodeWorkerLike | null => {
    if (worker !== undefined) return worker
    try {
      worker = createWorker()
    } catch {
      worker = null
    }
    if (worker) {
      worker.onmessage = (event) => {
        const msg = event.data
        const resolve = pending.get(msg.id)
        if (!resolve) return
        pending.delete(msg.id)
        resolve(msg.ok ? { ok: true, page: msg.page } : { ok: false, kind: msg.kind, message: msg.message })
      }
      worker.onerror = () => abandon()
    }
    return worker
  }

  return {
    decode(buffer) {
      const w = buffer.byteLength >= minBytes ? getWorker() : null
      if (!w) return Promise.resolve(decodeHistoryBytes(buffer))
      const id = nextId++
      return new Promise<DecodeResult>((resolve) => {
        pending.set(id, resolve)
        w.postMessage({ id, buffer }, [buffer])
      })
    },
    prewarm: () => void getWorker(),
    dispose: abandon,
  }
}

let shared: HistoryDecoder | undefined

/**
 * Starts the app-wide decoder's worker. Call it before firing many history requests: the
 * worker script is fetched over the same origin, and behind six slow history responses (the
 * browser's per-host connection limit) it would arrive only seconds later, with every page
 * waiting for it.
 */
export function prewarmHistoryDecoder(): void {
  shared ??= createHistoryDecoder()
  shared.prewarm()
}

/** Decodes with the app-wide decoder (worker for pages ≥ {@link DECODE_WORKER_MIN_BYTES}). */
export function decodeHistoryResponse(buffer: ArrayBuffer): Promise<DecodeResult> {
  shared ??= createHistoryDecoder()
  return shared.decode(buffer)
}
