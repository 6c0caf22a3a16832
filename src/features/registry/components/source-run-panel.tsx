import { Link } from 'react-router'
import type { Run } from '../../../api/types.ts'
import { formatMetricValue } from '../../../lib/format.ts'
import { metricKeysOf } from '../../../lib/metric-compare.ts'
import { hrefs } from '../../../url/hrefs.ts'

type SourceRunPanelProps = { run: Run }

const KEY_PARAMS = /^(backbone|model|learning_rate|lr|optimizer|batch_size|img_size|epochs|optim\.lr|model\.backbone\.name)$/

/** The source run's key metrics (final values) and its most telling params. */
export function SourceRunPanel({ run }: SourceRunPanelProps) {
  const metrics = metricKeysOf([run.metrics]).filter((k) => !k.startsWith('system/'))
  const params = Object.entries(run.params).sort(([a], [b]) => Number(!KEY_PARAMS.test(a)) - Number(!KEY_PARAMS.test(b)) || (a < b ? -1 : 1)).slice(0, 12)
  return (
    <section aria-label="Source run" className="grid gap-4 rounded-lg border border-slate-200 p-3 md:grid-cols-2 dark:border-slate-700">
      <div>
        <h2 className="mb-1 text-sm font-semibold">
          Source run{' '}
          <Link className="font-normal text-sky-700 hover:underline dark:text-sky-400" to={hrefs.run({ experimentId: run.info.experimentId, runId: run.info.runId })}>
            {run.info.runName || run.info.runId}
          </Link>
        </h2>
        <table className="w-full text-xs" aria-label="Key metrics">
          <tbody>
            {metrics.map((k) => (
              <tr key={k} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-0.5 pr-2 text-left font-mono font-normal">{k}</th>
                <td className="tabular-nums">{formatMetricValue(run.metrics[k]?.value ?? Number.NaN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h2 className="mb-1 text-sm font-semibold">Params</h2>
        <table className="w-full text-xs" aria-label="Key params">
          <tbody>
            {params.map(([k, v]) => (
              <tr key={k} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-0.5 pr-2 text-left font-mono font-normal">{k}</th>
                <td className="max-w-64 truncate font-mono" title={v}>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
