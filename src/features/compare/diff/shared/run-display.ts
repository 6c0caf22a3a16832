import type { Run } from '../../../../api/types.ts'
import { assignColors } from '../../../../lib/run-colors.ts'

/** Display name of a run: its name, else the first 8 characters of its id. */
export function runDisplayName(run: Pick<Run, 'info'>): string {
  return run.info.runName || run.info.runId.slice(0, 8)
}

/** Stable, distinct colours for the runs on screen (same as the charts use). */
export function runColorMap(runIds: readonly string[]): Map<string, string> {
  return assignColors(runIds)
}
