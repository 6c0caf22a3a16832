import { useMutation, useQueryClient } from '@tanstack/react-query'
import { runQueries, updateRun } from '../../../../api/runs.ts'
import { toast } from '../../../../components/ui/toast-store.ts'

/**
 * Renames a run (runs/update, which also rewrites `mlflow.runName`). Every runs query is
 * invalidated, because the name shows in run tables, children lists and compare strips too.
 * Errors are shown by the caller, inline in the name editor.
 */
export function useRenameRun(runId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => updateRun(runId, { runName: name }),
    meta: { hasInlineError: true },
    onSuccess: async (_info, name) => {
      await queryClient.invalidateQueries({ queryKey: runQueries.all() })
      toast.success('Run renamed', name)
    },
  })
}
