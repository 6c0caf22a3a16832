/**
 * Encoders of the approval tag schema v1 (decoders and types: approval-tags.ts). Every value
 * written is a JSON object with `v: 1` and stays under MAX_TAG_VALUE characters; inputs that
 * cannot fit (an over-long comment) throw a RangeError before anything is written.
 */
import type { ApprovalRequest, AuditEvent, Claim, Decision } from './approval-tags.ts'
import type { Effect } from './registry-change.ts'

// Literal copies of approval-tags.ts constants: importing values back would make a runtime cycle.
const V = 1
const MAX_VALUE = 5000
const MAX_COMMENT = 1000
const PREFIX = { request: 'runlens.request.', decision: 'runlens.decision.', claim: 'runlens.claim.', audit: 'runlens.audit.' }

export type EncodedTag = { key: string; value: string }

function checkComment(comment: string): string {
  const c = comment.trim()
  if (c.length > MAX_COMMENT) throw new RangeError(`Comments are limited to ${MAX_COMMENT} characters (this one has ${c.length}).`)
  return c
}

function fit(key: string, payload: Record<string, unknown>): EncodedTag {
  const value = JSON.stringify(payload)
  if (value.length >= MAX_VALUE) throw new RangeError(`The ${key} tag would be ${value.length} characters; MLflow keeps at most ${MAX_VALUE}.`)
  return { key, value }
}

/**
 * A fresh id: base-36 time, then `rand` (lowercase letters/digits, e.g. from crypto), e.g.
 * `lx3k9a2b-4f2a9c`. Sortable by creation time within one millisecond resolution.
 */
export function newId(now: number, rand: string): string {
  return `${Math.floor(now).toString(36)}-${rand.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12) || '0000'}`
}

/** `runlens.audit.<13-digit epoch ms>-<rand>`: keys sort in time order as plain strings. */
export function auditKey(at: number, rand: string): string {
  return `${PREFIX.audit}${String(Math.floor(at)).padStart(13, '0')}-${rand.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12) || '0000'}`
}

/** `runlens.request.<id>` on the candidate version. The request never changes after it is written. */
export function encodeRequest(r: ApprovalRequest): EncodedTag {
  return fit(`${PREFIX.request}${r.id}`, {
    v: V,
    id: r.id,
    kind: r.target.kind,
    target: r.target.kind === 'stage' ? r.target.stage : r.target.alias,
    ...(r.target.kind === 'stage' ? { archiveExisting: r.target.archiveExisting } : {}),
    model: r.model,
    version: r.version,
    from: { stage: r.from.stage, holders: r.from.holders, alias: r.from.aliasVersion },
    requester: r.requester.name,
    requesterVerified: r.requester.isVerified,
    comment: checkComment(r.comment),
    createdAt: r.createdAt,
    status: 'pending',
  })
}

/** `runlens.decision.<id>`: approved, rejected or cancelled; at most one counts per request. */
export function encodeDecision(d: Decision): EncodedTag {
  return fit(`${PREFIX.decision}${d.id}`, { v: V, id: d.id, outcome: d.outcome, by: d.by.name, byVerified: d.by.isVerified, comment: checkComment(d.comment), at: d.at })
}

/** `runlens.claim.<id>`: the approving lead's unique token (see claimWinner). */
export function encodeClaim(c: Claim): EncodedTag {
  return fit(`${PREFIX.claim}${c.id}`, { v: V, id: c.id, token: c.token, by: c.by, at: c.at })
}

const SHORT = 300
const shorten = (s: string | null) => (s !== null && s.length > SHORT ? `${s.slice(0, SHORT - 1)}…` : s)

function shrink(e: Effect): Effect {
  if (e.kind === 'tag') return { ...e, from: shorten(e.from), to: shorten(e.to) }
  if (e.kind === 'description') return { ...e, from: shorten(e.from) ?? '', to: shorten(e.to) ?? '' }
  return e
}

/**
 * An audit event under its key. Effects whose values do not fit are shortened (and the event is
 * marked `truncated`, which disables its rollback); beyond that, trailing effects are dropped.
 */
export function encodeAudit(e: Omit<AuditEvent, 'isTruncated'>): EncodedTag {
  const base = { v: V, model: e.model, ...(e.version !== undefined ? { version: e.version } : {}), by: e.by.name, byVerified: e.by.isVerified, at: e.at, comment: checkComment(e.comment), ...(e.requestId ? { requestId: e.requestId } : {}) }
  let effects = e.effects
  let truncated = false
  const size = () => JSON.stringify({ ...base, effects, ...(truncated ? { truncated } : {}) }).length
  if (size() >= MAX_VALUE) {
    effects = effects.map(shrink)
    truncated = true
  }
  while (size() >= MAX_VALUE && effects.length > 1) effects = effects.slice(0, -1)
  return fit(e.key, { ...base, effects, ...(truncated ? { truncated } : {}) })
}
