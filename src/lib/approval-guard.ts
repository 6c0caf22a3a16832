/**
 * The checks that keep approvals honest without server-side transactions: a request remembers
 * what the registry looked like (`snapshotFor`), approval re-reads it and refuses on any
 * difference (`findConflicts`), and concurrent approvers settle who applies through a claim tag
 * (`judgeClaim`). MLflow has no compare-and-set, so a small race window remains (README).
 */
import type { ApprovalRequest, Claim, Decision, DecisionOutcome, RequestSnapshot, RequestTarget } from './approval-tags.ts'
import { aliasTarget, holdersOf, type RegistryChange, type RegistrySnapshot } from './registry-change.ts'

/** A claim older than this is abandoned (the lead's tab died mid-approval) and may be taken over. */
export const CLAIM_TTL_MS = 60_000
/**
 * How long an approver waits after writing a claim before reading it back, and also the longest
 * allowed span from its pre-check read to the claim write's answer (see README: race window).
 */
export const CLAIM_SETTLE_MS = 4_000

/** The registry state a request depends on, taken from `snapshot`. Null if the version is gone. */
export function snapshotFor(version: string, target: RequestTarget, snapshot: RegistrySnapshot): RequestSnapshot | null {
  const v = snapshot.versions.find((x) => x.version === version)
  if (!v) return null
  return {
    stage: v.stage,
    holders: target.kind === 'stage' ? holdersOf(snapshot, target.stage) : [],
    aliasVersion: target.kind === 'alias' ? aliasTarget(snapshot, target.alias) : null,
  }
}

/**
 * Differences between the request's snapshot and `current`, one sentence each; empty means the
 * request can be applied as reviewed. A deleted candidate is always a conflict.
 */
export function findConflicts(request: ApprovalRequest, current: RegistrySnapshot): string[] {
  const now = snapshotFor(request.version, request.target, current)
  if (!now) return [`Version ${request.version} of ${request.model} was deleted after the request.`]
  const out: string[] = []
  if (now.stage !== request.from.stage) out.push(`v${request.version} is now in ${now.stage} (it was in ${request.from.stage} when requested).`)
  if (request.target.kind === 'stage') {
    const was = request.from.holders.join(',')
    if (now.holders.join(',') !== was) {
      const fmt = (l: string[]) => (l.length ? l.map((v) => `v${v}`).join(', ') : 'no version')
      out.push(`${request.target.stage} now holds ${fmt(now.holders)} (it held ${fmt(request.from.holders)} when requested).`)
    }
  } else if (now.aliasVersion !== request.from.aliasVersion) {
    const fmt = (v: string | null) => (v === null ? 'nothing' : `v${v}`)
    out.push(`Alias ${request.target.alias} now points to ${fmt(now.aliasVersion)} (it pointed to ${fmt(request.from.aliasVersion)} when requested).`)
  }
  return out
}

/** The registry change a request asks for. */
export function changeOfRequest(r: Pick<ApprovalRequest, 'model' | 'version' | 'target'>): RegistryChange {
  return r.target.kind === 'stage'
    ? { kind: 'stage', model: r.model, version: r.version, toStage: r.target.stage, archiveExisting: r.target.archiveExisting }
    : { kind: 'alias-set', model: r.model, alias: r.target.alias, version: r.version }
}

/** A one-line title for a request ("v3 → Production", "@champion → v3"). */
export function requestTitle(r: Pick<ApprovalRequest, 'version' | 'target'>): string {
  return r.target.kind === 'stage'
    ? `v${r.version} → ${r.target.stage}${r.target.archiveExisting ? ' (archive existing)' : ''}`
    : `@${r.target.alias} → v${r.version}`
}

export type ClaimVerdict =
  /** The stored claim carries my token and nothing is decided: go ahead. */
  | 'mine'
  /** Another approver's live claim is stored. */
  | 'taken'
  /** A decision exists: nothing to apply. */
  | 'decided'
  /** No claim stored (it was removed or never landed). */
  | 'missing'

/**
 * Reads back the claim after writing one: proceed only when the stored claim is ours and no
 * decision exists. Last write wins in MLflow, so of two leads who claimed at about the same time
 * exactly one sees its own token, as long as both read back after both writes landed.
 */
export function judgeClaim(stored: { claim?: Claim; decision?: Decision }, token: string): ClaimVerdict {
  if (stored.decision) return 'decided'
  if (!stored.claim) return 'missing'
  return stored.claim.token === token ? 'mine' : 'taken'
}

/** True when `claim` blocks others from starting: recent and not ours. */
export function isLiveClaim(claim: Claim | undefined, now: number, token?: string): boolean {
  return !!claim && claim.token !== token && now - claim.at < CLAIM_TTL_MS && claim.at - now < CLAIM_TTL_MS
}

export type RequestStatus = 'pending' | 'approving' | DecisionOutcome

/** What the queue shows: the decision's outcome, "approving" while a live claim exists, else pending. */
export function requestStatus(decision: Decision | undefined, claim: Claim | undefined, now: number): RequestStatus {
  if (decision) return decision.outcome
  return isLiveClaim(claim, now) ? 'approving' : 'pending'
}
