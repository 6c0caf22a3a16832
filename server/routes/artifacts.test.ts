import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Hono } from 'hono'
import { createTrackingApp } from '../app.ts'
import { openMemoryDb, type Db } from '../storage/db.ts'

const RUN = 'd6d93d74921e4453ad543f91f62c239a'
const RUN_DIR = `1/${RUN}/artifacts`
let dataDir: string
let artifactRoot: string
let db: Db
let app: Hono

function put(rel: string, content: string | Buffer) {
  const file = join(artifactRoot, rel)
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, content)
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'runlens-artifacts-'))
  artifactRoot = join(dataDir, 'artifacts')
  db = openMemoryDb()
  db.prepare(`INSERT INTO experiments (experiment_id, name, artifact_location, creation_time, last_update_time) VALUES (1, 'e', 'mlflow-artifacts:/1', 0, 0)`).run()
  db.prepare(`INSERT INTO runs (run_uuid, experiment_id, artifact_uri) VALUES (?, 1, ?)`).run(RUN, `mlflow-artifacts:/${RUN_DIR}`)
  app = createTrackingApp({ db, dataDir })
  put(`${RUN_DIR}/.hydra/config.yaml`, 'model:\n  name: faster_rcnn\n')
  put(`${RUN_DIR}/.hydra/overrides.yaml`, '- optim.lr=0.02\n')
  put(`${RUN_DIR}/eval/summary.json`, '{"best": 0.37}')
  put(`${RUN_DIR}/model/MLmodel`, 'artifact_path: model\n')
  put(`${RUN_DIR}/model/data/weights.bin`, Buffer.alloc(4096, 7))
  put(`${RUN_DIR}/train.log`, 'epoch 1\n')
  mkdirSync(join(artifactRoot, RUN_DIR, 'empty'))
  writeFileSync(join(dataDir, 'secret.txt'), 'top secret')
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

async function json(url: string, init?: RequestInit) {
  const res = await app.request(url, init)
  const text = await res.text()
  expect(text).not.toContain(dataDir)
  return { status: res.status, body: text ? JSON.parse(text) : undefined }
}

