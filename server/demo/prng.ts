/**
 * A small seeded PRNG (mulberry32) so the demo workload is byte-for-byte the same on every load.
 * `Math.random` is never used in server/demo.
 */
export class Prng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next()
  }

  /** Integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }

  /** Approximately normal (sum of 4 uniforms), mean 0, standard deviation ~`sd`. */
  gauss(sd = 1): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * sd * 1.7320508
  }

  /** `n` lowercase hex digits. */
  hex(n: number): string {
    let out = ''
    while (out.length < n) out += Math.floor(this.next() * 16).toString(16)
    return out
  }
}

/** A stable 32-bit seed from a string (FNV-1a), so each run gets its own stream. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
