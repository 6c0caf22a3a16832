import { describe, expect, it } from 'vitest'
import { MlflowApiError } from '../api/client.ts'
import { retryDelay, shouldRetry } from './query-client.ts'

const err = (status: number, kind: 'http' | 'network' | 'parse' | 'aborted' = 'http') => new MlflowApiError({ status, errorCode: 'X', message: 'm', kind, url: '/u' })

describe('shouldRetry', () => {
  it.each([
    { name: 'network, first failure', count: 0, error: err(0, 'network'), want: true },
    { name: 'network, second failure', count: 1, error: err(0, 'network'), want: true },
    { name: 'network, after two retries', count: 2, error: err(0, 'network'), want: false },
    { name: '500', count: 0, error: err(500), want: true },
    { name: '502 from the proxy', count: 0, error: err(502), want: true },
    { name: '429', count: 0, error: err(429), want: true },
    { name: '400', count: 0, error: err(400), want: false },
    { name: '401', count: 0, error: err(401), want: false },
    { name: '404', count: 0, error: err(404), want: false },
    { name: 'malformed JSON', count: 0, error: err(200, 'parse'), want: false },
    { name: 'aborted', count: 0, error: err(0, 'aborted'), want: false },
    { name: 'a bug (TypeError)', count: 0, error: new TypeError('x'), want: false },
  ])('$name → $want', ({ count, error, want }) => expect(shouldRetry(count, error)).toBe(want))
})

describe('retryDelay', () => {
  it.each([
    [0, 1000],
    [1, 2000],
    [2, 4000],
    [5, 8000],
  ])('attempt %i → %i ms', (attempt, ms) => expect(retryDelay(attempt)).toBe(ms))
})
