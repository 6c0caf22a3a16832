import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registryTestApp, type RegistryTestApp } from './registry-test-app.ts'
import type { Db } from '../storage/db.ts'

// Model-version deletion as MLflow's SQL store does it: a soft delete (stage Deleted_Internal)
// that every read hides and that keeps the number taken.

let t: RegistryTestApp
let db: Db

const call = (method: string, path: string, body?: unknown) => t.call(method, path, body)
const post = (path: string, body: unknown) => call('POST', path, body)
const get = (path: string) => call('GET', path)
const del = (path: string, body: unknown) => call('DELETE', path, body)
const create = async (name = 'detector') =>
  (await post('model-versions/create', { name, source: 'mlflow-artifacts:/1/r/artifacts/model', run_id: 'run1' })).body.model_version.version
const deleteVersion = (version: string, name = 'detector') => del('model-versions/delete', { name, version })

beforeEach(async () => {
  t = registryTestApp()
  db = t.db
  await post('registered-models/create', { name: 'detector' })
  for (let i = 0; i < 3; i++) await create()
})
afterEach(() => t.close())

describe('model-versions/delete never frees a version number', () => {
  it.each([
    ['a middle version', ['2'], '4'],
    ['the newest version', ['3'], '4'],
    ['every version', ['1', '2', '3'], '4'],
  ])('deleting %s, then create → the next number', async (_what, deleted, next) => {
    for (const v of deleted) expect((await deleteVersion(v)).status).toBe(200)
    expect(await create()).toBe(next)
    expect(await create()).toBe(String(Number(next) + 1))
  })

  it('deleting the registered model removes everything: a new model of the same name starts at 1', async () => {
    await deleteVersion('3')
    await post('registered-models/set-tag', { name: 'detector', key: 'team', value: 'vision' })
    await post('registered-models/alias', { name: 'detector', alias: 'champion', version: '2' })
    expect((await del('registered-models/delete', { name: 'detector' })).status).toBe(200)
    for (const table of ['model_versions', 'model_version_tags', 'registered_model_aliases', 'registered_model_tags'])
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE name = 'detector'`).pluck().get()).toBe(0)
    await post('registered-models/create', { name: 'detector' })
    expect(await create()).toBe('1')
  })
})

describe('a deleted version is absent from every read', () => {
  beforeEach(async () => {
    await post('registered-models/alias', { name: 'detector', alias: 'champion', version: '2' })
    await post('model-versions/transition-stage', { name: 'detector', version: '2', stage: 'Production', archive_existing_versions: false })
    expect((await deleteVersion('2')).status).toBe(200)
  })

  const notFound = { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Model Version (name=detector, version=2) not found' }
  it.each([
    ['get', () => get('model-versions/get?name=detector&version=2')],
    ['get-download-uri', () => get('model-versions/get-download-uri?name=detector&version=2')],
    ['update', () => call('PATCH', 'model-versions/update', { name: 'detector', version: '2', description: 'x' })],
    ['set-tag', () => post('model-versions/set-tag', { name: 'detector', version: '2', key: 'k', value: 'v' })],
    ['delete-tag', () => del('model-versions/delete-tag', { name: 'detector', version: '2', key: 'k' })],
    ['transition-stage', () => post('model-versions/transition-stage', { name: 'detector', version: '2', stage: 'Staging', archive_existing_versions: false })],
    ['alias set', () => post('registered-models/alias', { name: 'detector', alias: 'again', version: '2' })],
    ['delete again', () => deleteVersion('2')],
  ])('%s → 404 RESOURCE_DOES_NOT_EXIST as MLflow answers', async (_name, request) => {
    const res = await request()
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject(notFound)
  })

  it('get-latest-versions, the model and its aliases ignore it', async () => {
    const latest = (await post('registered-models/get-latest-versions', { name: 'detector' })).body.model_versions
    expect(latest.map((v: { version: string; current_stage: string }) => [v.version, v.current_stage])).toEqual([['3', 'None']])
    const prod = await post('registered-models/get-latest-versions', { name: 'detector', stages: ['Production'] })
    expect(prod.body).toEqual({})
    const model = (await get('registered-models/get?name=detector')).body.registered_model
    expect(model.latest_versions.map((v: { version: string }) => v.version)).toEqual(['3'])
    expect(model.aliases).toBeUndefined()
    expect((await get('registered-models/alias?name=detector&alias=champion')).status).toBe(400)
  })

  it('search skips it, also when filtering on its number or run', async () => {
    const all = (await get("model-versions/search?filter=name%3D'detector'")).body.model_versions
    expect(all.map((v: { version: string }) => v.version)).toEqual(['3', '1'])
    expect((await get('model-versions/search?filter=version_number%3D2')).body).toEqual({})
  })

  it('archive_existing_versions leaves the deleted row alone; the row keeps its number, redacted', async () => {
    await post('model-versions/transition-stage', { name: 'detector', version: '3', stage: 'Production', archive_existing_versions: true })
    const row = db.prepare("SELECT current_stage, source, run_id, description FROM model_versions WHERE name = 'detector' AND version = 2").get()
    expect(row).toEqual({ current_stage: 'Deleted_Internal', source: 'REDACTED-SOURCE-PATH', run_id: 'REDACTED-RUN-ID', description: null })
  })
})
