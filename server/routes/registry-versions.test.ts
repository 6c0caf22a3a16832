import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registryTestApp, type RegistryTestApp } from './registry-test-app.ts'

let t: RegistryTestApp

beforeEach(async () => {
  t = registryTestApp()
  await post('registered-models/create', { name: 'detector' })
  for (let i = 1; i <= 3; i++)
    await post('model-versions/create', {
      name: 'detector',
      source: `mlflow-artifacts:/1/run${i}/artifacts/model`,
      run_id: `run${i}`,
      tags: [{ key: 'val_mAP', value: `0.${i}` }],
    })
})
afterEach(() => t.close())

const call = (method: string, path: string, body?: unknown) => t.call(method, path, body)
const post = (path: string, body: unknown) => call('POST', path, body)
const get = (path: string) => call('GET', path)
const stageOf = async (v: number) => (await get(`model-versions/get?name=detector&version=${v}`)).body.model_version.current_stage

describe('model-versions/create and get', () => {
  it('creates READY versions numbered max + 1 in the recorded key order', async () => {
    const res = await post('model-versions/create', { name: 'detector', source: 'runs:/abc/model' })
    expect(res.status).toBe(200)
    const mv = res.body.model_version
    expect(mv.version).toBe('4')
    expect(mv.status).toBe('READY')
    expect(mv.description).toBe('')
    expect(mv.run_link).toBe('')
    expect(Object.keys(mv)).toEqual(['name', 'version', 'creation_timestamp', 'last_updated_timestamp', 'current_stage', 'description', 'source', 'status', 'run_link'])
  })

  it('bumps the model timestamp on create', async () => {
    const before = (await get('registered-models/get?name=detector')).body.registered_model.last_updated_timestamp
    await new Promise((r) => setTimeout(r, 5))
    const mv = (await post('model-versions/create', { name: 'detector', source: 's' })).body.model_version
    const after = (await get('registered-models/get?name=detector')).body.registered_model.last_updated_timestamp
    expect(after).toBeGreaterThan(before)
    expect(after).toBe(mv.creation_timestamp)
  })

  it.each([
    ['unknown model', { name: 'nope', source: 's' }, 404],
    ['missing source', { name: 'detector' }, 400],
    ['bad tag', { name: 'detector', source: 's', tags: [{ key: '', value: 'v' }] }, 400],
  ])('create: %s → %i', async (_label, body, status) => {
    expect((await post('model-versions/create', body)).status).toBe(status)
  })

  it.each([
    ['version=2', 200, undefined],
    ['version=99', 404, 'Model Version (name=detector, version=99) not found'],
    ['version=latest', 400, "Parameter 'version' must be an integer, got 'latest'."],
    ['version=1.5', 400, undefined],
    ['', 400, undefined],
  ])('get %s → %i', async (query, status, message) => {
    const res = await get(`model-versions/get?name=detector&${query}`)
    expect(res.status).toBe(status)
    if (message) expect(res.body.message).toBe(message)
  })

  it('get includes aliases, search never does', async () => {
    await post('registered-models/alias', { name: 'detector', alias: 'champion', version: 2 })
    expect((await get('model-versions/get?name=detector&version=2')).body.model_version.aliases).toEqual(['champion'])
    expect((await get('model-versions/get?name=detector&version=1')).body.model_version.aliases).toBeUndefined()
    const search = await get(`model-versions/search?filter=${encodeURIComponent("name='detector'")}`)
    expect(search.body.model_versions.every((v: { aliases?: unknown }) => v.aliases === undefined)).toBe(true)
  })

  it('get-download-uri returns the source', async () => {
    expect((await get('model-versions/get-download-uri?name=detector&version=2')).body).toEqual({ artifact_uri: 'mlflow-artifacts:/1/run2/artifacts/model' })
  })
})

describe('model-versions/transition-stage', () => {
  it.each([
    ['staging', 'Staging'],
    ['PRODUCTION', 'Production'],
    ['none', 'None'],
    ['Archived', 'Archived'],
  ])('stage %s comes back as %s', async (stage, canonical) => {
    const res = await post('model-versions/transition-stage', { name: 'detector', version: '1', stage, archive_existing_versions: false })
    expect(res.status).toBe(200)
    expect(res.body.model_version.current_stage).toBe(canonical)
  })

  it('rejects an invalid stage with MLflow message', async () => {
    const res = await post('model-versions/transition-stage', { name: 'detector', version: '1', stage: 'Prod' })
    expect(res.status).toBe(400)
    expect(res.body.message).toBe('Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.')
  })

  it('archive_existing_versions archives only versions in the TARGET stage', async () => {
    await post('model-versions/transition-stage', { name: 'detector', version: '1', stage: 'Production' })
    await post('model-versions/transition-stage', { name: 'detector', version: '2', stage: 'Staging' })
    const res = await post('model-versions/transition-stage', { name: 'detector', version: '3', stage: 'Staging', archive_existing_versions: true })
    expect(res.body.model_version.current_stage).toBe('Staging')
    expect([await stageOf(1), await stageOf(2), await stageOf(3)]).toEqual(['Production', 'Archived', 'Staging'])
    const v2 = (await get('model-versions/get?name=detector&version=2')).body.model_version
    expect(v2.last_updated_timestamp).toBe(res.body.model_version.last_updated_timestamp)
  })

  it('without the flag leaves other versions alone', async () => {
    await post('model-versions/transition-stage', { name: 'detector', version: '1', stage: 'Staging' })
    await post('model-versions/transition-stage', { name: 'detector', version: '2', stage: 'Staging' })
    expect([await stageOf(1), await stageOf(2)]).toEqual(['Staging', 'Staging'])
  })

  it('archive_existing_versions with a non-active target stage is 400', async () => {
    expect((await post('model-versions/transition-stage', { name: 'detector', version: '1', stage: 'None', archive_existing_versions: true })).status).toBe(400)
  })
})

