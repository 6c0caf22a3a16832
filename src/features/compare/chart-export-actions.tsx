import type { RefObject } from 'react'
import type { EChartHandle } from '../../components/charts/echart.tsx'
import { Button } from '../../components/ui/button.tsx'
import { drawnToCsv, exportFileName, historiesToCsv } from './csv-export.ts'
import { dataUrlToBlob, downloadBlob } from './download.ts'
import type { DrawnLine } from './drawn-lines.ts'
import type { HistoryView, OverlayRun } from './overlay-lines.ts'

type ChartExportActionsProps = {
  chart: RefObject<EChartHandle | null>
  metricKeys: readonly string[]
  drawn: readonly DrawnLine[]
  runs: readonly OverlayRun[]
  history: (runId: string, key: string) => HistoryView | undefined
  xLabel: string
}

/** PNG, SVG, CSV of what is drawn, CSV of the full data: each a Blob download. */
export function ChartExportActions({ chart, metricKeys, drawn, runs, history, xLabel }: ChartExportActionsProps) {
  const name = (suffix: string, ext: string) => exportFileName(metricKeys, suffix, ext)
  const png = () => {
    const url = chart.current?.toPngDataUrl()
    if (url) downloadBlob(dataUrlToBlob(url), name('', 'png'))
  }
  const svg = () => {
    const text = chart.current?.toSvgString()
    if (text) downloadBlob(new Blob([text], { type: 'image/svg+xml' }), name('', 'svg'))
  }
  const csv = (text: string, suffix: string) => downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name(suffix, 'csv'))
  const label = metricKeys.join(', ')
  return (
    <div role="group" aria-label={`Export ${label}`} className="flex gap-1">
      <Button size="sm" variant="ghost" onClick={png} aria-label={`Export ${label} as PNG`}>
        PNG
      </Button>
      <Button size="sm" variant="ghost" onClick={svg} aria-label={`Export ${label} as SVG`}>
        SVG
      </Button>
      <Button size="sm" variant="ghost" onClick={() => csv(drawnToCsv(drawn, xLabel), '-drawn')} aria-label={`Export drawn points of ${label} as CSV`}>
        CSV
      </Button>
      <Button size="sm" variant="ghost" onClick={() => csv(historiesToCsv(runs, metricKeys, history), '-full')} aria-label={`Export full data of ${label} as CSV`}>
        Full CSV
      </Button>
    </div>
  )
}
