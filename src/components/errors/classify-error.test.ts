import { describe, expect, it } from 'vitest'
import { MlflowApiError } from '../../api/client.ts'
import { classifyError } from './classify-error.ts'

const api = (status: number, errorCode: string, kind: 'http' | 'network' | 'parse' = 'http') =>
  new MlflowApiError({ status, errorCode, message: `msg ${errorCode}`, kind, url: '/api/x' })

describe('classifyError', () => {
  it.each([
    { name: 'network failure', error: api(0, 'NETWORK_ERROR', 'network'), kind: 'unreachable' },
    { name: 'proxy cannot reach MLflow', error: api(502, 'UPSTREAM_UNREACHABLE'), kind: 'unreachable' },
    { name: 'gateway timeout HTML', error: api(504, 'HTTP_504'), kind: 'unreachable' },
    { name: '401', error: api(401, 'UNAUTHENTICATED'), kind: 'unauthenticated' },
    { name: '403', error: api(403, 'PERMISSION_DENIED'), kind: 'forbidden' },
    { name: 'MLflow not found', error: api(404, 'RESOURCE_DOES_NOT_EXIST'), kind: 'not-found' },
    { name: 'RESOURCE_DOES_NOT_EXIST with 400 (2.x quirk)', error: api(400, 'RESOURCE_DOES_NOT_EXIST'), kind: 'not-found' },
    { name: 'routing 404 (HTML) is a failure', error: api(404, 'HTTP_404'), kind: 'failed' },
    { name: 'unknown endpoint JSON', error: api(404, 'ENDPOINT_NOT_FOUND'), kind: 'failed' },
    { name: '500', error: api(500, 'INTERNAL_ERROR'), kind: 'failed' },
    { name: 'bad JSON', error: api(200, 'MALFORMED_RESPONSE', 'parse'), kind: 'failed' },
    { name: 'plain Error', error: new Error('boom'), kind: 'failed' },
    { name: 'string', error: 'boom', kind: 'failed' },
  ])('$name → $kind', ({ error, kind }) => {
    expect(classifyError(error).kind).toBe(kind)
  })

  it('keeps the server message for auth errors', () => {
    expect(classifyError(api(403, 'PERMISSION_DENIED')).message).toBe('msg PERMISSION_DENIED')
  })
})
