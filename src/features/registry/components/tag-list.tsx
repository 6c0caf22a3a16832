type TagListProps = { tags: Readonly<Record<string, string>>; emptyText?: string }

/** `key = value` chips; Runlens' own workflow tags (`runlens.*`) are hidden (the history shows them). */
export function TagList({ tags, emptyText = 'No tags' }: TagListProps) {
  const entries = Object.entries(tags).filter(([k]) => !k.startsWith('runlens.') && !k.startsWith('mlflow.'))
  if (!entries.length) return <span className="text-xs text-slate-500 dark:text-slate-400">{emptyText}</span>
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-1">
      {entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => (
        <li key={k} className="max-w-64 truncate rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300" title={`${k} = ${v}`}>
          {k} = {v}
        </li>
      ))}
    </ul>
  )
}
