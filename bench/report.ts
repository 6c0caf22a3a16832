/** Turns collected samples into figures, the stdout table and the JSON result. Pure. */
import { FIGURES, type FigureDef, type Target } from './figures.ts'
import { summarize, type Summary } from './stats.ts'

export type Figure = FigureDef & {
  summary: Summary | null
  samples: number[]
  /** Why the figure is missing or how it was taken (e.g. "n/a (mark runlens:rows-painted not set)"). */
  note?: string
  verdict?: 'PASS' | 'MISS'
}

/** Sample lists and notes per figure id, filled by the scenarios. */
export class Collector {
  readonly samples = new Map<string, number[]>()
  readonly notes = new Map<string, string>()

  /** Records one sample; null/NaN means "not measured" and needs a `note` (first note wins). */
  add(id: string, value: number | null, note?: string): void {
    if (!this.samples.has(id)) this.samples.set(id, [])
    if (value !== null && Number.isFinite(value)) this.samples.get(id)!.push(value)
    if (note && !this.notes.has(id)) this.notes.set(id, note)
  }

  /** Marks every figure `<prefix>.*` of FIGURES as not measured in this repetition, with `note`. */
  failScenario(prefix: string, note: string): void {
    for (const f of FIGURES) if (f.id.startsWith(`${prefix}.`)) this.add(f.id, null, note)
  }
}

/** PASS when the median meets the target (`<=`: at most, `>=`: at least). */
export function meets(target: Target, value: number): boolean {
  return target.op === '<=' ? value <= target.value : value >= target.value
}

/** One Figure per definition, in FIGURES order; figures never sampled get "not run". */
export function buildFigures(c: Collector): Figure[] {
  return FIGURES.map((def) => {
    const samples = c.samples.get(def.id) ?? []
    const summary = summarize(samples)
    const note = c.notes.get(def.id) ?? (c.samples.has(def.id) ? undefined : 'not run')
    return { ...def, samples, summary, note, verdict: summary && def.target ? (meets(def.target, summary.median) ? 'PASS' : 'MISS') : undefined }
  })
}

/** `12,345.6`: thousands separators, `digits` decimals (default 1). */
export function fmt(x: number, digits = 1): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

function targetText(f: FigureDef): string {
  return f.target ? `${f.target.op === '<=' ? '≤' : '≥'} ${fmt(f.target.value, 0)}` : ''
}

/** A fixed-width text table: figure, median, min, max, unit, target, verdict (or the n/a note). */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const d = f.digits ?? 1
    const s = f.summary
    return [f.label, s ? fmt(s.median, d) : '', s ? fmt(s.min, d) : '', s ? fmt(s.max, d) : '', f.unit, targetText(f), s ? (f.verdict ?? '') : (f.note ?? 'n/a'), s && f.note ? f.note : '']
  })
  const head = ['figure', 'median', 'min', 'max', 'unit', 'target', 'verdict', 'note']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const right = new Set([1, 2, 3])
  const line = (cells: string[]) => cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
