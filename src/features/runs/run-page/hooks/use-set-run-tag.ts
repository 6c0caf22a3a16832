import { useMutation, useQueryClient } from '@tanstack/react-query'
import { runQueries, setRunTag } from '../../../../api/runs.ts'

export type TagWrite = { key: string; value: string }

/**
 * Adds or overwrites one run tag (runs/set-tag); also used for the description
 * (`mlflow.note.content`). Invalidates every runs query: tags appear as run-table columns.
 * Errors are shown inline by the form that wrote the tag.
 */
export function useSetRunTag(runId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ key, value }: TagWrite) => setRunTag(runId, key, value),
    meta: { hasInlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runQueries.all() }),
  })
}
