import { mapUrl, mapValue, type Fixture, type IdMap } from './fixtures.ts'
import { compareCounts, compareShape, type ShapeOptions } from './shape.ts'

export type Observed = { status: number; contentType: string; body: unknown }
export type FixtureResult = { name: string; ok: boolean; problems: string[]; observed?: Observed }

type BodyKind = 'json' | 'text' | 'html' | 'binary'

function bodyKind(contentType: string): BodyKind {
  const type = contentType.toLowerCase()
  if (type.startsWith('application/json')) return 'json'
  if (type.startsWith('text/html')) return 'html'
  if (type.startsWith('text/')) return 'text'
  return 'binary'
}

/** Sends a recorded request (ids mapped to ours) to `baseUrl` and reads the answer as the recorder stored it. */
export async function sendFixtureRequest(baseUrl: string, fixture: Fixture, ids: IdMap): Promise<Observed> {
  const req = fixture.request
  const url = mapUrl(req.url ?? req.path, ids)
  const headers: Record<string, string> = {}
  let body: string | undefined
  if (req.body !== undefined && req.body !== null) {
    body = JSON.stringify(mapValue(req.body, ids))
    headers['content-type'] = 'application/json'
  }
  for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v
  const res = await fetch(baseUrl + url, { method: req.method, headers, body })
  const contentType = res.headers.get('content-type') ?? ''
  const bytes = new Uint8Array(await res.arrayBuffer())
  const kind = bodyKind(contentType)
  let parsed: unknown
  if (kind === 'json') {
    try {
      parsed = JSON.parse(Buffer.from(bytes).toString('utf8'))
    } catch {
      parsed = Buffer.from(bytes).toString('utf8')
    }
  } else if (kind === 'binary') parsed = { _binary_bytes: bytes.length }
  else parsed = Buffer.from(bytes).toString('utf8')
  return { status: res.status, contentType, body: parsed }
}

/**
 * Checks one answer against its fixture: status, error_code, body kind (JSON / text / binary),
 * JSON shape, counts of workload-derived lists and binary sizes. HTML error pages (MLflow's
 * routing 404/405) only need the status: any non-JSON body is accepted there.
 */
export function evaluate(fixture: Fixture, observed: Observed, shape: ShapeOptions = {}): string[] {
  const expected = fixture.response
  const problems: string[] = []
  if (observed.status !== expected.status) problems.push(`status: expected ${expected.status}, got ${observed.status}`)
  const wantKind = bodyKind(expected.headers['content-type'] ?? '')
  const gotKind = bodyKind(observed.contentType)
  if (wantKind === 'html') {
    if (gotKind === 'json' && expected.status >= 400) problems.push(`body: MLflow answers HTML here, got JSON`)
    return problems
  }
  if (wantKind !== gotKind && !(wantKind === 'json' && gotKind === 'json')) {
    problems.push(`content-type: expected ${wantKind} (${expected.headers['content-type']}), got ${gotKind} (${observed.contentType || 'none'})`)
    return problems
  }
  if (wantKind === 'json') {
    const e = expected.body as Record<string, unknown>
    const a = observed.body as Record<string, unknown>
    if (e && typeof e === 'object' && 'error_code' in e) {
      if (!a || typeof a !== 'object' || a.error_code !== e.error_code)
        problems.push(`error_code: expected ${String(e.error_code)}, got ${String((a as { error_code?: unknown })?.error_code)}`)
      if (typeof a?.message !== 'string') problems.push('message: expected a string')
      return problems
    }
    problems.push(...compareShape(e, a, shape), ...compareCounts(e, a, fixture.truncated ?? {}))
  } else if (wantKind === 'binary') {
    const e = expected.body as { _binary_bytes?: number }
    const a = observed.body as { _binary_bytes: number }
    if (e._binary_bytes !== undefined && e._binary_bytes !== a._binary_bytes)
      problems.push(`binary size: expected ${e._binary_bytes}, got ${a._binary_bytes}`)
  } else if (typeof observed.body !== 'string') problems.push('body: expected text')
  return problems
}
