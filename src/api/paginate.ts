/**
 * Following MLflow's `next_page_token`. Tokens are base64 of `{"offset": N}` on MLflow, but
 * are treated as opaque except for a loop guard: 2.10's runs/search with max_results 0 (and
 * 3.x get-history without max_results) answer an empty page plus a token back to offset 0,
 * which a naive loop follows forever.
 */

export type Page<T> = { items: T[]; nextPageToken?: string }

export type CollectOptions = {
  /** Stop after this many requests (default 1000); the result then says `complete: false`. */
  maxPages?: number
  signal?: AbortSignal
}

export type Collected<T> = {
  items: T[]
  /** False when stopped by maxPages or by the loop guard while the server still offered a token. */
  complete: boolean
  /** Why collection stopped. */
  stopReason: 'done' | 'maxPages' | 'repeatedToken' | 'noProgress'
  /** Number of requests made. */
  pages: number
}

/** Decodes MLflow's offset token (`base64({"offset": N})`); undefined for foreign token formats. */
export function decodeOffsetToken(token: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(atob(token))
    if (parsed && typeof parsed === 'object' && 'offset' in parsed && typeof parsed.offset === 'number') return parsed.offset
  } catch {
    // not MLflow's format: fine, the token stays opaque
  }
  return undefined
}

/**
 * Calls `fetchPage(token)` until the server stops returning a token, and concatenates items.
 * Stops early (without error) when a token repeats, when an MLflow offset token does not
 * move forward, or when a page is empty yet offers an opaque token: each would loop forever.
 * The first page is requested with `undefined`. Throws whatever `fetchPage` throws, and an
 * `AbortError` DOMException if `signal` aborts between pages.
 */
export async function collectPages<T>(
  fetchPage: (pageToken: string | undefined, signal?: AbortSignal) => Promise<Page<T>>,
  options: CollectOptions = {},
): Promise<Collected<T>> {
  const maxPages = options.maxPages ?? 1000
  const items: T[] = []
  const seen = new Set<string>()
  let token: string | undefined
  let lastOffset = 0
  let pages = 0
  for (;;) {
    options.signal?.throwIfAborted()
    if (pages >= maxPages) return { items, complete: false, stopReason: 'maxPages', pages }
    const page = await fetchPage(token, options.signal)
    pages += 1
    for (const item of page.items) items.push(item)
    const next = page.nextPageToken
    if (!next) return { items, complete: true, stopReason: 'done', pages }
    if (seen.has(next) || next === token) return { items, complete: false, stopReason: 'repeatedToken', pages }
    const offset = decodeOffsetToken(next)
    if (offset !== undefined ? offset <= lastOffset : page.items.length === 0) {
      return { items, complete: false, stopReason: 'noProgress', pages }
    }
    if (offset !== undefined) lastOffset = offset
    seen.add(next)
    token = next
  }
}
