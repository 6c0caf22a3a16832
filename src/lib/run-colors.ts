/**
 * The 20 run colours, as `#rrggbb`. Each has a contrast ratio ≥ 3:1 (WCAG non-text minimum)
 * against both white and the dark theme background `#111827`, so lines stay readable in
 * light and dark mode. Hues alternate so neighbouring indices (used when resolving
 * collisions) look different. Changing the order changes every run's colour: don't.
 */
export const RUN_PALETTE: readonly string[] = [
  '#3b82f6', // blue
  '#ef4444', // red
  '#059669', // emerald
  '#d97706', // amber
  '#8b5cf6', // violet
  '#db2777', // pink
  '#0891b2', // cyan
  '#65a30d', // lime
  '#ea580c', // orange
  '#6366f1', // indigo
  '#0d9488', // teal
  '#c026d3', // fuchsia
  '#0284c7', // sky
  '#16a34a', // green
  '#a0522d', // sienna
  '#e11d48', // rose
  '#808000', // olive
  '#64748b', // slate
  '#9333ea', // purple
  '#cc6677', // dusty rose
]

/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units, as an unsigned integer.
 * Deterministic across browsers and sessions (unlike anything based on object identity).
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Preferred palette index (0–19) for a run id: its hash modulo the palette size. */
export function runColorIndex(runId: string): number {
  return hashString(runId) % RUN_PALETTE.length
}

/**
 * The stable colour of one run id: the same id always gets the same colour, on every page
 * and in every shared link. Two ids can share a colour; use {@link assignColors} for the
 * runs shown together.
 */
export function runColor(runId: string): string {
  return RUN_PALETTE[runColorIndex(runId)]
}

/**
 * Colours for runs shown together, distinct whenever there are ≤ 20 distinct ids.
 *
 * Deterministic and independent of the list order (the same set always gets the same
 * colours): every id first claims its preferred colour ({@link runColorIndex}); when several
 * ids want the same one, the lexicographically smallest id keeps it. The others, in
 * lexicographic order, take the next colour (index + 1, + 2, … wrapping) that no id prefers
 * and none has taken, so runs without a collision keep their usual colour. With more than
 * 20 ids, ids that find no free colour fall back to their preferred one.
 * Duplicate ids share one entry. Returns a Map from id to `#rrggbb`.
 */
export function assignColors(ids: readonly string[]): Map<string, string> {
  const size = RUN_PALETTE.length
  const unique = [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const taken = new Array<boolean>(size).fill(false)
  const slot = new Map<string, number>()
  const losers: string[] = []
  for (const id of unique) {
    const want = runColorIndex(id)
    if (taken[want]) losers.push(id)
    else {
      taken[want] = true
      slot.set(id, want)
    }
  }
  for (const id of losers) {
    const want = runColorIndex(id)
    let chosen = want
    for (let step = 1; step < size; step++) {
      const candidate = (want + step) % size
      if (!taken[candidate]) {
        chosen = candidate
        taken[candidate] = true
        break
      }
    }
    slot.set(id, chosen)
  }
  const out = new Map<string, string>()
  for (const id of unique) out.set(id, RUN_PALETTE[slot.get(id) ?? runColorIndex(id)])
  return out
}
