/**
 * Plain type guards for values read back from registry tags (see approval-tags.ts). Each one
 * bounds lengths, so a hostile tag cannot make the UI render megabytes.
 */
import { STAGES, type Effect, type Stage } from './registry-change.ts'

/** One of MLflow's four stages, canonical spelling only. */
export function isStage(v: unknown): v is Stage {
  return typeof v === 'string' && (STAGES as readonly string[]).includes(v)
}

/** A model version number as MLflow sends it: 1..10 digits, no leading zero. */
export function isVersion(v: unknown): v is string {
  return typeof v === 'string' && /^[1-9]\d{0,9}$/.test(v)
}

/** An MLflow alias name: letters, digits, `_`, `-`; not `latest` nor version-like (`v3`). */
export function isAlias(v: unknown): v is string {
  return typeof v === 'string' && /^[\w-]{1,255}$/.test(v) && v.toLowerCase() !== 'latest' && !/^v\d+$/i.test(v)
}

/** A person's name: 1..200 chars, no control characters. */
export function isName(v: unknown): v is string {
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  return typeof v === 'string' && v.trim().length > 0 && v.length <= 200 && !/[\u0000-\u001f\u007f]/.test(v)
}

/** Ids of requests, claim tokens and audit keys: lowercase letters, digits and `-`, 4..64 chars. */
export function isId(v: unknown): v is string {
  return typeof v === 'string' && /^[a-z0-9-]{4,64}$/.test(v)
}

/** Epoch ms between 2000 and 2200. */
export function isTimestamp(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 946_684_800_000 && v <= 7_258_118_400_000
}

/** `s` cut to `max` characters. */
export function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s
}

const str = (v: unknown, max = 5000) => typeof v === 'string' && v.length <= max
const strOrNull = (v: unknown, max = 5000) => v === null || str(v, max)

/** A recorded effect (see `Effect`); tag keys are at most 250 characters, as in MLflow. */
export function isEffect(v: unknown): v is Effect {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const e = v as Record<string, unknown>
  const version = e.version === undefined || isVersion(e.version)
  switch (e.kind) {
    case 'stage':
      return isVersion(e.version) && isStage(e.from) && isStage(e.to) && typeof e.isImplicit === 'boolean'
    case 'alias':
      return isAlias(e.alias) && (e.from === null || isVersion(e.from)) && (e.to === null || isVersion(e.to)) && e.from !== e.to
    case 'tag':
      return version && str(e.key, 250) && (e.key as string).length > 0 && strOrNull(e.from) && strOrNull(e.to)
    case 'description':
      return version && str(e.from) && str(e.to)
    default:
      return false
  }
}
