/** Every figure the benchmark reports: label, unit and the target from issue 8. */
export type Target = { op: '<=' | '>='; value: number }
export type FigureDef = { id: string; label: string; unit: string; target?: Target; digits?: number }

const le = (value: number): Target => ({ op: '<=', value })
const ge = (value: number): Target => ({ op: '>=', value })

export const FIGURES: readonly FigureDef[] = [
  { id: 'js.firstPage', label: 'first-page JS, gzip (/experiments)', unit: 'KB', target: le(150) },
  { id: 'js.firstPageFiles', label: 'first-page JS files', unit: 'files', digits: 0 },
  { id: 'table.rowsPainted', label: '(a) run table: rows painted', unit: 'ms', target: le(1000) },
  { id: 'table.scrollLongTask', label: '(a) run table: longest task while scrolling', unit: 'ms', target: le(100) },
  { id: 'table.heap', label: '(a) run table: JS heap + buffers', unit: 'MB' },
  { id: 'table.requests', label: '(a) run table: requests', unit: 'req', digits: 0 },
  { id: 'table.bytes', label: '(a) run table: bytes transferred', unit: 'KB', digits: 0 },
  { id: 'compare.firstPaint', label: '(b) compare: first chart paint', unit: 'ms', target: le(1500) },
  { id: 'compare.fullFidelity', label: '(b) compare: full fidelity', unit: 'ms', target: le(4000) },
  { id: 'compare.fullFidelityRecorded', label: '(b) compare: full fidelity, Playwright recording', unit: 'ms' },
  { id: 'compare.longTask', label: '(b) compare: longest task until full fidelity', unit: 'ms', target: le(200) },
  { id: 'compare.zoom', label: '(b) compare: zoom re-render', unit: 'ms', target: le(100) },
  { id: 'compare.heap', label: '(b) compare: JS heap + buffers', unit: 'MB', target: le(300) },
  { id: 'compare.requests', label: '(b) compare: requests', unit: 'req', digits: 0 },
  { id: 'compare.bytes', label: '(b) compare: bytes transferred', unit: 'KB', digits: 0 },
  { id: 'diff.rendered', label: '(c) params diff: rendered', unit: 'ms', target: le(1000) },
  { id: 'diff.renderedNoHint', label: '(c) params diff: rendered, link without exp=', unit: 'ms' },
  { id: 'diff.heap', label: '(c) params diff: JS heap + buffers', unit: 'MB' },
  { id: 'diff.requests', label: '(c) params diff: requests', unit: 'req', digits: 0 },
  { id: 'diff.bytes', label: '(c) params diff: bytes transferred', unit: 'KB', digits: 0 },
  { id: 'server.ingest', label: 'server: log-batch ingest', unit: 'points/s', target: ge(100_000), digits: 0 },
  { id: 'server.search', label: 'server: runs/search per 1,000-run page', unit: 'ms', target: le(100) },
  { id: 'server.history', label: 'server: get-history', unit: 'ms', target: le(150) },
  { id: 'server.bulk', label: 'server: get-history-bulk-interval', unit: 'ms', target: le(300) },
]

export const FIGURE_IDS = FIGURES.map((f) => f.id)
