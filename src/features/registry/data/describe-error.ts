import { MlflowApiError } from '../../../api/client.ts'
import { describeEffects } from '../../../lib/registry-change.ts'
import { FlowError, type PendingTag } from './flow-error.ts'

export type ErrorView = {
  title: string
  lines: string[]
  /** Non-empty when the change is done but its record is not: offer "Record again". */
  pending: PendingTag[]
}

const serverSays = (e: unknown) => (e instanceof Error && e.message ? [`Server says: ${e.message}`] : [])

/** What a failed registry mutation means for the user, in words they can act on. */
export function describeError(error: unknown): ErrorView {
  if (error instanceof FlowError) {
    const lines = [...error.details]
    if (error.kind === 'partial') lines.push(`Applied before the failure: ${describeEffects(error.applied)}.`, 'Nothing after that was changed; the applied part is recorded in the history.', ...serverSays(error.cause))
    if (error.kind === 'unrecorded') lines.push('The registry now reflects the change. Record it again so the history stays complete.', ...serverSays(error.cause))
    return { title: error.message, lines, pending: error.pending }
  }
  if (error instanceof MlflowApiError) {
    if (error.status === 403)
      return { title: 'You lack permission for this on this server', lines: [...serverSays(error), 'Permissions are enforced by the MLflow server (its auth app), not by this dialog. Nothing was changed.'], pending: [] }
    if (error.status === 401) return { title: 'Authentication required', lines: serverSays(error), pending: [] }
    if (error.isNotFound) return { title: 'This model version no longer exists: it was deleted meanwhile. Nothing was changed.', lines: serverSays(error), pending: [] }
    if (error.isUnreachable) return { title: 'Could not reach the server. Nothing was changed.', lines: [error.message], pending: [] }
    return { title: 'The server refused the change. Nothing was changed.', lines: [`${error.message} (${error.errorCode})`], pending: [] }
  }
  return { title: error instanceof Error ? error.message : String(error), lines: [], pending: [] }
}
