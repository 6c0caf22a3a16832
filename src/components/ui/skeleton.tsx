import { cn } from '../../lib/cn.ts'

type SkeletonProps = { className?: string; label?: string }

/** A pulsing placeholder block; give it a size with className. Announced once as "Loading". */
export function Skeleton({ className, label }: SkeletonProps) {
  return (
    <div
      role={label ? 'status' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className={cn('animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none dark:bg-slate-800', className)}
    />
  )
}
