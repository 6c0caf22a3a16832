import type { Effect } from '../../../lib/registry-change.ts'

/** A tag write that still has to happen (the change itself is done). */
export type PendingTag = { model: string; version?: string; key: string; value: string }

export type FlowErrorKind =
  /** The registry changed since the request or since the dialog opened; nothing was applied. */
  | 'conflict'
  /** Someone decided the request already. */
  | 'decided'
  /** Another lead is applying it right now. */
  | 'taken'
  /** The version is gone. */
  | 'gone'
  /** The change was applied but recording it (decision / audit tags) failed: `pending` holds the writes. */
  | 'unrecorded'
  /** Some calls of a multi-call change succeeded before one failed. */
  | 'partial'
  /** Nothing to do (already in that state). */
  | 'noop'
  /** Writing the claim took so long that the concurrency guard cannot be trusted; nothing applied. */
  | 'slow'

/** Failures of the registry change/approval flows that are not plain HTTP errors. */
export class FlowError extends Error {
  readonly kind: FlowErrorKind
  readonly details: string[]
  readonly pending: PendingTag[]
  readonly applied: Effect[]
  readonly cause?: unknown

  constructor(kind: FlowErrorKind, message: string, extra: { details?: string[]; pending?: PendingTag[]; applied?: Effect[]; cause?: unknown } = {}) {
    super(message)
    this.name = 'FlowError'
    this.kind = kind
    this.details = extra.details ?? []
    this.pending = extra.pending ?? []
    this.applied = extra.applied ?? []
    this.cause = extra.cause
  }
}
