import { Skeleton } from './skeleton.tsx'

/** Placeholder rows while a panel's data loads; announced once as `label`. */
export function PanelLoading({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <div className="flex flex-col gap-2 p-1">
      <Skeleton className="h-8 w-full" label={label} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-6 w-full" />
      ))}
    </div>
  )
}
