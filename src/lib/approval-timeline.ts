/**
 * The audit timeline of one registered model, built from the approval tags of the model and all
 * its versions: requests, decisions and recorded changes (each with who, when and the comment),
 * newest first, with the rollback each change allows.
 */
import { requestStatus, requestTitle, type RequestStatus } from './approval-guard.ts'
import { decodeApprovalTags, type Actor, type ApprovalRequest, type Decision } from './approval-tags.ts'
import { describeEffects, rollbackLabel, rollbackOf, type Effect, type RegistryChange } from './registry-change.ts'

export type TimelineEntry = {
  /** Stable React key. */
  key: string
  kind: 'request' | 'decision' | 'change'
  at: number
  by: Actor
  comment: string
  /** "v3 → Production requested", "alias champion moves from v2 to v3", ... */
  title: string
  version?: string
  effects: Effect[]
  /** The change that undoes this entry, with its button label (changes only, not truncated ones). */
  rollback: { change: RegistryChange; label: string } | null
  requestId?: string
}

export type QueueItem = { request: ApprovalRequest; decision?: Decision; status: RequestStatus }

type Tagged = { version: string; tags: Readonly<Record<string, string>> }

/** Every request of the given versions with its decision and status (oldest first). */
export function requestsOf(model: string, versions: readonly Tagged[], now: number): QueueItem[] {
  const out: QueueItem[] = []
  for (const v of versions) {
    const d = decodeApprovalTags(v.tags, { model, version: v.version })
    for (const request of d.requests) {
      const decision = d.decisions.get(request.id)
      out.push({ request, decision, status: requestStatus(decision, d.claims.get(request.id), now) })
    }
  }
  return out.sort((a, b) => a.request.createdAt - b.request.createdAt)
}

/** Timeline entries of a model, newest first; ties keep requests before their decisions. */
export function buildTimeline(model: string, modelTags: Readonly<Record<string, string>>, versions: readonly Tagged[]): TimelineEntry[] {
  const out: TimelineEntry[] = []
  const add = (tags: Readonly<Record<string, string>>, version?: string) => {
    const d = decodeApprovalTags(tags, { model, version })
    for (const r of d.requests) {
      out.push({ key: `req:${r.id}`, kind: 'request', at: r.createdAt, by: r.requester, comment: r.comment, title: `${requestTitle(r)} requested`, version, effects: [], rollback: null, requestId: r.id })
      const dec = d.decisions.get(r.id)
      if (dec) out.push({ key: `dec:${r.id}`, kind: 'decision', at: dec.at, by: dec.by, comment: dec.comment, title: `Request ${requestTitle(r)} ${dec.outcome}`, version, effects: [], rollback: null, requestId: r.id })
    }
    for (const e of d.audit) {
      const change = e.isTruncated ? null : rollbackOf(model, e.effects)
      out.push({ key: e.key, kind: 'change', at: e.at, by: e.by, comment: e.comment, title: describeEffects(e.effects), version, effects: e.effects, rollback: change ? { change, label: rollbackLabel(change) } : null, requestId: e.requestId })
    }
  }
  add(modelTags)
  for (const v of versions) add(v.tags, v.version)
  const rank = { request: 0, decision: 1, change: 2 }
  return out.sort((a, b) => b.at - a.at || rank[b.kind] - rank[a.kind] || (a.key < b.key ? 1 : -1))
}
