import { describe, expect, it, vi } from 'vitest'
import { MlflowApiError } from '../api/client.ts'
import { toast } from '../components/ui/toast-store.ts'
import { createQueryClient, retryDelay, shouldRetry } from './query-client.ts'

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

describe('createQueryClient error toasts', () => {
  const fail = () => Promise.reject(err(404))

  it.each([
    { name: 'first load fails: shown inline, no toast', seed: false, toasts: 0 },
    { name: 'background refetch fails: toast', seed: true, toasts: 1 },
  ])('$name', async ({ seed, toasts }) => {
    const spy = vi.spyOn(toast, 'error').mockReturnValue(undefined)
    const client = createQueryClient()
    if (seed) client.setQueryData(['k'], 'old')
    await client.fetchQuery({ queryKey: ['k'], queryFn: fail, staleTime: 0 }).catch(() => {})
    expect(spy).toHaveBeenCalledTimes(toasts)
    spy.mockRestore()
  })

  it.each([
    { name: 'mutation without inline error: toast', meta: undefined, toasts: 1 },
    { name: 'mutation with inline error: no toast', meta: { hasInlineError: true }, toasts: 0 },
  ])('$name', async ({ meta, toasts }) => {
    const spy = vi.spyOn(toast, 'error').mockReturnValue(undefined)
    const client = createQueryClient()
    await client
      .getMutationCache()
      .build(client, { mutationFn: fail, meta })
      .execute(undefined)
      .catch(() => {})
    expect(spy).toHaveBeenCalledTimes(toasts)
    spy.mockRestore()
  })
})
