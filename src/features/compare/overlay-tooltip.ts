import { formatMetricValue } from '../../lib/format.ts'
import type { DrawnLine } from './drawn-lines.ts'
import { describeNonFinite } from './prepare-series.ts'

/** The part of ECharts' tooltip params the formatter reads. */
export type TooltipParam = { seriesId?: string; axisValue?: number | string; value?: unknown }

/** Most rows a tooltip lists; the rest are summarised ("and 12 more"). */
export const TOOLTIP_MAX_ROWS = 15

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}

/** Sorts values high to low; NaN and ±∞ go last (they have no place in a ranking). */
function byValueDesc(a: number, b: number): number {
  const fa = Number.isFinite(a)
  const fb = Number.isFinite(b)
  if (fa && fb) return b - a
  return fa ? -1 : fb ? 1 : 0
}

/**
 * Tooltip formatter for an overlay chart: the x value, then one row per line at that x,
 * sorted by value (highest first), with the run colour, name, value, and how many NaN/±∞
 * points the run has ("25 NaN"). Names are HTML-escaped (run names are user input).
 */
export function overlayTooltipFormatter(drawn: readonly DrawnLine[], formatX: (v: number) => string) {
  const byId = new Map(drawn.filter((d) => d.role === 'main').map((d) => [d.id, d]))
  return (raw: unknown): string => {
    const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[]
    const rows: Array<{ line: DrawnLine; value: number }> = []
    for (const p of params) {
      const line = p.seriesId === undefined ? undefined : byId.get(p.seriesId)
      if (!line || !Array.isArray(p.value)) continue
      rows.push({ line, value: Number(p.value[2]) })
    }
    rows.sort((a, b) => byValueDesc(a.value, b.value))
    const axis = params[0]?.axisValue
    const header = axis === undefined ? '' : `<div style="font-weight:600;margin-bottom:2px">${escapeHtml(formatX(Number(axis)))}</div>`
    const body = rows.slice(0, TOOLTIP_MAX_ROWS).map(({ line, value }) => {
      const gaps = describeNonFinite(line.spec.nonFinite)
      const note = gaps ? ` <span style="opacity:.7">(${gaps} in series)</span>` : ''
      const dot = `<span style="display:inline-block;width:8px;height:8px;border-radius:4px;margin-right:4px;background:${line.spec.color}"></span>`
      return `<div style="display:flex;gap:12px;justify-content:space-between"><span>${dot}${escapeHtml(line.name)}</span><span style="font-variant-numeric:tabular-nums"><b>${escapeHtml(formatMetricValue(value))}</b>${note}</span></div>`
    })
    const more = rows.length > TOOLTIP_MAX_ROWS ? `<div style="opacity:.7">and ${rows.length - TOOLTIP_MAX_ROWS} more</div>` : ''
    return header + body.join('') + more
  }
}
