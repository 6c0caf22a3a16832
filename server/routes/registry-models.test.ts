import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registryTestApp, type RegistryTestApp } from './registry-test-app.ts'

let t: RegistryTestApp

beforeEach(() => {
  t = registryTestApp()
})
afterEach(() => t.close())

const call = (method: string, path: string, body?: unknown) => t.call(method, path, body)
const post = (path: string, body: unknown) => call('POST', path, body)
const get = (path: string) => call('GET', path)

async function seed() {
  await post('registered-models/create', {
    name: 'detector',
    description: '# detector',
    tags: [{ key: 'task', value: 'object-detection' }],
  })
  for (let i = 1; i <= 4; i++)
    await post('model-versions/create', { name: 'detector', source: `mlflow-artifacts:/1/run${i}/artifacts/model`, run_id: `run${i}` })
  await post('model-versions/transition-stage', { name: 'detector', version: '1', stage: 'Archived' })
  await post('model-versions/transition-stage', { name: 'detector', version: '2', stage: 'Production' })
  await post('model-versions/transition-stage', { name: 'detector', version: '3', stage: 'Staging' })
  await post('registered-models/alias', { name: 'detector', alias: 'champion', version: '2' })
  await post('registered-models/alias', { name: 'detector', alias: 'challenger', version: '3' })
}

describe('registered-models create/get', () => {
  it('creates a model without description or tags in the recorded shape', async () => {
    const res = await post('registered-models/create', { name: 'extras-model' })
    expect(res.status).toBe(200)
    expect(Object.keys(res.body.registered_model)).toEqual(['name', 'creation_timestamp', 'last_updated_timestamp'])
    expect(res.body.registered_model.creation_timestamp).toBe(res.body.registered_model.last_updated_timestamp)
  })

  it('rejects a duplicate name with 400 RESOURCE_ALREADY_EXISTS', async () => {
    await post('registered-models/create', { name: 'detector' })
    const res = await post('registered-models/create', { name: 'detector' })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ error_code: 'RESOURCE_ALREADY_EXISTS', message: 'Registered Model (name=detector) already exists.' })
  })

  it('returns latest_versions per stage (first-seen order), tags and aliases', async () => {
    await seed()
    const { status, body } = await get('registered-models/get?name=detector')
    expect(status).toBe(200)
    const rm = body.registered_model
    expect(rm.latest_versions.map((v: { version: string; current_stage: string }) => [v.version, v.current_stage])).toEqual([
      ['1', 'Archived'],
      ['2', 'Production'],
      ['3', 'Staging'],
      ['4', 'None'],
    ])
    expect(rm.latest_versions[0].aliases).toBeUndefined()
    expect(rm.tags).toEqual([{ key: 'task', value: 'object-detection' }])
    expect(rm.aliases).toEqual([
      { alias: 'challenger', version: '3' },
      { alias: 'champion', version: '2' },
    ])
    expect(rm.description).toBe('# detector')
  })

  it.each([
    ['unknown model', 'registered-models/get?name=nope', 404, 'RESOURCE_DOES_NOT_EXIST'],
    ['missing name', 'registered-models/get', 400, 'INVALID_PARAMETER_VALUE'],
  ])('%s → %i', async (_label, path, status, code) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    expect(res.body.error_code).toBe(code)
  })

  it('is served under /ajax-api too', async () => {
    await post('registered-models/create', { name: 'm' })
    const res = await t.app.request('/ajax-api/2.0/mlflow/registered-models/get?name=m')
    expect(res.status).toBe(200)
  })

  it.each([
    ['tag key too long', { name: 'a', tags: [{ key: 'k'.repeat(251), value: 'v' }] }],
    ['tag value too long', { name: 'a', tags: [{ key: 'k', value: 'v'.repeat(100_001) }] }],
    ['tag key with traversal', { name: 'a', tags: [{ key: 'a/../b', value: 'v' }] }],
    ['name too long', { name: 'n'.repeat(257) }],
    ['empty name', { name: '' }],
  ])('validates: %s → 400', async (_label, body) => {
    const res = await post('registered-models/create', body)
    expect(res.status).toBe(400)
    expect(res.body.error_code).toBe('INVALID_PARAMETER_VALUE')
  })
})

describe('registered-models update/rename/delete/tags', () => {
  it('PATCH update sets the description and moves last_updated_timestamp', async () => {
    const created = (await post('registered-models/create', { name: 'm' })).body.registered_model
    await new Promise((r) => setTimeout(r, 5))
    const res = await call('PATCH', 'registered-models/update', { name: 'm', description: 'hello' })
    expect(res.body.registered_model.description).toBe('hello')
    expect(res.body.registered_model.last_updated_timestamp).toBeGreaterThan(created.last_updated_timestamp)
  })

  it('rename carries versions, tags and aliases along', async () => {
    await seed()
    const res = await post('registered-models/rename', { name: 'detector', new_name: 'detector-v2' })
    expect(res.status).toBe(200)
    expect(res.body.registered_model.name).toBe('detector-v2')
    expect(res.body.registered_model.aliases).toHaveLength(2)
    expect((await get('registered-models/get?name=detector')).status).toBe(404)
    const mv = await get('model-versions/get?name=detector-v2&version=2')
    expect(mv.body.model_version.aliases).toEqual(['champion'])
  })

  it('rename onto an existing name is RESOURCE_ALREADY_EXISTS', async () => {
    await post('registered-models/create', { name: 'a' })
    await post('registered-models/create', { name: 'b' })
    const res = await post('registered-models/rename', { name: 'a', new_name: 'b' })
    expect(res.status).toBe(400)
    expect(res.body.error_code).toBe('RESOURCE_ALREADY_EXISTS')
  })

  it('delete removes the model and its versions', async () => {
    await seed()
    expect((await call('DELETE', 'registered-models/delete', { name: 'detector' })).status).toBe(200)
    expect((await get('model-versions/get?name=detector&version=1')).status).toBe(404)
    expect((await call('DELETE', 'registered-models/delete', { name: 'detector' })).status).toBe(404)
  })

  it('set-tag / delete-tag (DELETE with JSON body), 404 for unknown model', async () => {
    await post('registered-models/create', { name: 'm' })
    expect((await post('registered-models/set-tag', { name: 'm', key: 'dashboard.pinned', value: 'true' })).body).toEqual({})
    expect((await get('registered-models/get?name=m')).body.registered_model.tags).toEqual([{ key: 'dashboard.pinned', value: 'true' }])
    expect((await call('DELETE', 'registered-models/delete-tag', { name: 'm', key: 'dashboard.pinned' })).status).toBe(200)
    expect((await get('registered-models/get?name=m')).body.registered_model.tags).toBeUndefined()
    const missing = await post('registered-models/set-tag', { name: 'nope', key: 'k', value: 'v' })
    expect(missing.status).toBe(404)
    expect(missing.body.message).toBe('Registered Model with name=nope not found')
  })
})

