type ChartAddMetricProps = { current: readonly string[]; all: readonly string[]; onAdd: (key: string) => void }

/** A compact select that adds another metric to an existing chart. */
export function ChartAddMetric({ current, all, onAdd }: ChartAddMetricProps) {
  const options = all.filter((k) => !current.includes(k))
  if (options.length === 0) return null
  return (
    <select
      aria-label={`Add a metric to chart ${current.join(', ')}`}
      value=""
      onChange={(e) => e.target.value && onAdd(e.target.value)}
      className="h-7 max-w-32 rounded-md border bg-white px-1 text-xs dark:bg-slate-900"
    >
      <option value="">+ metric</option>
      {options.map((k) => (
        <option key={k} value={k}>
          {k}
        </option>
      ))}
    </select>
  )
}
