import { describe, expect, it } from 'vitest'
import { downsampleMinMax, type DownsampleOptions } from './downsample.ts'

const f64 = (a: number[]) => Float64Array.from(a)
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('downsampleMinMax', () => {
  it.each<{ name: string; xs: number[]; ys: number[]; opts: DownsampleOptions; wantX: number[]; wantY: number[]; source: number }>([
    { name: 'empty', xs: [], ys: [], opts: { buckets: 10 }, wantX: [], wantY: [], source: 0 },
    { name: 'single point', xs: [3], ys: [NaN], opts: { buckets: 10 }, wantX: [3], wantY: [NaN], source: 1 },
    {
      name: '≤ 4·buckets points are returned as they are',
      xs: range(8),
      ys: [1, NaN, 3, 4, 5, 6, Infinity, 8],
      opts: { buckets: 2 },
      wantX: range(8),
      wantY: [1, NaN, 3, 4, 5, 6, Infinity, 8],
      source: 8,
    },
    {
      // 12 points, 2 buckets: x 0–5 → bucket 0, x 6–11 → bucket 1 (scale 2/11).
      // bucket 0: first i0=5, min i1=1, max i2=9, last i5=4; bucket 1: first i6=2, max i7=8, min i8=0, last i11=6
      name: 'first, min, max, last per bucket in x order',
      xs: range(12),
      ys: [5, 1, 9, 3, 3, 4, 2, 8, 0, 7, 7, 6],
      opts: { buckets: 2 },
      wantX: [0, 1, 2, 5, 6, 7, 8, 11],
      wantY: [5, 1, 9, 4, 2, 8, 0, 6],
      source: 12,
    },
    {
      // bucket 0: finite 0,4,5 → first/min 0, last/max 5; NaN run 1–3 keeps 1 and 3.
      // bucket 1: finite 6,8,11 → first/min 6, last/max 11; +Inf 7 alone; −Inf run 9–10 keeps both.
      name: 'non-finite runs keep their first and last point',
      xs: range(12),
      ys: [1, NaN, NaN, NaN, 2, 3, 4, Infinity, 5, -Infinity, -Infinity, 6],
      opts: { buckets: 2 },
      wantX: [0, 1, 3, 5, 6, 7, 9, 10, 11],
      wantY: [1, NaN, NaN, 3, 4, Infinity, -Infinity, -Infinity, 6],
      source: 12,
    },
    {
      name: 'all NaN keeps the gap extent (first and last)',
      xs: range(100),
      ys: range(100).map(() => NaN),
      opts: { buckets: 2 },
      wantX: [0, 99],
      wantY: [NaN, NaN],
      source: 100,
    },
    {
      name: 'visible sub-range small enough to return whole',
      xs: range(100),
      ys: range(100),
      opts: { buckets: 10, xMin: 10, xMax: 20 },
      wantX: range(11).map((i) => i + 10),
      wantY: range(11).map((i) => i + 10),
      source: 11,
    },
    {
      name: 'visible sub-range downsampled (one bucket: first = min, last = max)',
      xs: range(100),
      ys: range(100),
      opts: { buckets: 1, xMin: 10, xMax: 30.5 },
      wantX: [10, 30],
      wantY: [10, 30],
      source: 21,
    },
    { name: 'range outside the data', xs: range(10), ys: range(10), opts: { buckets: 1, xMin: 50 }, wantX: [], wantY: [], source: 0 },
    {
      name: 'invalid bucket count acts as 1',
      xs: range(10),
      ys: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3],
      opts: { buckets: NaN },
      wantX: [0, 1, 5, 9],
      wantY: [3, 1, 9, 3],
      source: 10,
    },
    {
      name: 'all points at the same x',
      xs: [7, 7, 7, 7, 7, 7],
      ys: [2, 0, 5, 1, 3, 4],
      opts: { buckets: 1 },
      wantX: [7, 7, 7, 7],
      wantY: [2, 0, 5, 4],
      source: 6,
    },
  ])('$name', ({ xs, ys, opts, wantX, wantY, source }) => {
    const r = downsampleMinMax(f64(xs), f64(ys), opts)
    expect(Array.from(r.xs)).toEqual(wantX)
    expect(Array.from(r.ys)).toEqual(wantY)
    expect(r.sourceCount).toBe(source)
    expect(r.drawnCount).toBe(wantX.length)
  })

  it('constant series keeps first and last of each bucket', () => {
    // 1000 points, 10 buckets: bucket b holds x in [ceil(99.9·b), …] → 0–99, 100–199, …, 900–999
    const r = downsampleMinMax(f64(range(1000)), f64(range(1000).map(() => 1)), { buckets: 10 })
    expect(Array.from(r.xs)).toEqual(range(10).flatMap((b) => [b * 100, b * 100 + 99]))
    expect(r.ys.every((y) => y === 1)).toBe(true)
  })

  it('does not mutate its input', () => {
    const xs = f64(range(50))
    const ys = f64(range(50).map((i) => i % 3))
    downsampleMinMax(xs, ys, { buckets: 2 })
    expect(Array.from(ys)).toEqual(range(50).map((i) => i % 3))
  })

  it('1,000,000 points: keeps the spike, the NaN and the ends, bounded output', () => {
    const n = 1_000_000
    const xs = new Float64Array(n)
    const ys = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      xs[i] = i * 10
      ys[i] = Math.sin(i / 1000)
    }
    ys[543_210] = 1e9
    ys[777_777] = NaN
    const r = downsampleMinMax(xs, ys, { buckets: 800 })
    expect(r.sourceCount).toBe(n)
    expect(r.drawnCount).toBeLessThanOrEqual(4 * 800 + 2)
    expect(r.xs[0]).toBe(0)
    expect(r.xs[r.drawnCount - 1]).toBe((n - 1) * 10)
    expect(Array.from(r.ys)).toContain(1e9)
    expect(r.xs[r.ys.findIndex((y) => Number.isNaN(y))]).toBe(7_777_770)
    for (let k = 1; k < r.drawnCount; k++) expect(r.xs[k]).toBeGreaterThan(r.xs[k - 1])

    // Zoom: re-bucketing a window gives detail there, from the same full series.
    const zoom = downsampleMinMax(xs, ys, { buckets: 800, xMin: 5_000_000, xMax: 5_010_000 })
    expect(zoom.sourceCount).toBe(1001)
    expect(zoom.xs[0]).toBe(5_000_000)
  })
})

