import { describe, expect, it } from 'vitest'
import { parseBenchArgs } from './args.ts'
import { buildFigures, Collector, fmt, formatTable, meets } from './report.ts'
import { parseServerBench } from './server-figures.ts'

describe('Collector → figures', () => {
  it('summarises samples, keeps n/a notes, judges targets on the median', () => {
    const c = new Collector()
    for (const v of [900, 1200, 950]) c.add('table.rowsPainted', v)
    c.add('compare.firstPaint', null, 'n/a (mark runlens:chart-painted not set)')
    c.add('compare.firstPaint', null, 'second note is ignored')
    c.add('server.ingest', 150_000)
    const byId = new Map(buildFigures(c).map((f) => [f.id, f]))
    expect(byId.get('table.rowsPainted')).toMatchObject({ summary: { median: 950, min: 900, max: 1200, n: 3 }, verdict: 'PASS' })
    expect(byId.get('compare.firstPaint')).toMatchObject({ summary: null, note: 'n/a (mark runlens:chart-painted not set)', verdict: undefined })
    expect(byId.get('server.ingest')?.verdict).toBe('PASS')
    expect(byId.get('diff.rendered')?.note).toBe('not run')
  })

  it('failScenario marks every figure of the prefix', () => {
    const c = new Collector()
    c.failScenario('diff', 'n/a (error: timeout)')
    const diff = buildFigures(c).filter((f) => f.id.startsWith('diff.'))
    expect(diff.length).toBeGreaterThan(1)
    expect(diff.every((f) => f.note === 'n/a (error: timeout)' && f.summary === null)).toBe(true)
  })

  it.each([
    { op: '<=' as const, value: 100, x: 100, want: true },
    { op: '<=' as const, value: 100, x: 100.1, want: false },
    { op: '>=' as const, value: 1e5, x: 99_999, want: false },
    { op: '>=' as const, value: 1e5, x: 1e5, want: true },
  ])('meets($op $value, $x) = $want', ({ op, value, x, want }) => {
    expect(meets({ op, value }, x)).toBe(want)
  })

  it('formats a table with one line per figure and the n/a note in the verdict column', () => {
    const c = new Collector()
    c.add('js.firstPage', 141.73)
    c.add('table.rowsPainted', null, 'n/a (mark runlens:rows-painted not set)')
    const lines = formatTable(buildFigures(c)).split('\n')
    expect(lines[0]).toMatch(/^figure\s+median\s+min\s+max\s+unit\s+target\s+verdict/)
    expect(lines.find((l) => l.startsWith('first-page JS, gzip'))).toMatch(/141\.7\s+141\.7\s+141\.7\s+KB\s+≤ 150\s+PASS/)
    expect(lines.find((l) => l.startsWith('(a) run table: rows painted'))).toContain('n/a (mark runlens:rows-painted not set)')
    expect(fmt(123456.789, 0)).toBe('123,457')
  })
})

describe('parseServerBench', () => {
  it('reads the four figures of bench/server.ts output', () => {
    const out = [
      'bench:server scale=0.1 concurrency=4 at http://127.0.0.1:1',
      'log-batch ingest: 100,000 points in 812.3 ms = 123,106.5 points/s (target ≥100,000) PASS',
      'runs/search: 1,000 runs in 1 pages, 45.2 ms per 1,000-run page (max 45.2) (target ≤100 ms) PASS',
      'get-history: 10,000 points in 12.5 ms (best of 3) (target ≤150 ms) PASS',
      '  (loaded 400,000 more points for the bulk test in 3,000 ms)',
      'get-history-bulk-interval: 100 runs × 5,000 steps → 1,000 points in 1,234.5 ms (best of 3) (target ≤300 ms) MISS',
    ].join('\n')
    expect(parseServerBench(out)).toEqual({ 'server.ingest': 123106.5, 'server.search': 45.2, 'server.history': 12.5, 'server.bulk': 1234.5 })
  })

  it('leaves out figures whose line is missing', () => {
    expect(parseServerBench('log-batch ingest: 10 points in 1 ms = 10,000 points/s')).toEqual({ 'server.ingest': 10000 })
  })
})

describe('parseBenchArgs', () => {
  it('defaults', () => {
    expect(parseBenchArgs([])).toMatchObject({ scale: 1, scaleExplicit: false, reps: 3, build: true, loadOnly: false, mlflowUrl: undefined })
  })
  it('flags', () => {
    expect(parseBenchArgs(['--scale', '0.25', '--no-build', '--reps', '5', '--mlflow-url', 'http://127.0.0.1:5000/', '--load-only']))
      .toMatchObject({ scale: 0.25, scaleExplicit: true, reps: 5, build: false, loadOnly: true, mlflowUrl: 'http://127.0.0.1:5000' })
  })
  it('picks scenarios with --only', () => {
    expect(parseBenchArgs(['--only', 'compare, diff']).only).toEqual(['compare', 'diff'])
    expect(parseBenchArgs([]).only).toEqual([])
  })

  it.each([[['--scale', '0']], [['--scale', '2']], [['--reps', 'x']], [['--load-only']], [['--mlflow-url', 'ftp://x']], [['--bogus']], [['--only', 'tables']]])('rejects %j', (argv) => {
    expect(() => parseBenchArgs(argv)).toThrow()
  })
})