describe('model-versions update, tags, delete', () => {
  it('PATCH update changes the description', async () => {
    const res = await call('PATCH', 'model-versions/update', { name: 'detector', version: '2', description: 'new' })
    expect(res.body.model_version.description).toBe('new')
  })

  it('set-tag / delete-tag (DELETE body) and 404 on unknown version', async () => {
    expect((await post('model-versions/set-tag', { name: 'detector', version: '2', key: 'reviewed_by', value: 'me' })).body).toEqual({})
    let tags = (await get('model-versions/get?name=detector&version=2')).body.model_version.tags
    expect(tags).toContainEqual({ key: 'reviewed_by', value: 'me' })
    expect((await call('DELETE', 'model-versions/delete-tag', { name: 'detector', version: '2', key: 'reviewed_by' })).status).toBe(200)
    tags = (await get('model-versions/get?name=detector&version=2')).body.model_version.tags
    expect(tags).toEqual([{ key: 'val_mAP', value: '0.2' }])
    expect((await post('model-versions/set-tag', { name: 'detector', version: '99', key: 'k', value: 'v' })).status).toBe(404)
  })

  it('delete removes the version and the aliases pointing at it', async () => {
    await post('registered-models/alias', { name: 'detector', alias: 'champion', version: '3' })
    expect((await call('DELETE', 'model-versions/delete', { name: 'detector', version: '3' })).status).toBe(200)
    expect((await get('model-versions/get?name=detector&version=3')).status).toBe(404)
    expect((await get('registered-models/get?name=detector')).body.registered_model.aliases).toBeUndefined()
  })
})

describe('model-versions/search', () => {
  it('pages with max_results and a page token', async () => {
    const p1 = await get('model-versions/search?max_results=2')
    expect(p1.body.model_versions).toHaveLength(2)
    expect(p1.body.next_page_token).toBeDefined()
    const p2 = await get(`model-versions/search?max_results=2&page_token=${encodeURIComponent(p1.body.next_page_token)}`)
    expect(p2.body.model_versions).toHaveLength(1)
    expect(p2.body.next_page_token).toBeUndefined()
  })

  it.each([['200001', 400], ['200000', 200]])('max_results=%s → %i', async (n, status) => {
    expect((await get(`model-versions/search?max_results=${n}`)).status).toBe(status)
  })

  it('POST → 405', async () => {
    expect((await post('model-versions/search', {})).status).toBe(405)
  })
})

describe('model-versions/search filter and order (compiled by search/registry-sql.ts)', () => {
  const versions = (body: { model_versions?: { name: string; version: string }[] }) => (body.model_versions ?? []).map((v) => `${v.name}/${v.version}`)

  it('pages version_number DESC as recorded (4 → 3, then 2 → 1 without a token)', async () => {
    await post('model-versions/create', { name: 'detector', source: 's' })
    await post('registered-models/create', { name: 'other' })
    await post('model-versions/create', { name: 'other', source: 's' })
    const q = `filter=${encodeURIComponent("name='detector'")}&max_results=2&order_by=${encodeURIComponent('version_number DESC')}`
    const p1 = await get(`model-versions/search?${q}`)
    expect(versions(p1.body)).toEqual(['detector/4', 'detector/3'])
    expect(p1.body.next_page_token).toBe('eyJvZmZzZXQiOjJ9')
    const p2 = await get(`model-versions/search?${q}&page_token=${p1.body.next_page_token}`)
    expect(versions(p2.body)).toEqual(['detector/2', 'detector/1'])
    expect(p2.body.next_page_token).toBeUndefined()
  })

  it.each([
    ["run_id = 'run2'", ['detector/2']],
    ["tags.val_mAP = '0.3'", ['detector/3']],
    ["name = 'nope'", []],
  ])('filter %j', async (filter, expected) => {
    const res = await get(`model-versions/search?filter=${encodeURIComponent(filter)}`)
    expect(res.status).toBe(200)
    expect(versions(res.body)).toEqual(expected)
  })

  it("an unknown attribute (stage) is 400", async () => {
    expect((await get(`model-versions/search?filter=${encodeURIComponent("stage = 'Production'")}`)).status).toBe(400)
  })
})