describe('registered-models/get-latest-versions', () => {
  it.each([
    ['POST', ['Production', 'staging'], [['2', 'Production', ['champion']], ['3', 'Staging', ['challenger']]]],
    ['GET', ['Archived'], [['1', 'Archived', undefined]]],
    ['POST', [], [['1', 'Archived', undefined], ['2', 'Production', ['champion']], ['3', 'Staging', ['challenger']], ['4', 'None', undefined]]],
  ])('%s stages=%j', async (method, stages, expected) => {
    await seed()
    const res =
      method === 'GET'
        ? await get(`registered-models/get-latest-versions?name=detector${stages.map((s) => `&stages=${s}`).join('')}`)
        : await post('registered-models/get-latest-versions', { name: 'detector', stages })
    expect(res.status).toBe(200)
    expect(res.body.model_versions.map((v: { version: string; current_stage: string; aliases?: string[] }) => [v.version, v.current_stage, v.aliases])).toEqual(expected)
  })

  it('rejects an unknown stage', async () => {
    await seed()
    expect((await post('registered-models/get-latest-versions', { name: 'detector', stages: ['Prod'] })).status).toBe(400)
  })
})

describe('registered-models/search', () => {
  beforeEach(async () => {
    for (const name of ['alpha', 'beta', 'gamma']) await post('registered-models/create', { name })
  })

  it('pages with an offset token and no token on the last page', async () => {
    const p1 = await get('registered-models/search?max_results=2')
    expect(p1.body.registered_models.map((m: { name: string }) => m.name)).toEqual(['alpha', 'beta'])
    expect(p1.body.next_page_token).toBe(Buffer.from('{"offset":2}').toString('base64'))
    const p2 = await get(`registered-models/search?max_results=2&page_token=${encodeURIComponent(p1.body.next_page_token)}`)
    expect(p2.body.registered_models.map((m: { name: string }) => m.name)).toEqual(['gamma'])
    expect(p2.body.next_page_token).toBeUndefined()
  })

  it.each([['1001'], ['0'], ['-1'], ['abc']])('max_results=%s → 400', async (n) => {
    const res = await get(`registered-models/search?max_results=${n}`)
    expect(res.status).toBe(400)
    expect(res.body.error_code).toBe('INVALID_PARAMETER_VALUE')
  })

  it('accepts max_results=1000 and returns {} when nothing matches past the end', async () => {
    expect((await get('registered-models/search?max_results=1000')).status).toBe(200)
    const token = Buffer.from('{"offset":10}').toString('base64')
    expect((await get(`registered-models/search?page_token=${token}`)).body).toEqual({})
  })

  it('rejects a garbage page token', async () => {
    expect((await get('registered-models/search?page_token=%%%')).status).toBe(400)
  })

  it.each([['POST'], ['PATCH'], ['DELETE']])('%s → 405 HTML', async (method) => {
    const res = await call(method, 'registered-models/search', { max_results: 10 })
    expect(res.status).toBe(405)
    expect(res.type).toContain('text/html')
  })
})

describe('registered-models/search filter and order (compiled by search/registry-sql.ts)', () => {
  beforeEach(async () => {
    await post('registered-models/create', { name: 'detector', tags: [{ key: 'task', value: 'object-detection' }] })
    await post('registered-models/create', { name: 'segmenter', tags: [{ key: 'task', value: 'semantic-segmentation' }] })
    await post('registered-models/create', { name: 'depth' })
  })
  const names = (body: { registered_models?: { name: string }[] }) => (body.registered_models ?? []).map((m) => m.name)

  it.each([
    ["name LIKE 'de%'", undefined, ['depth', 'detector']],
    ["tags.task = 'object-detection'", undefined, ['detector']],
    ["name = 'nope'", undefined, []],
    [undefined, 'name DESC', ['segmenter', 'detector', 'depth']],
  ])('filter=%j order_by=%j', async (filter, orderBy, expected) => {
    const q = new URLSearchParams()
    if (filter) q.set('filter', filter)
    if (orderBy) q.set('order_by', orderBy)
    const res = await get(`registered-models/search?${q}`)
    expect(res.status).toBe(200)
    expect(names(res.body)).toEqual(expected)
  })

  it('an unquoted value is 400 INVALID_PARAMETER_VALUE', async () => {
    const res = await get(`registered-models/search?filter=${encodeURIComponent('name = detector')}`)
    expect(res.status).toBe(400)
    expect(res.body.error_code).toBe('INVALID_PARAMETER_VALUE')
  })
})