/** The first implementation (per-bucket arrays and a sort), kept as the reference to compare against. */
function referenceMinMax(xs: Float64Array, ys: Float64Array, options: DownsampleOptions) {
  const buckets = Math.max(1, Math.floor(Number.isFinite(options.buckets) ? options.buckets : 1))
  let start = 0
  while (options.xMin !== undefined && start < xs.length && xs[start] < options.xMin) start++
  let end = start
  while (end < xs.length && (options.xMax === undefined || xs[end] <= options.xMax)) end++
  if (end - start <= 4 * buckets) return { xs: Array.from(xs.slice(start, end)), ys: Array.from(ys.slice(start, end)) }
  const x0 = options.xMin ?? xs[start]
  const span = (options.xMax ?? xs[end - 1]) - x0
  const scale = span > 0 ? buckets / span : 0
  const keep: number[] = []
  let picks: number[] = []
  let bucket = -1
  let first = -1
  let last = -1
  let min = -1
  let max = -1
  const flush = () => {
    if (first >= 0) picks.push(first, last, min, max)
    picks.sort((a, b) => a - b)
    for (const i of picks) if (keep.length === 0 || keep[keep.length - 1] < i) keep.push(i)
    picks = []
    first = last = min = max = -1
  }
  for (let i = start; i < end; i++) {
    const b = Math.min(buckets - 1, Math.floor((xs[i] - x0) * scale))
    if (b !== bucket) {
      flush()
      bucket = b
    }
    const y = ys[i]
    if (Number.isFinite(y)) {
      if (first < 0) first = min = max = i
      else if (y < ys[min]) min = i
      else if (y > ys[max]) max = i
      last = i
    } else if (i === start || i === end - 1 || !Object.is(ys[i - 1], y) || !Object.is(ys[i + 1], y)) picks.push(i)
  }
  flush()
  if (keep[0] !== start) keep.unshift(start)
  if (keep[keep.length - 1] !== end - 1) keep.push(end - 1)
  return { xs: keep.map((k) => xs[k]), ys: keep.map((k) => ys[k]) }
}

describe('downsampleMinMax matches the reference on random series', () => {
  // Deterministic pseudo-random numbers (LCG), so a failure is reproducible.
  const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  it.each([
    { name: 'noise', n: 5000, gaps: 0, buckets: 100 },
    { name: 'noise with NaN/±∞ runs', n: 5000, gaps: 0.05, buckets: 37 },
    { name: 'mostly gaps', n: 3000, gaps: 0.7, buckets: 50 },
    { name: 'repeated x values', n: 4000, gaps: 0.01, buckets: 64, repeatX: true },
    { name: 'zoom window', n: 20000, gaps: 0.01, buckets: 200, xMin: 3000.5, xMax: 12000 },
    { name: 'zoom window between points', n: 20000, gaps: 0, buckets: 9, xMin: 10.25, xMax: 19000.75 },
  ])('$name', ({ n, gaps, buckets, repeatX, xMin, xMax }) => {
    const r = rng(n + buckets)
    const xs = new Float64Array(n)
    const ys = new Float64Array(n)
    const odd = [NaN, Infinity, -Infinity]
    let x = 0
    for (let i = 0; i < n; i++) {
      x += repeatX && r() < 0.3 ? 0 : 1 + Math.floor(r() * 3)
      xs[i] = x
      ys[i] = r() < gaps ? odd[Math.floor(r() * 3)] : Math.round(r() * 50)
      if (i > 0 && r() < gaps * 4 && !Number.isFinite(ys[i - 1])) ys[i] = ys[i - 1] // runs
    }
    const got = downsampleMinMax(xs, ys, { buckets, xMin, xMax })
    const want = referenceMinMax(xs, ys, { buckets, xMin, xMax })
    expect(Array.from(got.xs)).toEqual(want.xs)
    expect(Array.from(got.ys)).toEqual(want.ys)
    expect(got.drawnCount).toBe(want.xs.length)
  })
})
