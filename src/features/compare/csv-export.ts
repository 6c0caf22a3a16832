import type { DrawnLine } from './drawn-lines.ts'
import type { HistoryView, OverlayRun } from './overlay-lines.ts'

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? csvNumber(v) : v
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Full precision; NaN / Infinity / -Infinity spelled out, as pandas reads them. */
function csvNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN'
  if (v === Infinity) return 'Infinity'
  if (v === -Infinity) return '-Infinity'
  return String(v)
}

const line = (fields: Array<string | number>) => fields.map(csvField).join(',')

/**
 * What the chart draws, point by point: every visible line after smoothing, aggregation and
 * downsampling (`role` = main, raw, band_lower, band_upper). x is in axis units (step, epoch
 * ms, or ms since run start).
 */
export function drawnToCsv(drawn: readonly DrawnLine[], xLabel: string): string {
  const rows = [line(['series', 'run_id', 'metric', 'role', xLabel, 'value'])]
  for (const d of drawn) {
    const runId = d.spec.kind === 'run' ? d.spec.runId : d.spec.runIds.join(' ')
    if (d.role === 'band') {
      for (let i = 0; i < d.xs.length; i++) {
        rows.push(line([d.name, runId, d.spec.metricKey, 'band_lower', d.xs[i], d.lower?.[i] ?? NaN]))
        rows.push(line([d.name, runId, d.spec.metricKey, 'band_upper', d.xs[i], d.upper?.[i] ?? NaN]))
      }
      continue
    }
    for (let i = 0; i < d.xs.length; i++) rows.push(line([d.name, runId, d.spec.metricKey, d.role, d.xs[i], d.ys[i]]))
  }
  return rows.join('\r\n') + '\r\n'
}

/** Every logged point of the chart's metrics for every run, as fetched (full resolution, unsmoothed). */
export function historiesToCsv(runs: readonly OverlayRun[], metricKeys: readonly string[], history: (runId: string, key: string) => HistoryView | undefined): string {
  const rows = [line(['run_id', 'run_name', 'metric', 'step', 'timestamp', 'value'])]
  for (const key of metricKeys) {
    for (const run of runs) {
      const c = history(run.runId, key)?.columns
      if (!c) continue
      for (let i = 0; i < c.steps.length; i++) rows.push(line([run.runId, run.name, key, c.steps[i], c.timestamps[i], c.values[i]]))
    }
  }
  return rows.join('\r\n') + '\r\n'
}

/** A file name from a chart's metric keys: `train_loss+val_loss.csv` with unsafe chars replaced. */
export function exportFileName(metricKeys: readonly string[], suffix: string, ext: string): string {
  const base = metricKeys.join('+').replace(/[^A-Za-z0-9._+-]+/g, '_').slice(0, 100) || 'chart'
  return `${base}${suffix}.${ext}`
}
