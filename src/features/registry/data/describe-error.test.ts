import { describe, expect, it } from 'vitest'
import { MlflowApiError } from '../../../api/client.ts'
import { describeError } from './describe-error.ts'
import { FlowError } from './flow-error.ts'

const http = (status: number, errorCode: string, message: string) => new MlflowApiError({ status, errorCode, message, kind: 'http', url: '/x' })

describe('describeError', () => {
  it.each<[string, unknown, RegExp, RegExp | null]>([
    ['403', http(403, 'PERMISSION_DENIED', 'Permission denied for alice'), /^You lack permission for this on this server$/, /Server says: Permission denied for alice/],
    ['404', http(404, 'RESOURCE_DOES_NOT_EXIST', 'Model Version (name=d, version=9) not found'), /deleted meanwhile/, /not found/],
    ['400', http(400, 'INVALID_PARAMETER_VALUE', 'bad alias'), /refused/, /bad alias \(INVALID_PARAMETER_VALUE\)/],
    ['conflict', new FlowError('conflict', 'The registry changed', { details: ['v3 is now in None'] }), /registry changed/, /v3 is now in None/],
    ['partial', new FlowError('partial', 'Only part', { applied: [{ kind: 'stage', version: '2', from: 'Archived', to: 'Production', isImplicit: false }], cause: http(403, 'X', 'no') }), /Only part/, /Applied before the failure: v2: Archived → Production/],
  ])('%s', (_n, error, title, line) => {
    const view = describeError(error)
    expect(view.title).toMatch(title)
    if (line) expect(view.lines.join('\n')).toMatch(line)
  })

  it('keeps the pending writes of an unrecorded change', () => {
    const pending = [{ model: 'm', version: '1', key: 'runlens.decision.abcd', value: '{}' }]
    const view = describeError(new FlowError('unrecorded', 'applied but not recorded', { pending, cause: http(500, 'INTERNAL_ERROR', 'db locked') }))
    expect(view.pending).toEqual(pending)
    expect(view.lines.join(' ')).toMatch(/Record it again.*db locked/)
  })
})
