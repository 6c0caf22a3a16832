import { describe, expect, it } from 'vitest'
import { auditKey, decodeApprovalTags, encodeAudit, encodeClaim, encodeDecision, encodeRequest, MAX_TAG_VALUE, newId, type ApprovalRequest } from './approval-tags'

const at = { model: 'detector', version: '3' }
const request: ApprovalRequest = {
  id: 'lx3k9a2b-4f2a9c',
  model: 'detector',
  version: '3',
  target: { kind: 'stage', stage: 'Production', archiveExisting: true },
  from: { stage: 'Staging', holders: ['2'], aliasVersion: null },
  requester: { name: 'rita', isVerified: false },
  comment: 'mAP +2.1, latency same',
  createdAt: 1_715_000_000_000,
}
const enc = encodeRequest(request)

describe('round trips', () => {
  it('request, decision, claim and audit decode to what was encoded', () => {
    const decision = encodeDecision({ id: request.id, outcome: 'approved', by: { name: 'lee', isVerified: true }, comment: 'ok', at: 1_715_000_100_000 })
    const claim = encodeClaim({ id: request.id, token: 'tok-abcdef', by: 'lee', at: 1_715_000_090_000 })
    const audit = encodeAudit({ key: auditKey(1_715_000_100_000, 'ab12'), model: 'detector', version: '3', by: { name: 'lee', isVerified: true }, at: 1_715_000_100_000, comment: 'ok', requestId: request.id,
      effects: [{ kind: 'stage', version: '2', from: 'Production', to: 'Archived', isImplicit: true }, { kind: 'stage', version: '3', from: 'Staging', to: 'Production', isImplicit: false }] })
    const tags = { [enc.key]: enc.value, [decision.key]: decision.value, [claim.key]: claim.value, [audit.key]: audit.value, validation_status: 'pending' }
    const d = decodeApprovalTags(tags, at)
    expect(d.invalid).toEqual([])
    expect(d.requests).toEqual([request])
    expect(d.decisions.get(request.id)).toMatchObject({ outcome: 'approved', by: { name: 'lee', isVerified: true } })
    expect(d.claims.get(request.id)?.token).toBe('tok-abcdef')
    expect(d.audit).toHaveLength(1)
    expect(d.audit[0]).toMatchObject({ key: 'runlens.audit.1715000100000-ab12', requestId: request.id, isTruncated: false })
    expect(d.audit[0]?.effects).toHaveLength(2)
  })

  it('writes the documented wire format', () => {
    expect(enc.key).toBe('runlens.request.lx3k9a2b-4f2a9c')
    expect(JSON.parse(enc.value)).toEqual({
      v: 1, id: request.id, kind: 'stage', target: 'Production', archiveExisting: true, model: 'detector', version: '3',
      from: { stage: 'Staging', holders: ['2'], alias: null }, requester: 'rita', requesterVerified: false, comment: 'mAP +2.1, latency same', createdAt: 1_715_000_000_000, status: 'pending',
    })
    const alias = encodeRequest({ ...request, target: { kind: 'alias', alias: 'champion' }, from: { stage: 'Staging', holders: [], aliasVersion: '2' } })
    expect(decodeApprovalTags({ [alias.key]: alias.value }, at).requests[0]?.target).toEqual({ kind: 'alias', alias: 'champion' })
  })

  it('ids and audit keys are tag-safe and time-ordered', () => {
    expect(newId(1_715_000_000_000, 'AB_c9!')).toBe('lvuypx4w-abc9')
    expect(auditKey(5, 'x')).toBe('runlens.audit.0000000000005-x')
    expect(auditKey(1_715_000_000_000, 'a') < auditKey(1_715_000_000_001, 'a')).toBe(true)
  })
})

describe('encoding limits', () => {
  it('rejects an over-long comment before writing', () => {
    expect(() => encodeRequest({ ...request, comment: 'x'.repeat(1001) })).toThrow(RangeError)
  })
  it('shortens huge audit values to stay under the limit and marks the event truncated', () => {
    const huge = 'y'.repeat(20_000)
    const e = encodeAudit({ key: auditKey(1_715_000_000_000, 'a1'), model: 'detector', by: { name: 'lee', isVerified: false }, at: 1_715_000_000_000, comment: 'c',
      effects: [{ kind: 'description', from: huge, to: huge }, ...Array.from({ length: 40 }, (_, i) => ({ kind: 'tag' as const, key: `k${i}`, from: huge, to: null }))] })
    expect(e.value.length).toBeLessThan(MAX_TAG_VALUE)
    const d = decodeApprovalTags({ [e.key]: e.value }, { model: 'detector' })
    expect(d.invalid).toEqual([])
    expect(d.audit[0]?.isTruncated).toBe(true)
  })
})

