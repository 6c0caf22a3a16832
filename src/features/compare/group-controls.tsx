import { AGGREGATES, BANDS, compareSearch, type Aggregate, type Band } from '../../url/compare-search.ts'
import { useSearchState } from '../../url/use-search-state.ts'
import { groupCandidates, type OverlayRun } from './overlay-lines.ts'

const BAND_LABEL: Record<Band, string> = { minmax: 'Min–max', std: '± std', sem: '± SEM', ci95: '95% CI', none: 'No band' }
const control = 'h-8 rounded-md border bg-white px-2 text-sm dark:bg-slate-900'

type GroupControlsProps = { runs: readonly OverlayRun[] }

/** Group runs by a param/tag/attribute and choose the aggregate line and its band. */
export function GroupControls({ runs }: GroupControlsProps) {
  const [state, setState] = useSearchState(compareSearch)
  const candidates = groupCandidates(runs)
  const current = state.group[0] ?? ''
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <label className="flex items-center gap-2">
        <span className="text-slate-500 dark:text-slate-400">Group by</span>
        <select className={control} value={current} onChange={(e) => setState((s) => ({ ...s, group: e.target.value ? [e.target.value] : [] }))}>
          <option value="">No grouping</option>
          {!candidates.includes(current) && current && <option value={current}>{current}</option>}
          {candidates.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      {state.group.length > 0 && (
        <>
          <label className="flex items-center gap-2">
            <span className="text-slate-500 dark:text-slate-400">Line</span>
            <select className={control} value={state.aggregate} onChange={(e) => setState((s) => ({ ...s, aggregate: e.target.value as Aggregate }), { replace: true })}>
              {AGGREGATES.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <span className="text-slate-500 dark:text-slate-400">Band</span>
            <select className={control} value={state.band} onChange={(e) => setState((s) => ({ ...s, band: e.target.value as Band }), { replace: true })}>
              {BANDS.map((b) => (
                <option key={b} value={b}>
                  {BAND_LABEL[b]}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </div>
  )
}
