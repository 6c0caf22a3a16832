import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Hono } from 'hono'
import { createTrackingApp } from '../app.ts'
import { openMemoryDb } from '../storage/db.ts'

// Path-traversal and symlink escapes against every artifact endpoint. The secret lives next to
// the artifact root, inside the data directory; no request may read it, list it or write there.
const RUN = '0123456789abcdef0123456789abcdef'
const RUN_DIR = `1/${RUN}/artifacts`
const SECRET = 'top secret'
let dataDir: string
let artifactRoot: string
let app: Hono

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'runlens-sec-'))
  artifactRoot = join(dataDir, 'artifacts')
  const db = openMemoryDb()
  db.prepare(`INSERT INTO experiments (experiment_id, name, artifact_location, creation_time, last_update_time) VALUES (1, 'e', 'mlflow-artifacts:/1', 0, 0)`).run()
  db.prepare(`INSERT INTO runs (run_uuid, experiment_id, artifact_uri) VALUES (?, 1, ?)`).run(RUN, `mlflow-artifacts:/${RUN_DIR}`)
  app = createTrackingApp({ db, dataDir })
  mkdirSync(join(artifactRoot, RUN_DIR, 'model'), { recursive: true })
  writeFileSync(join(artifactRoot, RUN_DIR, 'model', 'MLmodel'), 'ok')
  writeFileSync(join(dataDir, 'secret.txt'), SECRET)
  mkdirSync(join(dataDir, 'outside'))
  symlinkSync(join(dataDir, 'secret.txt'), join(artifactRoot, RUN_DIR, 'link.txt'))
  symlinkSync(join(dataDir, 'outside'), join(artifactRoot, RUN_DIR, 'linkdir'))
  const post = (path: string, body: unknown) =>
    app.request(`/api/2.0/mlflow/${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
  await post('registered-models/create', { name: 'm' })
  await post('model-versions/create', { name: 'm', source: `runs:/${RUN}/model` })
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

/** Query-parameter values as the server sees them after the normal URL decoding. */
const BAD_QUERY_PATHS: [string, string][] = [
  ['parent', '..'],
  ['parent slash', '../../'],
  ['parent file', '../../../../secret.txt'],
  ['inner parent', 'model/../../../../secret.txt'],
  ['absolute', '/etc/passwd'],
  ['absolute secret', '/' + 'tmp/x'],
  ['backslashes', '..\\..\\secret.txt'],
  ['windows drive', 'C:\\Windows\\win.ini'],
  ['NUL byte', 'model/MLmodel\0.txt'],
  ['encoded dots', '%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt'],
  ['encoded slash', '..%2f..%2f..%2f..%2fsecret.txt'],
  ['encoded backslash', '..%5c..%5csecret.txt'],
  ['double-encoded dots', '%252e%252e/%252e%252e/secret.txt'],
  ['encoded NUL', 'model%00'],
  ['home', '~/secret.txt'],
  ['fragment', 'model#x'],
]

describe.each([
  ['artifacts/list', (p: string) => `/api/2.0/mlflow/artifacts/list?run_id=${RUN}&path=${encodeURIComponent(p)}`],
  ['/get-artifact', (p: string) => `/get-artifact?run_id=${RUN}&path=${encodeURIComponent(p)}`],
  ['mlflow-artifacts list', (p: string) => `/api/2.0/mlflow-artifacts/artifacts?path=${encodeURIComponent(p)}`],
  ['model-versions/get-artifact', (p: string) => `/model-versions/get-artifact?name=m&version=1&path=${encodeURIComponent(p)}`],
])('%s rejects traversal', (_endpoint, url) => {
  it.each(BAD_QUERY_PATHS)('%s', async (_label, path) => {
    const res = await app.request(url(path))
    const text = await res.text()
    expect(res.status).toBe(400)
    expect(JSON.parse(text)).toEqual({ error_code: 'INVALID_PARAMETER_VALUE', message: 'Invalid path' })
    expect(text).not.toContain(dataDir)
  })
})

/** Raw (still encoded) URL paths below /api/2.0/mlflow-artifacts/artifacts/. */
const BAD_URL_PATHS: [string, string][] = [
  ['encoded slash', `${RUN_DIR}/..%2f..%2f..%2f..%2fsecret.txt`],
  ['encoded backslash', `${RUN_DIR}/..%5c..%5c..%5c..%5csecret.txt`],
  ['double-encoded dots', `${RUN_DIR}/%252e%252e/%252e%252e/%252e%252e/%252e%252e/secret.txt`],
  ['encoded dots (normalised by the URL parser)', `%2e%2e/secret.txt`],
  ['plain dots (normalised by the URL parser)', `../secret.txt`],
  ['encoded NUL', `${RUN_DIR}/model%00`],
  ['malformed escape', `${RUN_DIR}/%zz`],
]

describe('mlflow-artifacts/artifacts/<path>', () => {
  it.each(BAD_URL_PATHS)('GET %s never serves the secret', async (_label, path) => {
    const res = await app.request(`/api/2.0/mlflow-artifacts/artifacts/${path}`)
    expect([400, 404]).toContain(res.status)
    const text = await res.text()
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(dataDir)
  })

  it.each(BAD_URL_PATHS)('PUT %s never writes outside the root', async (_label, path) => {
    const res = await app.request(`/api/2.0/mlflow-artifacts/artifacts/${path.replace('secret.txt', 'evil.txt')}`, { method: 'PUT', body: 'x' })
    expect([400, 404]).toContain(res.status)
    expect(existsSync(join(dataDir, 'evil.txt'))).toBe(false)
  })
})

describe('symlinks', () => {
  it.each([
    ['/get-artifact file link', `/get-artifact?run_id=${RUN}&path=link.txt`],
    ['/get-artifact through a dir link', `/get-artifact?run_id=${RUN}&path=linkdir/x.txt`],
    ['proxy download file link', `/api/2.0/mlflow-artifacts/artifacts/${RUN_DIR}/link.txt`],
    ['listing a dir link', `/api/2.0/mlflow/artifacts/list?run_id=${RUN}&path=linkdir`],
  ])('%s → 400', async (_label, url) => {
    writeFileSync(join(dataDir, 'outside', 'x.txt'), SECRET)
    const res = await app.request(url)
    expect(res.status).toBe(400)
    expect(await res.text()).not.toContain(SECRET)
  })

  it('links are left out of listings', async () => {
    const res = await app.request(`/api/2.0/mlflow/artifacts/list?run_id=${RUN}`)
    expect((await res.json()).files).toEqual([{ path: 'model', is_dir: true }])
  })

  it('uploads through a symlinked directory or onto a link are refused', async () => {
    const viaDir = await app.request(`/api/2.0/mlflow-artifacts/artifacts/${RUN_DIR}/linkdir/evil.txt`, { method: 'PUT', body: 'x' })
    expect(viaDir.status).toBe(400)
    expect(existsSync(join(dataDir, 'outside', 'evil.txt'))).toBe(false)
    const onto = await app.request(`/api/2.0/mlflow-artifacts/artifacts/${RUN_DIR}/link.txt`, { method: 'PUT', body: 'x' })
    expect(onto.status).toBe(400)
    expect(await (await import('node:fs/promises')).readFile(join(dataDir, 'secret.txt'), 'utf8')).toBe(SECRET)
  })
})