describe('hostile and garbage tag values', () => {
  const base = JSON.parse(enc.value) as Record<string, unknown>
  const variant = (patch: Record<string, unknown>) => JSON.stringify({ ...base, ...patch })
  it.each<[string, string, string, RegExp]>([
    ['not JSON', enc.key, '{nope', /not JSON/],
    ['JSON array', enc.key, '[1,2]', /not a JSON object/],
    ['JSON null', enc.key, 'null', /not a JSON object/],
    ['future schema', enc.key, variant({ v: 2 }), /unsupported schema version 2/],
    ['missing schema', enc.key, JSON.stringify({ id: request.id }), /unsupported schema version/],
    ['id mismatch', enc.key, variant({ id: 'other-1234' }), /id does not match/],
    ['copied from another version', enc.key, variant({ version: '4' }), /copied/],
    ['copied from another model', enc.key, variant({ model: 'segmenter' }), /copied/],
    ['bad stage', enc.key, variant({ target: 'Prod' }), /kind\/target/],
    ['reserved alias', enc.key, variant({ kind: 'alias', target: 'latest' }), /kind\/target/],
    ['unknown kind', enc.key, variant({ kind: 'delete-everything' }), /kind\/target/],
    ['object as requester', enc.key, variant({ requester: { toString: 'x' } }), /requester/],
    ['control chars in requester', enc.key, variant({ requester: 'a\u0000b' }), /requester/],
    ['huge requester', enc.key, variant({ requester: 'r'.repeat(5000) }), /requester/],
    ['string timestamp', enc.key, variant({ createdAt: '1715000000000' }), /createdAt/],
    ['NaN-ish timestamp', enc.key, variant({ createdAt: 1e300 }), /createdAt/],
    ['holders not versions', enc.key, variant({ from: { stage: 'Staging', holders: ['<img>'], alias: null } }), /snapshot/],
    ['number comment', enc.key, variant({ comment: 42 }), /comment/],
    ['proto pollution', enc.key, '{"__proto__":{"polluted":true},"v":1}', /id does not match/],
    ['bad decision outcome', 'runlens.decision.lx3k9a2b-4f2a9c', JSON.stringify({ v: 1, id: request.id, outcome: 'maybe', by: 'x', at: 1_715_000_000_000, comment: '' }), /outcome/],
    ['bad claim token', 'runlens.claim.lx3k9a2b-4f2a9c', JSON.stringify({ v: 1, id: request.id, token: 'BAD TOKEN', by: 'x', at: 1_715_000_000_000 }), /claim/],
    ['bad audit effect', 'runlens.audit.1715000000000-a1', JSON.stringify({ v: 1, model: 'detector', version: '3', by: 'x', at: 1_715_000_000_000, comment: '', effects: [{ kind: 'stage', version: '1', from: 'Nope', to: 'None', isImplicit: false }] }), /effects/],
    ['audit from elsewhere', 'runlens.audit.1715000000000-a1', JSON.stringify({ v: 1, model: 'detector', version: '2', by: 'x', at: 1_715_000_000_000, comment: '', effects: [] }), /copied/],
    ['unknown runlens key', 'runlens.secret', '{}', /unknown Runlens tag/],
    ['bad id in key', 'runlens.request.UPPER CASE', enc.value, /unknown Runlens tag/],
    ['very long value', enc.key, 'x'.repeat(100_000), /too long/],
  ])('%s', (_name, key, value, reason) => {
    const d = decodeApprovalTags({ [key]: value }, at)
    expect(d.requests).toEqual([])
    expect(d.decisions.size + d.claims.size + d.audit.length).toBe(0)
    expect(d.invalid).toHaveLength(1)
    expect(d.invalid[0]?.reason).toMatch(reason)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('ignores tags outside the runlens namespace and request tags on the model itself', () => {
    const d = decodeApprovalTags({ 'mlflow.note': 'x', runlens: 'y', [enc.key]: enc.value }, { model: 'detector' })
    expect(d.requests).toEqual([])
    expect(d.invalid).toEqual([{ key: enc.key, reason: 'approval tags belong on a model version' }])
  })

  it('clips an over-long comment read back from a tag', () => {
    const d = decodeApprovalTags({ [enc.key]: variant({ comment: 'c'.repeat(3000) }) }, at)
    expect(d.requests[0]?.comment).toHaveLength(1000)
  })
})
