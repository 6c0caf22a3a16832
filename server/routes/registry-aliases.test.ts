import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registryTestApp, type RegistryTestApp } from './registry-test-app.ts'

let t: RegistryTestApp

/** Status and body only: these tests compare whole answers. */
async function call(method: string, path: string, body?: unknown) {
  const { status, body: answer } = await t.call(method, path, body)
  return { status, body: answer }
}

beforeEach(async () => {
  t = registryTestApp()
  await call('POST', 'registered-models/create', { name: 'detector' })
  for (let i = 0; i < 4; i++) await call('POST', 'model-versions/create', { name: 'detector', source: 's' })
})
afterEach(() => t.close())

describe('registered-models/alias', () => {
  it('sets, resolves, moves and deletes an alias', async () => {
    expect(await call('POST', 'registered-models/alias', { name: 'detector', alias: 'candidate', version: '4' })).toEqual({ status: 200, body: {} })
    const got = await call('GET', 'registered-models/alias?name=detector&alias=candidate')
    expect(got.body.model_version.version).toBe('4')
    expect(got.body.model_version.aliases).toEqual(['candidate'])
    await call('POST', 'registered-models/alias', { name: 'detector', alias: 'candidate', version: '2' })
    expect((await call('GET', 'registered-models/alias?name=detector&alias=candidate')).body.model_version.version).toBe('2')
    expect(await call('DELETE', 'registered-models/alias', { name: 'detector', alias: 'candidate' })).toEqual({ status: 200, body: {} })
    // Deleting again is idempotent, as recorded.
    expect(await call('DELETE', 'registered-models/alias', { name: 'detector', alias: 'candidate' })).toEqual({ status: 200, body: {} })
  })

  it.each([
    ['reserved latest', 'latest', '4', 400, "'latest' alias name (case insensitive) is reserved."],
    ['reserved LATEST', 'LATEST', '4', 400, "'latest' alias name (case insensitive) is reserved."],
    ['version-like', 'v4', '4', 400, "Version alias name 'v4' is reserved."],
    ['bad characters', 'a b', '4', 400, undefined],
    ['unknown version', 'ghost', '42', 404, 'Model Version (name=detector, version=42) not found'],
    ['non-numeric version', 'ghost', 'x', 400, undefined],
  ])('set: %s → %i', async (_label, alias, version, status, message) => {
    const res = await call('POST', 'registered-models/alias', { name: 'detector', alias, version })
    expect(res.status).toBe(status)
    if (message) expect(res.body.message).toBe(message)
  })

  it('unknown alias → 400 INVALID_PARAMETER_VALUE (as recorded, not 404)', async () => {
    const res = await call('GET', 'registered-models/alias?name=detector&alias=nope')
    expect(res).toEqual({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message: 'Registered model alias nope not found.' } })
  })

  it('DELETE with query parameters instead of a body → 400', async () => {
    const res = await call('DELETE', 'registered-models/alias?name=detector&alias=candidate')
    expect(res.status).toBe(400)
    expect(res.body.message).toContain("'name'")
  })

  it('alias on an unknown model → 404', async () => {
    expect((await call('POST', 'registered-models/alias', { name: 'nope', alias: 'a', version: '1' })).status).toBe(404)
  })
})
