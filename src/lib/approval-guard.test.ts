import { describe, expect, it } from 'vitest'
import { CLAIM_TTL_MS, changeOfRequest, findConflicts, isLiveClaim, judgeClaim, requestStatus, requestTitle, snapshotFor } from './approval-guard'
import type { ApprovalRequest, Claim, Decision } from './approval-tags'
import type { RegistrySnapshot } from './registry-change'

const snap = (stages: Record<string, 'None' | 'Staging' | 'Production' | 'Archived'>, aliases: Record<string, string> = {}): RegistrySnapshot => ({
  model: 'detector',
  versions: Object.entries(stages).map(([version, stage]) => ({ version, stage })),
  aliases: Object.entries(aliases).map(([alias, version]) => ({ alias, version })),
})
const demo = snap({ 1: 'Archived', 2: 'Production', 3: 'Staging', 4: 'None' }, { champion: '2', challenger: '3' })

const stageReq = (): ApprovalRequest => {
  const target = { kind: 'stage' as const, stage: 'Production' as const, archiveExisting: true }
  return { id: 'req-0001', model: 'detector', version: '3', target, from: snapshotFor('3', target, demo)!, requester: { name: 'rita', isVerified: false }, comment: 'c', createdAt: 1_715_000_000_000 }
}
const aliasReq = (): ApprovalRequest => {
  const target = { kind: 'alias' as const, alias: 'champion' }
  return { ...stageReq(), target, from: snapshotFor('3', target, demo)! }
}

describe('snapshotFor', () => {
  it('captures the candidate stage, the target stage holders and the alias holder', () => {
    expect(stageReq().from).toEqual({ stage: 'Staging', holders: ['2'], aliasVersion: null })
    expect(aliasReq().from).toEqual({ stage: 'Staging', holders: [], aliasVersion: '2' })
    expect(snapshotFor('9', { kind: 'alias', alias: 'x' }, demo)).toBeNull()
  })
})

describe('findConflicts', () => {
  it.each<[string, () => ApprovalRequest, RegistrySnapshot, RegExp[]]>([
    ['unchanged stage request', stageReq, demo, []],
    ['unrelated alias change is fine for a stage request', stageReq, snap({ 1: 'Archived', 2: 'Production', 3: 'Staging', 4: 'None' }, { champion: '4' }), []],
    ['candidate moved', stageReq, snap({ 1: 'Archived', 2: 'Production', 3: 'None', 4: 'None' }), [/v3 is now in None \(it was in Staging/]],
    ['someone else promoted', stageReq, snap({ 1: 'Archived', 2: 'Archived', 3: 'Staging', 4: 'Production' }), [/Production now holds v4 \(it held v2/]],
    ['target emptied', stageReq, snap({ 1: 'Archived', 2: 'Archived', 3: 'Staging', 4: 'None' }), [/Production now holds no version/]],
    ['candidate deleted', stageReq, snap({ 1: 'Archived', 2: 'Production' }), [/Version 3 of detector was deleted/]],
    ['unchanged alias request', aliasReq, demo, []],
    ['alias moved meanwhile', aliasReq, snap({ 1: 'Archived', 2: 'Production', 3: 'Staging', 4: 'None' }, { champion: '4' }), [/Alias champion now points to v4 \(it pointed to v2/]],
    ['alias removed meanwhile', aliasReq, snap({ 1: 'Archived', 2: 'Production', 3: 'Staging', 4: 'None' }), [/now points to nothing/]],
    ['both changed', aliasReq, snap({ 1: 'Archived', 2: 'Production', 3: 'Production', 4: 'None' }, { champion: '3' }), [/v3 is now in Production/, /now points to v3/]],
  ])('%s', (_n, make, current, expected) => {
    const conflicts = findConflicts(make(), current)
    expect(conflicts).toHaveLength(expected.length)
    expected.forEach((re, i) => expect(conflicts[i]).toMatch(re))
  })
})

describe('claims', () => {
  const claim = (token: string, at = 1_000_000_000_000): Claim => ({ id: 'req-0001', token, by: 'lee', at })
  const decision: Decision = { id: 'req-0001', outcome: 'approved', by: { name: 'lee', isVerified: false }, comment: '', at: 1 }
  it.each<[string, { claim?: Claim; decision?: Decision }, string]>([
    ['my token stored', { claim: claim('tok-a') }, 'mine'],
    ['other token stored (last writer wins)', { claim: claim('tok-b') }, 'taken'],
    ['decided meanwhile', { claim: claim('tok-a'), decision }, 'decided'],
    ['claim vanished', {}, 'missing'],
  ])('%s', (_n, stored, verdict) => expect(judgeClaim(stored, 'tok-a')).toBe(verdict))

  it('exactly one of two concurrent claimers proceeds whatever the write order', () => {
    for (const last of ['tok-a', 'tok-b']) {
      const stored = { claim: claim(last) }
      expect([judgeClaim(stored, 'tok-a'), judgeClaim(stored, 'tok-b')].filter((v) => v === 'mine')).toHaveLength(1)
    }
  })

  it('claims expire, and your own claim never blocks you', () => {
    const now = 1_000_000_000_000
    expect(isLiveClaim(claim('tok-b', now - 1000), now)).toBe(true)
    expect(isLiveClaim(claim('tok-b', now - CLAIM_TTL_MS - 1), now)).toBe(false)
    expect(isLiveClaim(claim('tok-b', now + 10 * CLAIM_TTL_MS), now)).toBe(false)
    expect(isLiveClaim(claim('tok-a', now), now, 'tok-a')).toBe(false)
    expect(requestStatus(undefined, claim('tok-b', now), now)).toBe('approving')
    expect(requestStatus(decision, claim('tok-b', now), now)).toBe('approved')
    expect(requestStatus(undefined, undefined, now)).toBe('pending')
  })
})

describe('changeOfRequest / requestTitle', () => {
  it('maps requests to registry changes', () => {
    expect(changeOfRequest(stageReq())).toEqual({ kind: 'stage', model: 'detector', version: '3', toStage: 'Production', archiveExisting: true })
    expect(changeOfRequest(aliasReq())).toEqual({ kind: 'alias-set', model: 'detector', alias: 'champion', version: '3' })
    expect(requestTitle(stageReq())).toBe('v3 → Production (archive existing)')
    expect(requestTitle(aliasReq())).toBe('@champion → v3')
  })
})
