import { Skeleton } from '../ui/skeleton.tsx'

/** Placeholder for a page whose code or data is still loading. */
export function PageSkeleton() {
  return (
    <div className="flex flex-col gap-4 px-6 py-5">
      <Skeleton className="h-6 w-64" label="Loading page" />
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  )
}
