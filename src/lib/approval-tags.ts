/**
 * Runlens' approval workflow stored as plain MLflow model-version tags (schema v1, documented in
 * the README section "Registry approval tag schema"). Anyone with write access can write any tag,
 * so decoding treats every value as hostile: wrong JSON, wrong types, oversized strings, a payload
 * copied onto another version, an unknown schema version: all are reported as invalid, never thrown.
 */
import type { Effect, Stage } from './registry-change.ts'
import { isEffect, isStage, isVersion, isAlias, isName, isId, isTimestamp, clip } from './approval-validate.ts'

export const APPROVAL_SCHEMA_VERSION = 1
export const TAG_PREFIX = { request: 'runlens.request.', decision: 'runlens.decision.', claim: 'runlens.claim.', audit: 'runlens.audit.' } as const
/** Runlens keeps every value below this (MLflow's model-version tag limit was 5,000 for years). */
export const MAX_TAG_VALUE = 5000
/** Longest comment the dialogs accept. */
export const MAX_COMMENT = 1000

export type Actor = { name: string; isVerified: boolean }

export type RequestTarget = { kind: 'stage'; stage: Stage; archiveExisting: boolean } | { kind: 'alias'; alias: string }

/** What the registry looked like when the request was made; approval re-checks it. */
export type RequestSnapshot = {
  /** The candidate version's stage. */
  stage: Stage
  /** Versions in the target stage (stage requests), ascending. */
  holders: string[]
  /** The version the alias pointed at (alias requests); null when unset. */
  aliasVersion: string | null
}

export type ApprovalRequest = {
  id: string
  model: string
  version: string
  target: RequestTarget
  from: RequestSnapshot
  requester: Actor
  comment: string
  /** Epoch ms. */
  createdAt: number
}

export type DecisionOutcome = 'approved' | 'rejected' | 'cancelled'
export type Decision = { id: string; outcome: DecisionOutcome; by: Actor; comment: string; at: number }
/** A lead's claim on a request while applying it (see `claimWinner`). */
export type Claim = { id: string; token: string; by: string; at: number }

export type AuditEvent = {
  /** The tag key (`runlens.audit.<13-digit ms>-<rand>`): unique and time-sortable. */
  key: string
  model: string
  /** Version whose tags hold the event; absent for model-level events. */
  version?: string
  by: Actor
  at: number
  comment: string
  effects: Effect[]
  /** Set when the change was an approved request. */
  requestId?: string
  /** Some effect values were shortened to fit the tag; such events cannot be rolled back. */
  isTruncated: boolean
}

export type DecodedTags = {
  requests: ApprovalRequest[]
  decisions: Map<string, Decision>
  claims: Map<string, Claim>
  audit: AuditEvent[]
  /** Runlens-prefixed tags that did not decode, with the reason (shown, never trusted). */
  invalid: { key: string; reason: string }[]
}

type Json = Record<string, unknown>
const obj = (v: unknown): Json | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null)

function parseJson(value: string): Json | string {
  if (value.length > MAX_TAG_VALUE * 4) return 'value is too long'
  try {
    const o = obj(JSON.parse(value))
    if (!o) return 'value is not a JSON object'
    if (o.v !== APPROVAL_SCHEMA_VERSION) return `unsupported schema version ${JSON.stringify(o.v)?.slice(0, 20)}`
    return o
  } catch {
    return 'value is not JSON'
  }
}

function actor(name: unknown, verified: unknown): Actor | null {
  return isName(name) ? { name, isVerified: verified === true } : null
}

