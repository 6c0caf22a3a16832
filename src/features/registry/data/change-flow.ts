import type { Actor } from '../../../lib/approval-tags.ts'
import { describeEffects, planChange, type Effect, type RegistryChange } from '../../../lib/registry-change.ts'
import { executeChange } from './execute-change.ts'
import { FlowError, type PendingTag } from './flow-error.ts'
import { readRegistryState } from './registry-state.ts'
import { auditTag, writeTags } from './write-tags.ts'

export type ApplyInput = {
  change: RegistryChange
  /** What the dialog showed; if a fresh read plans something else, nothing is applied. */
  reviewed: string
  comment: string
  actor: Actor
}

/** Where the audit event of a change lives: the version it is about, or the model. */
export function auditVersionOf(change: RegistryChange, effects: readonly Effect[]): string | undefined {
  switch (change.kind) {
    case 'stage':
    case 'alias-set':
      return change.version
    case 'stages':
      return change.assignments[0]?.version
    case 'alias-delete': {
      const e = effects.find((x) => x.kind === 'alias')
      return e?.kind === 'alias' ? (e.from ?? undefined) : undefined
    }
    case 'tags':
    case 'description':
      return change.version
  }
}

/**
 * A direct change (the user has the server permission and confirmed in the dialog): re-read,
 * check the plan is still what was reviewed, apply, then record an audit event. If recording
 * fails the change stays applied and a FlowError('unrecorded') carries the tag to write again.
 */
export async function applyDirect({ change, reviewed, comment, actor }: ApplyInput): Promise<Effect[]> {
  const state = await readRegistryState(change.model)
  const plan = planChange(change, state.snapshot)
  if (plan.isMissingVersion) throw new FlowError('gone', plan.warnings[0] ?? 'The version no longer exists.')
  const now = describeEffects(plan.effects)
  if (now !== reviewed) throw new FlowError('conflict', 'The registry changed while this dialog was open. Nothing was applied.', { details: [`You reviewed: ${reviewed}`, `It would now do: ${now}`] })
  if (!plan.effects.length) throw new FlowError('noop', 'Nothing to change: the registry is already in that state.')
  let effects: Effect[]
  try {
    effects = await executeChange(change, plan)
  } catch (error) {
    if (error instanceof FlowError && error.kind === 'partial') await recordOrThrow([auditTag({ model: change.model, version: auditVersionOf(change, error.applied), by: actor, comment, effects: error.applied })]).catch(() => undefined)
    throw error
  }
  await recordOrThrow([auditTag({ model: change.model, version: auditVersionOf(change, effects), by: actor, comment, effects })])
  return effects
}

/** Writes `tags`; on failure throws FlowError('unrecorded') with the remaining writes. */
export async function recordOrThrow(tags: readonly PendingTag[]): Promise<void> {
  const { failed, error } = await writeTags(tags)
  if (failed.length)
    throw new FlowError('unrecorded', 'The change was applied, but recording it in the audit log failed.', { pending: failed, cause: error })
}
