import { setModelTag, setModelVersionTag } from '../../../api/registry.ts'
import { auditKey, encodeAudit, type Actor } from '../../../lib/approval-tags.ts'
import type { Effect } from '../../../lib/registry-change.ts'
import type { PendingTag } from './flow-error.ts'

/** Random lowercase hex (ids, claim tokens, audit key suffixes). */
export function randomHex(bytes = 6): string {
  const a = new Uint8Array(bytes)
  crypto.getRandomValues(a)
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Writes tags in order; returns the ones that failed (from the first failure on) and the error. */
export async function writeTags(tags: readonly PendingTag[]): Promise<{ failed: PendingTag[]; error?: unknown }> {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]
    if (!t) continue
    try {
      if (t.version === undefined) await setModelTag(t.model, t.key, t.value)
      else await setModelVersionTag(t.model, t.version, t.key, t.value)
    } catch (error) {
      return { failed: tags.slice(i), error }
    }
  }
  return { failed: [] }
}

/** The audit tag of applied effects, on `version` (or on the registered model when undefined). */
export function auditTag(a: { model: string; version?: string; by: Actor; comment: string; effects: Effect[]; requestId?: string; at?: number }): PendingTag {
  const at = a.at ?? Date.now()
  const enc = encodeAudit({ key: auditKey(at, randomHex(4)), model: a.model, version: a.version, by: a.by, at, comment: a.comment, effects: a.effects, requestId: a.requestId })
  return { model: a.model, version: a.version, key: enc.key, value: enc.value }
}
