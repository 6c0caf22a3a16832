import { Skeleton } from '../../../../components/ui/skeleton.tsx'

type PanelLoadingProps = { label: string; rows?: number }

/** Placeholder rows while a panel's data loads; announced once as `label`. */
export function PanelLoading({ label, rows = 4 }: PanelLoadingProps) {
  return (
    <div className="flex flex-col gap-2">
      <Skeleton className="h-6 w-full" label={label} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-5 w-full" />
      ))}
    </div>
  )
}