describe('artifacts/list', () => {
  it('lists the run root non-recursively, sorted, with sizes for files only', async () => {
    const { status, body } = await json(`/api/2.0/mlflow/artifacts/list?run_id=${RUN}`)
    expect(status).toBe(200)
    expect(body).toEqual({
      root_uri: `mlflow-artifacts:/${RUN_DIR}`,
      files: [
        { path: '.hydra', is_dir: true },
        { path: 'empty', is_dir: true },
        { path: 'eval', is_dir: true },
        { path: 'model', is_dir: true },
        { path: 'train.log', is_dir: false, file_size: 8 },
      ],
    })
  })

  it.each([
    ['model/data', [{ path: 'model/data/weights.bin', is_dir: false, file_size: 4096 }]],
    ['model/data/', [{ path: 'model/data/weights.bin', is_dir: false, file_size: 4096 }]],
    ['.hydra', [{ path: '.hydra/config.yaml', is_dir: false, file_size: 27 }, { path: '.hydra/overrides.yaml', is_dir: false, file_size: 16 }]],
    ['nope', undefined],
    ['empty', undefined],
    ['train.log', undefined],
  ])('path=%s', async (path, files) => {
    const { body } = await json(`/ajax-api/2.0/mlflow/artifacts/list?run_id=${RUN}&path=${encodeURIComponent(path)}`)
    expect(body.root_uri).toBe(`mlflow-artifacts:/${RUN_DIR}`)
    expect(body.files).toEqual(files)
  })

  it('unknown run → 404 RESOURCE_DOES_NOT_EXIST', async () => {
    const { status, body } = await json('/api/2.0/mlflow/artifacts/list?run_id=0123456789abcdef0123456789abcdef')
    expect(status).toBe(404)
    expect(body).toEqual({ error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Run with id=0123456789abcdef0123456789abcdef not found' })
  })
})

describe('/get-artifact', () => {
  it.each([
    ['.hydra/config.yaml', 'text/plain', 'attachment; filename=config.yaml'],
    ['eval/summary.json', 'text/plain', 'attachment; filename=summary.json'],
    ['model/MLmodel', 'text/plain', 'attachment; filename=MLmodel'],
    ['model/data/weights.bin', 'application/octet-stream', 'attachment; filename=weights.bin'],
  ])('%s → %s', async (path, type, disposition) => {
    const res = await app.request(`/get-artifact?run_id=${RUN}&path=${encodeURIComponent(path)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(type)
    expect(res.headers.get('content-disposition')).toBe(disposition)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.equals(readFileSync(join(artifactRoot, RUN_DIR, path)))).toBe(true)
    expect(res.headers.get('content-length')).toBe(String(bytes.length))
  })

  it('missing file → 404 JSON naming the artifact path only', async () => {
    const { status, body } = await json(`/get-artifact?run_id=${RUN}&path=nope.txt`)
    expect(status).toBe(404)
    expect(body).toEqual({ error_code: 'RESOURCE_DOES_NOT_EXIST', message: `No such artifact: '${RUN_DIR}/nope.txt'` })
  })

  it('a directory is not downloadable', async () => {
    expect((await json(`/get-artifact?run_id=${RUN}&path=model`)).status).toBe(400)
  })

  it('does not exist under /ajax-api/2.0/mlflow', async () => {
    expect((await app.request(`/ajax-api/2.0/mlflow/get-artifact?run_id=${RUN}&path=train.log`)).status).toBe(404)
  })

  it('streams a large file intact', async () => {
    const big = Buffer.alloc(12 * 1024 * 1024)
    for (let i = 0; i < big.length; i += 4096) big[i] = i % 251
    put(`${RUN_DIR}/big.bin`, big)
    const res = await app.request(`/get-artifact?run_id=${RUN}&path=big.bin`)
    expect(res.body).toBeInstanceOf(ReadableStream)
    expect(Buffer.from(await res.arrayBuffer()).equals(big)).toBe(true)
  })
})

describe('mlflow-artifacts proxy', () => {
  it('lists relative to the listed directory; a file or missing dir lists as {}', async () => {
    const { body } = await json(`/api/2.0/mlflow-artifacts/artifacts?path=${encodeURIComponent(`${RUN_DIR}/.hydra`)}`)
    expect(body).toEqual({ files: [{ path: 'config.yaml', is_dir: false, file_size: 27 }, { path: 'overrides.yaml', is_dir: false, file_size: 16 }] })
    expect((await json(`/api/2.0/mlflow-artifacts/artifacts?path=${encodeURIComponent(`${RUN_DIR}/train.log`)}`)).body).toEqual({})
    expect((await json(`/api/2.0/mlflow-artifacts/artifacts?path=9/none`)).body).toEqual({})
  })

  it.each([['/api'], ['/ajax-api']])('downloads under %s/2.0/mlflow-artifacts', async (prefix) => {
    const res = await app.request(`${prefix}/2.0/mlflow-artifacts/artifacts/${RUN_DIR}/.hydra/overrides.yaml`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain')
    expect(await res.text()).toBe('- optim.lr=0.02\n')
  })

  it('missing download → 404 without server paths', async () => {
    const { status, body } = await json(`/api/2.0/mlflow-artifacts/artifacts/${RUN_DIR}/nope.txt`)
    expect(status).toBe(404)
    expect(body.error_code).toBe('RESOURCE_DOES_NOT_EXIST')
  })

  it('PUT uploads (nested, overwrite, binary, percent-encoded names) and GET returns the bytes', async () => {
    const url = `/api/2.0/mlflow-artifacts/artifacts/${RUN_DIR}/config/params.json`
    expect(await json(url, { method: 'PUT', body: '{"lr": 0.01}', headers: { 'content-type': 'text/plain' } })).toEqual({ status: 200, body: {} })
    expect(await json(url, { method: 'PUT', body: '{"lr": 0.02}' })).toEqual({ status: 200, body: {} })
    expect(await (await app.request(url)).text()).toBe('{"lr": 0.02}')
    const bin = Buffer.from([0, 1, 2, 255, 254])
    await app.request(`/api/2.0/mlflow-artifacts/artifacts/${RUN_DIR}/a%20b%25.bin`, { method: 'PUT', body: bin })
    expect(readFileSync(join(artifactRoot, RUN_DIR, 'a b%.bin')).equals(bin)).toBe(true)
    // No temp files stay behind, and listings never show them.
    expect(readdirSync(join(artifactRoot, RUN_DIR, 'config'))).toEqual(['params.json'])
  })

  it('PUT with a declared size over the limit → 413', async () => {
    const res = await app.request(`/api/2.0/mlflow-artifacts/artifacts/${RUN_DIR}/huge.bin`, {
      method: 'PUT',
      body: 'x',
      headers: { 'content-length': String(6 * 1024 ** 3) },
    })
    expect(res.status).toBe(413)
  })
})

describe('/model-versions/get-artifact', () => {
  it.each([
    ['mlflow-artifacts', `mlflow-artifacts:/${RUN_DIR}/model`],
    ['runs:/', `runs:/${RUN}/model`],
  ])('resolves a %s source', async (_label, source) => {
    const post = (path: string, body: unknown) =>
      app.request(`/api/2.0/mlflow/${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
    await post('registered-models/create', { name: 'detector' })
    await post('model-versions/create', { name: 'detector', source, run_id: RUN })
    await post('registered-models/create', { name: 'wrapper' })
    await post('model-versions/create', { name: 'wrapper', source: 'models:/detector/1' })
    for (const model of ['detector', 'wrapper']) {
      const res = await app.request(`/model-versions/get-artifact?name=${model}&version=1&path=MLmodel`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-disposition')).toBe('attachment; filename=MLmodel')
      expect(await res.text()).toBe('artifact_path: model\n')
    }
    expect((await json('/model-versions/get-artifact?name=detector&version=1&path=../../../../secret.txt')).status).toBe(400)
    expect((await json('/model-versions/get-artifact?name=detector&version=9&path=MLmodel')).status).toBe(404)
  })

  it('refuses a local file-system source', async () => {
    const post = (path: string, body: unknown) =>
      app.request(`/api/2.0/mlflow/${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
    await post('registered-models/create', { name: 'local' })
    await post('model-versions/create', { name: 'local', source: dataDir })
    const { status } = await json('/model-versions/get-artifact?name=local&version=1&path=secret.txt')
    expect(status).toBe(400)
  })
})
