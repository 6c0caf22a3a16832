/** Parses the output lines of `npm run bench:server` (bench/server.ts) into figures. Pure. */
export type ServerFigures = Partial<Record<'server.ingest' | 'server.search' | 'server.history' | 'server.bulk', number>>

const num = (s: string) => Number(s.replace(/,/g, ''))

const PATTERNS: [keyof ServerFigures, RegExp][] = [
  ['server.ingest', /log-batch ingest:.*= ([\d,.]+) points\/s/],
  ['server.search', /runs\/search:.* ([\d,.]+) ms per 1,000-run page/],
  ['server.history', /^get-history: [\d,.]+ points in ([\d,.]+) ms/m],
  ['server.bulk', /get-history-bulk-interval: .* in ([\d,.]+) ms/],
]

/** Picks the four figures out of bench/server.ts's text output; lines that are missing stay absent. */
export function parseServerBench(output: string): ServerFigures {
  const out: ServerFigures = {}
  for (const [id, re] of PATTERNS) {
    const m = re.exec(output)
    if (m) out[id] = num(m[1])
  }
  return out
}