function decodeRequest(id: string, o: Json, at: { model: string; version: string }): ApprovalRequest | string {
  if (o.id !== id) return 'id does not match the tag key'
  if (o.model !== at.model || o.version !== at.version) return 'request was copied from another model version'
  const from = obj(o.from)
  if (!from || !isStage(from.stage) || !Array.isArray(from.holders) || !from.holders.every(isVersion) || !(from.alias === null || isAlias(from.alias)))
    return 'snapshot is malformed'
  let target: RequestTarget
  if (o.kind === 'stage' && isStage(o.target)) target = { kind: 'stage', stage: o.target, archiveExisting: o.archiveExisting === true }
  else if (o.kind === 'alias' && isAlias(o.target)) target = { kind: 'alias', alias: o.target }
  else return 'kind/target is malformed'
  const requester = actor(o.requester, o.requesterVerified)
  if (!requester) return 'requester is malformed'
  if (!isTimestamp(o.createdAt)) return 'createdAt is malformed'
  if (typeof o.comment !== 'string') return 'comment is malformed'
  return {
    id,
    model: at.model,
    version: at.version,
    target,
    from: { stage: from.stage, holders: [...from.holders], aliasVersion: from.alias },
    requester,
    comment: clip(o.comment, MAX_COMMENT),
    createdAt: o.createdAt,
  }
}

function decodeDecision(id: string, o: Json): Decision | string {
  if (o.id !== id) return 'id does not match the tag key'
  if (o.outcome !== 'approved' && o.outcome !== 'rejected' && o.outcome !== 'cancelled') return 'outcome is malformed'
  const by = actor(o.by, o.byVerified)
  if (!by || !isTimestamp(o.at) || typeof o.comment !== 'string') return 'decision is malformed'
  return { id, outcome: o.outcome, by, comment: clip(o.comment, MAX_COMMENT), at: o.at }
}

function decodeClaim(id: string, o: Json): Claim | string {
  if (o.id !== id || !isId(o.token) || !isName(o.by) || !isTimestamp(o.at)) return 'claim is malformed'
  return { id, token: o.token, by: o.by, at: o.at }
}

function decodeAudit(key: string, o: Json, at: { model: string; version?: string }): AuditEvent | string {
  if (o.model !== at.model || (o.version ?? undefined) !== at.version) return 'event was copied from elsewhere'
  const by = actor(o.by, o.byVerified)
  if (!by || !isTimestamp(o.at) || typeof o.comment !== 'string') return 'event is malformed'
  if (!Array.isArray(o.effects) || o.effects.length > 50 || !o.effects.every(isEffect)) return 'effects are malformed'
  if (o.requestId !== undefined && !isId(o.requestId)) return 'requestId is malformed'
  return { key, model: at.model, version: at.version, by, at: o.at, comment: clip(o.comment, MAX_COMMENT), effects: o.effects, requestId: o.requestId, isTruncated: o.truncated === true }
}

/**
 * Decodes every `runlens.*` tag of one model version (or of the registered model when `version`
 * is undefined: only audit events live there). Other tags are ignored. Audit events come back
 * oldest first; requests by creation time.
 */
export function decodeApprovalTags(tags: Readonly<Record<string, string>>, at: { model: string; version?: string }): DecodedTags {
  const out: DecodedTags = { requests: [], decisions: new Map(), claims: new Map(), audit: [], invalid: [] }
  for (const [key, value] of Object.entries(tags)) {
    if (!key.startsWith('runlens.')) continue
    const prefix = Object.values(TAG_PREFIX).find((p) => key.startsWith(p))
    const id = prefix ? key.slice(prefix.length) : ''
    if (!prefix || !isId(id)) {
      out.invalid.push({ key, reason: 'unknown Runlens tag' })
      continue
    }
    const o = parseJson(value)
    let result: unknown
    if (typeof o === 'string') result = o
    else if (prefix === TAG_PREFIX.audit) result = decodeAudit(key, o, at)
    else if (at.version === undefined) result = 'approval tags belong on a model version'
    else if (prefix === TAG_PREFIX.request) result = decodeRequest(id, o, { model: at.model, version: at.version })
    else if (prefix === TAG_PREFIX.decision) result = decodeDecision(id, o)
    else result = decodeClaim(id, o)
    if (typeof result === 'string') out.invalid.push({ key, reason: result })
    else if (prefix === TAG_PREFIX.request) out.requests.push(result as ApprovalRequest)
    else if (prefix === TAG_PREFIX.decision) out.decisions.set(id, result as Decision)
    else if (prefix === TAG_PREFIX.claim) out.claims.set(id, result as Claim)
    else out.audit.push(result as AuditEvent)
  }
  out.requests.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  out.audit.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return out
}

export { encodeRequest, encodeDecision, encodeClaim, encodeAudit, auditKey, newId } from './approval-encode.ts'
