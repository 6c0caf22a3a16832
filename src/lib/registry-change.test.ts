import { describe, expect, it } from 'vitest'
import { describeEffect, describeEffects, planChange, rollbackLabel, rollbackOf, type Effect, type RegistryChange, type RegistrySnapshot } from './registry-change'

// The demo registry: detector v1 Archived, v2 Production @champion, v3 Staging @challenger, v4 None.
const detector: RegistrySnapshot = {
  model: 'detector',
  versions: [
    { version: '1', stage: 'Archived', tags: {}, description: '' },
    { version: '2', stage: 'Production', tags: { validation_status: 'passed' }, description: 'v2' },
    { version: '3', stage: 'Staging', tags: { validation_status: 'pending' }, description: '' },
    { version: '4', stage: 'None', tags: { candidate: 'true' }, description: 'best child' },
  ],
  aliases: [
    { alias: 'champion', version: '2' },
    { alias: 'challenger', version: '3' },
  ],
  modelTags: { task: 'object-detection' },
  modelDescription: '# detector',
}
const m = 'detector'

describe('planChange → describeEffects', () => {
  it.each<[string, RegistryChange, string, string | null]>([
    ['promote with archive', { kind: 'stage', model: m, version: '3', toStage: 'Production', archiveExisting: true }, 'Production: v2 → Archived; v3: Staging → Production', '2'],
    ['promote without archive', { kind: 'stage', model: m, version: '3', toStage: 'Production', archiveExisting: false }, 'v3: Staging → Production', '2'],
    ['same stage is a no-op', { kind: 'stage', model: m, version: '2', toStage: 'Production', archiveExisting: true }, 'No change', null],
    ['archive flag ignored for Archived target', { kind: 'stage', model: m, version: '4', toStage: 'Archived', archiveExisting: true }, 'v4: None → Archived', '1'],
    ['to None archives nothing', { kind: 'stage', model: m, version: '3', toStage: 'None', archiveExisting: true }, 'v3: Staging → None', '4'],
    ['empty target stage', { kind: 'stage', model: m, version: '4', toStage: 'Staging', archiveExisting: true }, 'Staging: v3 → Archived; v4: None → Staging', '3'],
    ['alias moves', { kind: 'alias-set', model: m, alias: 'champion', version: '3' }, 'alias champion moves from v2 to v3', '2'],
    ['alias new', { kind: 'alias-set', model: m, alias: 'canary', version: '4' }, 'alias canary is set on v4', null],
    ['alias already there', { kind: 'alias-set', model: m, alias: 'champion', version: '2' }, 'No change', '2'],
    ['alias removed', { kind: 'alias-delete', model: m, alias: 'challenger' }, 'alias challenger is removed from v3', '3'],
    ['alias delete unknown', { kind: 'alias-delete', model: m, alias: 'nope' }, 'No change', null],
    ['stages rollback', { kind: 'stages', model: m, assignments: [{ version: '2', stage: 'Production' }, { version: '3', stage: 'Production' }] }, 'v3: Staging → Production', null],
  ])('%s', (_name, change, summary, incumbent) => {
    const plan = planChange(change, detector)
    expect(describeEffects(plan.effects)).toBe(summary)
    expect(plan.incumbent).toBe(incumbent)
    expect(plan.isMissingVersion).toBe(false)
  })

  it('warns when an alias moves and when archiving', () => {
    expect(planChange({ kind: 'alias-set', model: m, alias: 'champion', version: '3' }, detector).warnings[0]).toMatch(/moves from v2 to v3.*models:\/detector@champion/)
    expect(planChange({ kind: 'stage', model: m, version: '3', toStage: 'Production', archiveExisting: true }, detector).warnings).toEqual(['v2 will leave Production and be archived.'])
    expect(planChange({ kind: 'stage', model: m, version: '3', toStage: 'Production', archiveExisting: false }, detector).warnings[0]).toMatch(/v2 will stay in Production/)
  })

  it('archives every other holder, lowest first', () => {
    const two = { ...detector, versions: [...detector.versions, { version: '5', stage: 'Production' as const }] }
    const plan = planChange({ kind: 'stage', model: m, version: '3', toStage: 'Production', archiveExisting: true }, two)
    expect(describeEffects(plan.effects)).toBe('Production: v2 → Archived; Production: v5 → Archived; v3: Staging → Production')
    expect(plan.incumbent).toBe('5')
  })

  it('reports deleted versions instead of planning', () => {
    for (const change of [
      { kind: 'stage', model: m, version: '9', toStage: 'Staging', archiveExisting: false },
      { kind: 'alias-set', model: m, alias: 'champion', version: '9' },
      { kind: 'tags', model: m, version: '9', set: { a: 'b' }, remove: [] },
      { kind: 'description', model: m, version: '9', description: 'x' },
    ] satisfies RegistryChange[]) {
      const plan = planChange(change, detector)
      expect(plan.isMissingVersion).toBe(true)
      expect(plan.effects).toEqual([])
      expect(plan.warnings[0]).toMatch(/Version 9 no longer exists/)
    }
  })

  it('plans tag edits (sorted, unchanged values skipped) and descriptions', () => {
    const tags = planChange({ kind: 'tags', model: m, version: '3', set: { validation_status: 'passed', zeta: '1', owner: 'x' }, remove: ['nope', 'validation_status'] }, detector)
    expect(tags.effects.map(describeEffect)).toEqual(['v3 tag validation_status removed (was "pending")', 'v3 tag owner = "x" (new)', 'v3 tag validation_status: "pending" → "passed"', 'v3 tag zeta = "1" (new)'])
    expect(planChange({ kind: 'tags', model: m, set: { task: 'object-detection' }, remove: ['__proto__'] }, detector).effects).toEqual([])
    expect(describeEffects(planChange({ kind: 'description', model: m, description: 'new' }, detector).effects)).toBe('model description changes (3 characters)')
    expect(describeEffects(planChange({ kind: 'description', model: m, version: '3', description: 'hi' }, detector).effects)).toBe('v3 description is set (2 characters)')
  })
})

