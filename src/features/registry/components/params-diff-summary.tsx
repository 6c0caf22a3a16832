import { paramsSummary, type ParamsSummary } from '../data/comparison.ts'
import type { PairSide } from '../hooks/use-version-pair.ts'

type ParamsDiffSummaryProps = { candidate: PairSide; incumbent: PairSide }

/** How many params differ, with the first Hydra-config and plain differences. */
export function ParamsDiffSummary({ candidate, incumbent }: ParamsDiffSummaryProps) {
  const s = paramsSummary(incumbent.run?.params ?? {}, candidate.run?.params ?? {})
  return (
    <div className="flex flex-col gap-1 text-xs md:col-span-2" aria-label="Params differences">
      <p className="text-sm font-medium">
        {s.differing} of {s.total} params differ
      </p>
      <DiffList label="Hydra config" rows={s.hydra} />
      <DiffList label="Params" rows={s.plain} />
    </div>
  )
}

function DiffList({ label, rows }: { label: string; rows: ParamsSummary['hydra'] }) {
  if (!rows.length) return null
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3">
      <dt className="col-span-2 font-medium text-slate-500 dark:text-slate-400">{label}</dt>
      {rows.map((r) => (
        <div key={r.key} className="contents">
          <dt className="font-mono">{r.key}</dt>
          <dd className="truncate font-mono" title={`${r.from} → ${r.to}`}>
            {r.from} → {r.to}
          </dd>
        </div>
      ))}
    </dl>
  )
}
