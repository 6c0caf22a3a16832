import { useMutation, useQueryClient } from '@tanstack/react-query'
import { deleteRun, deleteRunTag, restoreRun, runQueries, setRunTag, updateRun } from '../../api/runs.ts'
import { toast } from '../../components/ui/toast-store.ts'

/** Runs `fn` for every id with at most 8 requests in flight; rejects with the first failure. */
async function forEach(ids: readonly string[], fn: (id: string) => Promise<void>): Promise<void> {
  const queue = [...ids]
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) await fn(id)
  }
  await Promise.all(Array.from({ length: Math.min(8, queue.length) }, worker))
}

const plural = (n: number) => `${n} run${n === 1 ? '' : 's'}`

function useInvalidateRuns() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: runQueries.all() })
}

/** Add (`value` set) or remove a tag on many runs. Errors show inline in the dialog. */
export function useBulkTag() {
  const invalidate = useInvalidateRuns()
  return useMutation({
    meta: { hasInlineError: true },
    mutationFn: ({ runIds, key, value }: { runIds: string[]; key: string; value?: string }) =>
      forEach(runIds, (id) => (value === undefined ? deleteRunTag(id, key) : setRunTag(id, key, value))),
    onSuccess: (_d, v) => toast.success(v.value === undefined ? `Removed tag “${v.key}” from ${plural(v.runIds.length)}` : `Tagged ${plural(v.runIds.length)} with “${v.key}”`),
    onSettled: invalidate,
  })
}

/** Restore soft-deleted runs. */
export function useRestoreRuns() {
  const invalidate = useInvalidateRuns()
  return useMutation({
    meta: { errorTitle: 'Could not restore runs' },
    mutationFn: (runIds: string[]) => forEach(runIds, restoreRun),
    onSuccess: (_d, runIds) => toast.success(`Restored ${plural(runIds.length)}`),
    onSettled: invalidate,
  })
}

/** Soft-delete runs; the success toast offers Undo (restores the same runs). */
export function useDeleteRuns() {
  const invalidate = useInvalidateRuns()
  const restore = useRestoreRuns()
  return useMutation({
    meta: { hasInlineError: true },
    mutationFn: (runIds: string[]) => forEach(runIds, deleteRun),
    onSuccess: (_d, runIds) => toast.success(`Deleted ${plural(runIds.length)}`, undefined, { label: 'Undo', onClick: () => restore.mutate(runIds) }),
    onSettled: invalidate,
  })
}

/** Rename, description and tag edits of one run (edit dialog). */
export function useEditRun() {
  const invalidate = useInvalidateRuns()
  return useMutation({
    meta: { hasInlineError: true },
    mutationFn: async (v: { runId: string; name?: string; setTags: Record<string, string>; deleteTags: string[] }) => {
      if (v.name !== undefined) await updateRun(v.runId, { runName: v.name })
      for (const [k, value] of Object.entries(v.setTags)) await setRunTag(v.runId, k, value)
      for (const k of v.deleteTags) await deleteRunTag(v.runId, k)
    },
    onSuccess: () => toast.success('Run updated'),
    onSettled: invalidate,
  })
}
