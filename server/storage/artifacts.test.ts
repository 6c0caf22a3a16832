import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { artifactContentType, listDirectory, proxiedRelPath, writeArtifactFile } from './artifacts.ts'

let root: string
beforeEach(() => {
  root = join(mkdtempSync(join(tmpdir(), 'runlens-artstore-')), 'artifacts')
})
afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }))

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c))
      controller.close()
    },
  })

describe('writeArtifactFile', () => {
  it('creates missing directories (and the root) and writes the bytes', async () => {
    await writeArtifactFile(root, '1/r/artifacts/a/b.txt', streamOf('hello ', 'world'))
    expect(readFileSync(join(root, '1/r/artifacts/a/b.txt'), 'utf8')).toBe('hello world')
  })

  it('enforces the byte limit while streaming, leaving no file or temp file', async () => {
    await expect(writeArtifactFile(root, 'x/big.bin', streamOf('12345', '67890', 'x'), 10)).rejects.toMatchObject({ status: 413 })
    expect(readdirSync(join(root, 'x'))).toEqual([])
    await writeArtifactFile(root, 'x/ok.bin', streamOf('12345', '67890'), 10)
    expect(readdirSync(join(root, 'x'))).toEqual(['ok.bin'])
  })

  it('an empty body writes an empty file', async () => {
    await writeArtifactFile(root, 'e.txt', null)
    expect(readFileSync(join(root, 'e.txt'), 'utf8')).toBe('')
  })

  it('refuses to replace a directory', async () => {
    await writeArtifactFile(root, 'd/f.txt', streamOf('x'))
    await expect(writeArtifactFile(root, 'd', streamOf('x'))).rejects.toThrow(/Invalid path/)
  })
})

describe('listDirectory', () => {
  it('returns null for a missing root, a missing dir and a file', async () => {
    expect(await listDirectory(root, '')).toBeNull()
    await writeArtifactFile(root, 'f.txt', streamOf('x'))
    expect(await listDirectory(root, 'nope')).toBeNull()
    expect(await listDirectory(root, 'f.txt')).toBeNull()
    expect(await listDirectory(root, '')).toEqual([{ name: 'f.txt', isDir: false, size: 1 }])
  })
})

describe('proxiedRelPath', () => {
  it.each([
    ['mlflow-artifacts:/1/abc/artifacts', '1/abc/artifacts'],
    ['mlflow-artifacts:///1/abc/artifacts/', '1/abc/artifacts'],
    ['mlflow-artifacts://localhost:5000/1/abc/artifacts', '1/abc/artifacts'],
    ['s3://bucket/1/abc', null],
    ['/srv/mlflow/1/abc', null],
    ['file:///etc', null],
  ])('%s → %s', (uri, rel) => expect(proxiedRelPath(uri)).toBe(rel))

  it('rejects traversal inside the URI', () => expect(() => proxiedRelPath('mlflow-artifacts:/../../etc')).toThrow(/Invalid path/))
})

describe('artifactContentType', () => {
  it.each([
    ['config.yaml', 'text/plain'],
    ['summary.json', 'text/plain'],
    ['MLmodel', 'text/plain'],
    ['train.log', 'text/plain'],
    ['weights.bin', 'application/octet-stream'],
    ['model.pkl', 'application/octet-stream'],
    ['plot.png', 'image/png'],
    ['page.html', 'application/octet-stream'],
    ['image.svg', 'application/octet-stream'],
    ['.hydra', 'application/octet-stream'],
  ])('%s → %s', (name, type) => expect(artifactContentType(name)).toBe(type))
})
