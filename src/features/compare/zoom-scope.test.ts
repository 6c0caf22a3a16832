import { describe, expect, it } from 'vitest'
import { zoomGroup, zoomScope, zoomScopeNote, type ZoomScope } from './zoom-scope.ts'

describe('zoomScope', () => {
  it.each([
    { keys: ['train_loss'], x: 'step', want: 'steps' },
    { keys: ['train_loss', 'val_mAP'], x: 'step', want: 'steps' },
    { keys: ['system/gpu_0_utilization_percentage'], x: 'step', want: 'system' },
    { keys: ['system/cpu', 'system/memory'], x: 'step', want: 'system' },
    { keys: ['system/cpu', 'train_loss'], x: 'step', want: 'chart' },
    { keys: ['systems/cpu'], x: 'step', want: 'steps' },
    { keys: ['system/cpu'], x: 'wall', want: 'time' },
    { keys: ['system/cpu', 'train_loss'], x: 'relative', want: 'time' },
    { keys: ['train_loss'], x: 'relative', want: 'time' },
  ] as const)('$keys on $x → $want', ({ keys, x, want }) => {
    expect(zoomScope(keys, x)).toBe(want)
  })

  it.each([
    { scope: 'steps', x: 'step', group: 'compare-step', hasNote: false },
    { scope: 'time', x: 'wall', group: 'compare-wall', hasNote: false },
    { scope: 'system', x: 'step', group: 'compare-system-samples', hasNote: true },
    { scope: 'chart', x: 'step', group: undefined, hasNote: true },
  ] as const)('$scope: group $group', ({ scope, x, group, hasNote }) => {
    expect(zoomGroup(scope as ZoomScope, x)).toBe(group)
    expect(zoomScopeNote(scope as ZoomScope) !== undefined).toBe(hasNote)
  })

  it('system charts never share a group with step charts', () => {
    expect(zoomGroup(zoomScope(['system/cpu'], 'step'), 'step')).not.toBe(zoomGroup(zoomScope(['loss'], 'step'), 'step'))
  })
})
