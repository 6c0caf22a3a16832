import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, responseFor, type FakeCall } from '../testing/fixtures/fake-fetch.ts'
import { FIXTURE_VERSIONS, fixture } from '../testing/fixtures/load.ts'
import { artifactDownloadUrl, fetchArtifactText, listArtifacts, looksBinary } from './artifacts.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stub(handler: (call: FakeCall) => Response | Promise<Response>) {
  const fake = fakeFetch(handler)
  vi.stubGlobal('fetch', fake.fetch)
  return fake.calls
}

/** A body without content-length, delivered in chunks. */
function streamed(chunks: Uint8Array[]): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(ctrl) {
      for (const c of chunks) ctrl.enqueue(c)
      ctrl.close()
    },
  })
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/octet-stream' } })
}

const utf8 = (s: string) => new TextEncoder().encode(s)

describe.each(FIXTURE_VERSIONS)('fetchArtifactText on %s fixtures', (v) => {
  it.each([
    ['get-artifact-hydra-config', 'text', /^\S/],
    ['get-artifact-json', 'text', /"best_val_mAP": 0.3739/],
    ['get-artifact-overrides', 'text', /=/],
    ['get-artifact-binary', 'binary', undefined],
  ] as const)('%s → %s', async (name, kind, content) => {
    const fx = fixture(v, name)
    const calls = stub(() => responseFor(fx))
    const query = fx.request.query ?? {}
    const res = await fetchArtifactText(String(query.run_id), String(query.path))
    expect(res.kind).toBe(kind)
    if (res.kind === 'text' && content) expect(res.text).toMatch(content)
    expect(calls[0]?.path).toBe('/get-artifact')
    expect(calls[0]?.query.get('path')).toBe(String(query.path))
  })

  it('missing file throws (2.10: 500 HTML, 3.11: 404 JSON)', async () => {
    stub(() => responseFor(fixture(v, 'get-artifact-missing-file')))
    await expect(fetchArtifactText('r', 'nope.txt')).rejects.toMatchObject({ status: v === 'v2.10' ? 500 : 404, kind: 'http' })
  })

  it('listArtifacts sends run_id and path as recorded', async () => {
    const fx = fixture(v, 'artifacts-list-model-data')
    const calls = stub(() => responseFor(fx))
    const listing = await listArtifacts(String(fx.request.query?.run_id), 'model/data')
    expect(calls[0]?.url).toBe(fx.request.url)
    expect(listing.files.map((f) => f.fileSize)).toEqual([35, 4096])
  })
})

describe('fetchArtifactText limits and detection', () => {
  it.each([
    ['declared content-length over the limit', () => new Response(utf8('x'.repeat(100)), { headers: { 'content-length': '100' } }), { kind: 'tooLarge', size: 100 }],
    ['streamed body over the limit', () => streamed([utf8('x'.repeat(30)), utf8('y'.repeat(30))]), { kind: 'tooLarge', size: 51 }],
    ['exactly at the limit', () => streamed([utf8('z'.repeat(50))]), { kind: 'text', size: 50 }],
    ['NUL byte', () => streamed([new Uint8Array([0x61, 0x00, 0x62])]), { kind: 'binary', size: 3 }],
    ['invalid UTF-8 (latin-1 é)', () => streamed([new Uint8Array([0x63, 0x61, 0x66, 0xe9])]), { kind: 'binary', size: 4 }],
    ['valid multi-byte UTF-8 split across chunks', () => streamed([utf8('h\u00e9').subarray(0, 2), utf8('h\u00e9 \u2713').subarray(2)]), { kind: 'text', text: 'h\u00e9 \u2713' }],
    ['empty file', () => streamed([]), { kind: 'text', text: '', size: 0 }],
  ] as const)('%s', async (_label, make, expected) => {
    stub(() => make())
    await expect(fetchArtifactText('r', 'f', { maxBytes: 50 })).resolves.toMatchObject(expected)
  })

  it('content type does not decide: JSON served as octet-stream is text', async () => {
    stub(() => new Response(utf8('{"a": 1}'), { headers: { 'content-type': 'application/octet-stream' } }))
    await expect(fetchArtifactText('r', 'x.bin')).resolves.toEqual({ kind: 'text', text: '{"a": 1}', size: 8 })
  })

  it.each([
    [new Uint8Array([]), false],
    [utf8('plain'), false],
    [new Uint8Array([0xff, 0xfe]), true],
    [new Uint8Array([0xe2, 0x9c]), true],
  ] as const)('looksBinary(%j) → %s', (bytes, expected) => expect(looksBinary(bytes)).toBe(expected))

  it('a multi-byte sequence cut by a read limit is not binary when truncated', () => {
    expect(looksBinary(new Uint8Array([0x61, 0xe2, 0x9c]), true)).toBe(false)
  })
})

it('artifactDownloadUrl targets /get-artifact with encoded params', () => {
  expect(artifactDownloadUrl('abc', 'model/data/weights.bin')).toBe('/get-artifact?run_id=abc&path=model%2Fdata%2Fweights.bin')
})
