import { describe, expect, it } from 'vitest'
import { auditKey, encodeAudit, encodeClaim, encodeDecision, encodeRequest, type ApprovalRequest } from './approval-tags'
import { buildTimeline, requestsOf } from './approval-timeline'

const T = 1_715_000_000_000
const req = (id: string, version: string, createdAt: number): ApprovalRequest => ({
  id, model: 'detector', version, target: { kind: 'alias', alias: 'champion' }, from: { stage: 'Staging', holders: [], aliasVersion: '2' },
  requester: { name: 'rita', isVerified: false }, comment: `why ${id}`, createdAt,
})
const tag = (e: { key: string; value: string }) => ({ [e.key]: e.value })

const r1 = req('req-0001', '3', T)
const r2 = req('req-0002', '4', T + 10)
const v3 = {
  version: '3',
  tags: {
    ...tag(encodeRequest(r1)),
    ...tag(encodeDecision({ id: r1.id, outcome: 'approved', by: { name: 'lee', isVerified: true }, comment: 'ship it', at: T + 100 })),
    ...tag(encodeAudit({ key: auditKey(T + 100, 'aa11'), model: 'detector', version: '3', by: { name: 'lee', isVerified: true }, at: T + 100, comment: 'ship it', requestId: r1.id, effects: [{ kind: 'alias', alias: 'champion', from: '2', to: '3' }] })),
    junk: 'x',
    'runlens.request.bad-0001': '{"v":1}',
  },
}
const v4 = { version: '4', tags: { ...tag(encodeRequest(r2)), ...tag(encodeClaim({ id: r2.id, token: 'tok-1234', by: 'lee', at: T + 20 })) } }
const modelTags = tag(encodeAudit({ key: auditKey(T + 50, 'bb22'), model: 'detector', by: { name: 'ann', isVerified: false }, at: T + 50, comment: 'desc', effects: [{ kind: 'tag', key: 'owner', from: null, to: 'perception' }] }))

describe('requestsOf', () => {
  it('pairs requests with decisions and live claims', () => {
    const items = requestsOf('detector', [v4, v3], T + 30)
    expect(items.map((i) => [i.request.id, i.status])).toEqual([['req-0001', 'approved'], ['req-0002', 'approving']])
    expect(requestsOf('detector', [v4], T + 10 * 60_000)[0]?.status).toBe('pending')
  })
})

describe('buildTimeline', () => {
  it('lists changes, decisions and requests newest first with rollbacks', () => {
    const t = buildTimeline('detector', modelTags, [v3, v4])
    expect(t.map((e) => [e.kind, e.title, e.version ?? '-'])).toEqual([
      ['change', 'alias champion moves from v2 to v3', '3'],
      ['decision', 'Request @champion → v3 approved', '3'],
      ['change', 'model tag owner = "perception" (new)', '-'],
      ['request', '@champion → v4 requested', '4'],
      ['request', '@champion → v3 requested', '3'],
    ])
    expect(t[0]?.rollback).toEqual({ change: { kind: 'alias-set', model: 'detector', alias: 'champion', version: '2' }, label: 'Move champion back to v2' })
    expect(t[0]?.by).toEqual({ name: 'lee', isVerified: true })
    expect(t[2]?.rollback?.label).toBe('Restore previous tags')
    expect(t[1]?.rollback).toBeNull()
  })
})
