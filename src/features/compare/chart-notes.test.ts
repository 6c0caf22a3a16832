import { describe, expect, it } from 'vitest'
import { chartNotes, type ChartNotesInput } from './chart-notes.ts'

const base: ChartNotesInput = { seriesNotes: [], missing: [], yRange: null, outliers: false, logY: false, hiddenByLogX: 0, previewRuns: [], failedRuns: [] }

describe('chartNotes', () => {
  it.each([
    { patch: {}, want: [] },
    { patch: { missing: ['a', 'b'] }, want: ['2 runs without this metric: a, b.'] },
    { patch: { previewRuns: ['a'] }, want: ['Showing a server-sampled preview for 1 run; full histories are loading.'] },
    { patch: { failedRuns: ['a'], previewRuns: ['a'] }, want: ['Full history failed for a; its sampled preview is drawn (Retry above).'] },
    { patch: { outliers: true }, want: ['Y axis fitted to the 5th–95th percentile of visible values: points beyond are clipped at the edge, none removed.'] },
    { patch: { logY: true, yRange: { min: 1, max: 2, nonFiniteCount: 0, nonPositiveCount: 3 } }, want: ['3 visible values ≤ 0 cannot be placed on a log axis (drawn as gaps).'] },
    { patch: { hiddenByLogX: 1 }, want: ['1 point at x ≤ 0 lie outside the log x axis.'] },
    { patch: { missing: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, want: ['7 runs without this metric: a, b, c, d, e and 2 more.'] },
  ])('$patch', ({ patch, want }) => expect(chartNotes({ ...base, ...patch })).toEqual(want))
})