describe('rollbackOf', () => {
  it.each<[string, Effect[], RegistryChange | null, string | null]>([
    ['alias move', [{ kind: 'alias', alias: 'champion', from: '2', to: '3' }], { kind: 'alias-set', model: m, alias: 'champion', version: '2' }, 'Move champion back to v2'],
    ['alias created', [{ kind: 'alias', alias: 'canary', from: null, to: '4' }], { kind: 'alias-delete', model: m, alias: 'canary' }, 'Remove canary again'],
    ['alias removed', [{ kind: 'alias', alias: 'canary', from: '4', to: null }], { kind: 'alias-set', model: m, alias: 'canary', version: '4' }, 'Move canary back to v4'],
    [
      'transition with archive',
      [{ kind: 'stage', version: '2', from: 'Production', to: 'Archived', isImplicit: true }, { kind: 'stage', version: '3', from: 'Staging', to: 'Production', isImplicit: false }],
      { kind: 'stages', model: m, assignments: [{ version: '2', stage: 'Production' }, { version: '3', stage: 'Staging' }] },
      'Restore v2 to Production, v3 to Staging',
    ],
    ['tags', [{ kind: 'tag', version: '3', key: 'a', from: null, to: 'x' }, { kind: 'tag', version: '3', key: 'b', from: 'old', to: 'new' }], { kind: 'tags', model: m, version: '3', set: { b: 'old' }, remove: ['a'] }, 'Restore previous tags'],
    ['nothing', [], null, null],
  ])('%s', (_n, effects, expected, label) => {
    const change = rollbackOf(m, effects)
    expect(change).toEqual(expected)
    expect(change ? rollbackLabel(change) : null).toBe(label)
  })

  it('undoing a planned change restores the snapshot', () => {
    const change: RegistryChange = { kind: 'stage', model: m, version: '3', toStage: 'Production', archiveExisting: true }
    const plan = planChange(change, detector)
    const after: RegistrySnapshot = { ...detector, versions: detector.versions.map((v) => ({ ...v, stage: v.version === '2' ? 'Archived' : v.version === '3' ? 'Production' : v.stage })) }
    const undo = rollbackOf(m, plan.effects)
    expect(undo && describeEffects(planChange(undo, after).effects)).toBe('v2: Archived → Production; v3: Production → Staging')
  })
})
