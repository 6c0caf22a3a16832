const encoder = new TextEncoder()

/**
 * The pieces (text, or UTF-8 bytes SQLite wrote) one after another, in an ArrayBuffer of their
 * own: a reader thread transfers the answer, so it must never sit in Node's shared Buffer pool.
 */
export function jsonBytes(...pieces: (string | Uint8Array)[]): Uint8Array {
  const chunks = pieces.map((p) => (typeof p === 'string' ? encoder.encode(p) : p))
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}
