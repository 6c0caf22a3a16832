import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { metricQueries } from '../../../../api/metrics.ts'
import { sparklineGeometry } from '../sparkline-path.ts'

const WIDTH = 120
const HEIGHT = 22

type MetricSparklineProps = { runId: string; metricKey: string; isFinished: boolean }

/**
 * A tiny line of one metric's history. It mounts only for rows on screen (the table is
 * virtualised), so histories are fetched lazily; finished runs' histories are cached for good.
 */
export function MetricSparkline({ runId, metricKey, isFinished }: MetricSparklineProps) {
  const history = useQuery(metricQueries.history(runId, metricKey, { isFinished }))
  const geometry = useMemo(() => (history.data ? sparklineGeometry(history.data, WIDTH, HEIGHT, 2) : undefined), [history.data])
  if (history.isPending) return <span className="block h-[22px] w-[120px] animate-pulse rounded bg-slate-100 dark:bg-slate-800" aria-hidden />
  if (history.isError) return <span className="text-xs text-red-700 dark:text-red-400" title={history.error.message}>history unavailable</span>
  if (!geometry) return null
  const label = `${metricKey}: ${geometry.count} point${geometry.count === 1 ? '' : 's'}${geometry.nonFinite ? `, ${geometry.nonFinite} NaN/Inf` : ''}`
  return (
    <span className="inline-flex items-center gap-1">
      <svg role="img" aria-label={label} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="text-sky-600 dark:text-sky-400">
        <title>{label}</title>
        {geometry.segments.map((points, i) => <polyline key={i} points={points} fill="none" stroke="currentColor" strokeWidth={1.25} strokeLinejoin="round" />)}
        {geometry.dots.map((d, i) => <circle key={`d${i}`} cx={d.x} cy={d.y} r={1.5} fill="currentColor" />)}
      </svg>
      {geometry.nonFinite > 0 && <span className="text-xs text-red-700 dark:text-red-400" aria-hidden>⚠</span>}
    </span>
  )
}
