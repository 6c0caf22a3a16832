import { MlflowApiError } from '../../../api/client.ts'
import { deleteModelVersionTag, getModelVersion, setModelVersionTag } from '../../../api/registry.ts'
import { CLAIM_SETTLE_MS, changeOfRequest, findConflicts, isLiveClaim, judgeClaim, snapshotFor } from '../../../lib/approval-guard.ts'
import { decodeApprovalTags, encodeClaim, encodeDecision, encodeRequest, newId, type Actor, type ApprovalRequest, type DecisionOutcome, type RequestTarget } from '../../../lib/approval-tags.ts'
import { planChange, type Effect } from '../../../lib/registry-change.ts'
import { recordOrThrow } from './change-flow.ts'
import { executeChange } from './execute-change.ts'
import { FlowError } from './flow-error.ts'
import { readRegistryState } from './registry-state.ts'
import { auditTag, randomHex } from './write-tags.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Files a request as a tag on the candidate version, with the registry snapshot it was made against. */
export async function createRequest(a: { model: string; version: string; target: RequestTarget; comment: string; actor: Actor }): Promise<ApprovalRequest> {
  const state = await readRegistryState(a.model)
  const from = snapshotFor(a.version, a.target, state.snapshot)
  if (!from) throw new FlowError('gone', `Version ${a.version} of ${a.model} no longer exists.`)
  const request: ApprovalRequest = { id: newId(Date.now(), randomHex(4)), model: a.model, version: a.version, target: a.target, from, requester: a.actor, comment: a.comment, createdAt: Date.now() }
  if (!planChange(changeOfRequest(request), state.snapshot).effects.length) throw new FlowError('noop', 'Nothing to request: the registry is already in that state.')
  const tag = encodeRequest(request)
  await setModelVersionTag(a.model, a.version, tag.key, tag.value)
  return request
}

async function readTags(r: ApprovalRequest) {
  try {
    const v = await getModelVersion(r.model, r.version)
    return decodeApprovalTags(v.tags, { model: r.model, version: r.version })
  } catch (error) {
    if (error instanceof MlflowApiError && error.isNotFound) throw new FlowError('gone', `Version ${r.version} of ${r.model} was deleted; the request cannot be applied.`)
    throw error
  }
}

function assertOpen(tags: Awaited<ReturnType<typeof readTags>>, id: string, me: Actor) {
  const decision = tags.decisions.get(id)
  if (decision) throw new FlowError('decided', `This request was already ${decision.outcome} by ${decision.by.name}.`)
  const claim = tags.claims.get(id)
  if (claim && claim.by !== me.name && isLiveClaim(claim, Date.now())) throw new FlowError('taken', `${claim.by} is applying this request right now.`)
}

/**
 * Approves and applies a request. Order: re-read and compare with the request's snapshot (any
 * difference → conflict, nothing applied); write a claim with a fresh token; wait
 * CLAIM_SETTLE_MS; read it back and go on only if the token is still ours and no decision exists;
 * re-check conflicts; apply; record decision + audit. `onStep` reports progress for the dialog.
 */
export async function approveRequest(r: ApprovalRequest, comment: string, me: Actor, onStep: (s: string) => void = () => undefined): Promise<Effect[]> {
  onStep('Checking the registry against the request…')
  const conflicts = findConflicts(r, (await readRegistryState(r.model)).snapshot)
  if (conflicts.length) throw new FlowError('conflict', 'The registry changed since this request was made. Nothing was applied.', { details: conflicts })

  onStep('Claiming the request…')
  // Timed from sending the pre-check read to the claim write's answer: if that span stays under
  // CLAIM_SETTLE_MS for every approver, two of them cannot both read back their own token.
  const started = Date.now()
  assertOpen(await readTags(r), r.id, me)
  const token = `t${randomHex(8)}`
  const claim = encodeClaim({ id: r.id, token, by: me.name, at: Date.now() })
  await setModelVersionTag(r.model, r.version, claim.key, claim.value)
  if (Date.now() - started > CLAIM_SETTLE_MS) throw new FlowError('slow', 'The server answered too slowly to approve safely. Nothing was applied; try again.')
  await sleep(CLAIM_SETTLE_MS)
  const after = await readTags(r)
  const decided = after.decisions.get(r.id)
  const verdict = judgeClaim({ claim: after.claims.get(r.id), decision: decided }, token)
  if (decided) throw new FlowError('decided', `This request was just ${decided.outcome} by ${decided.by.name}.`)
  if (verdict !== 'mine') throw new FlowError('taken', `${after.claims.get(r.id)?.by ?? 'Another lead'} is applying this request. Nothing was applied by you.`)

  const releaseClaim = () => deleteModelVersionTag(r.model, r.version, claim.key).catch(() => undefined)
  const state = await readRegistryState(r.model)
  const late = findConflicts(r, state.snapshot)
  if (late.length) {
    await releaseClaim()
    throw new FlowError('conflict', 'The registry changed since this request was made. Nothing was applied.', { details: late })
  }
  onStep('Applying the change…')
  const change = changeOfRequest(r)
  let effects: Effect[]
  try {
    effects = await executeChange(change, planChange(change, state.snapshot))
  } catch (error) {
    await releaseClaim()
    throw error
  }
  onStep('Recording the decision…')
  const at = Date.now()
  const decision = encodeDecision({ id: r.id, outcome: 'approved', by: me, comment, at })
  await recordOrThrow([
    { model: r.model, version: r.version, key: decision.key, value: decision.value },
    auditTag({ model: r.model, version: r.version, by: me, comment: `${comment}\n(approved request by ${r.requester.name})`.slice(0, 1000), effects, requestId: r.id, at }),
  ])
  await releaseClaim()
  return effects
}

/** Rejects (a lead) or cancels (the requester) a request: only a decision tag, nothing applied. */
export async function closeRequest(r: ApprovalRequest, outcome: Exclude<DecisionOutcome, 'approved'>, comment: string, me: Actor): Promise<void> {
  assertOpen(await readTags(r), r.id, me)
  const d = encodeDecision({ id: r.id, outcome, by: me, comment, at: Date.now() })
  await setModelVersionTag(r.model, r.version, d.key, d.value)
}
