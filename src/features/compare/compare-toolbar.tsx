import type { ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'
import { compareSearch, SMOOTHINGS, X_AXES, type CompareSearch, type Smoothing, type XAxis } from '../../url/compare-search.ts'
import { useSearchState } from '../../url/use-search-state.ts'
import { Button } from '../../components/ui/button.tsx'

const X_LABEL: Record<XAxis, string> = { step: 'Step', wall: 'Wall time', relative: 'Relative time' }
const SMOOTH_LABEL: Record<Smoothing, string> = { none: 'No smoothing', ema: 'EMA (TensorBoard)', twema: 'Time-weighted EMA', gauss: 'Gaussian' }

const control = 'h-8 rounded-md border bg-white px-2 text-sm dark:bg-slate-900'

/** Axis and smoothing controls of the compare charts; every change is written to the URL. */
export function CompareToolbar() {
  const [state, setState] = useSearchState(compareSearch)
  const set = (patch: Partial<CompareSearch>) => setState((s) => ({ ...s, ...patch }), { replace: true })
  return (
    <div role="toolbar" aria-label="Chart settings" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">X axis</legend>
        <span className="mr-1 text-slate-500 dark:text-slate-400">X axis</span>
        {X_AXES.map((x) => (
          <label key={x} className={cn('cursor-pointer rounded-md border px-2 py-1 has-[:checked]:border-sky-600 has-[:checked]:bg-sky-50 dark:has-[:checked]:bg-sky-950')}>
            <input type="radio" name="x-axis" value={x} checked={state.x === x} onChange={() => set({ x, zoom: null })} className="sr-only" />
            {X_LABEL[x]}
          </label>
        ))}
      </fieldset>
      <Field label="Smoothing">
        <select aria-label="Smoothing" className={control} value={state.smoothing} onChange={(e) => set({ smoothing: e.target.value as Smoothing })}>
          {SMOOTHINGS.map((s) => (
            <option key={s} value={s}>
              {SMOOTH_LABEL[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={`Weight ${state.weight.toFixed(2)}`}>
        <input
          type="range"
          aria-label="Smoothing weight"
          min={0}
          max={0.99}
          step={0.01}
          value={state.weight}
          disabled={state.smoothing === 'none'}
          onChange={(e) => set({ weight: Number(e.target.value) })}
          className="w-28 accent-sky-600"
        />
      </Field>
      <Toggle label="Log Y" checked={state.logY} onChange={(logY) => set({ logY })} />
      <Toggle label="Log X" checked={state.logX} disabled={state.x === 'wall'} onChange={(logX) => set({ logX })} />
      <Toggle label="Ignore outliers" checked={state.outliers} onChange={(outliers) => set({ outliers })} />
      {state.zoom && (
        <Button size="sm" onClick={() => set({ zoom: null })}>
          Reset zoom
        </Button>
      )}
    </div>
  )
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-center gap-2">
      <span className="text-slate-500 tabular-nums dark:text-slate-400">{label}</span>
      {children}
    </div>
  )
}

type ToggleProps = { label: string; checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void }

function Toggle({ label, checked, disabled, onChange }: ToggleProps) {
  return (
    <label className={cn('flex cursor-pointer items-center gap-1.5', disabled && 'cursor-not-allowed opacity-50')}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} className="accent-sky-600" />
      {label}
    </label>
  )
}
