import { useMutation, useQueryClient } from '@tanstack/react-query'
import { deleteRunTag, runQueries } from '../../../../api/runs.ts'
import { toast } from '../../../../components/ui/toast-store.ts'

/** Deletes one run tag (runs/delete-tag) and invalidates every runs query. Errors go inline. */
export function useDeleteRunTag(runId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (key: string) => deleteRunTag(runId, key),
    meta: { hasInlineError: true },
    onSuccess: async (_v, key) => {
      await queryClient.invalidateQueries({ queryKey: runQueries.all() })
      toast.success('Tag deleted', key)
    },
  })
}
