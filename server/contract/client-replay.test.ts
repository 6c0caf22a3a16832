import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contractDir, mapUrl, mapValue, type IdMap } from './fixtures.ts'
import { startTestServer, type TestServer } from './harness.ts'

/** One line of client-requests/*.jsonl: what the official Python client sent and what MLflow answered. */
type Recorded = {
  seq: number
  method?: string
  path?: string
  query?: Record<string, string | string[]>
  request_headers?: Record<string, string>
  request_bytes?: number
  request_body_format?: 'empty' | 'json' | 'text' | 'binary'
  request_body?: unknown
  status?: number
  response_body?: unknown
}

function readRecording(file: string): Recorded[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Recorded)
    .filter((r) => r.method && r.path)
    .sort((a, b) => a.seq - b.seq)
}

/** Learns our ids from the answers to create calls, so later requests can be rewritten. */
function learnIds(record: Recorded, ours: unknown, ids: IdMap): void {
  const theirs = record.response_body as Record<string, unknown> | undefined
  const mine = ours as Record<string, unknown> | undefined
  if (record.path?.endsWith('/experiments/create') && theirs?.experiment_id && mine?.experiment_id)
    ids.experiments.set(String(theirs.experiment_id), String(mine.experiment_id))
  if (record.path?.endsWith('/runs/create')) {
    const runId = (x: unknown) => (x as { run?: { info?: { run_id?: string } } } | undefined)?.run?.info?.run_id
    const a = runId(theirs)
    const b = runId(mine)
    if (a && b) ids.runs.set(a, b)
  }
}

function requestBody(record: Recorded, ids: IdMap): BodyInit | undefined {
  const fmt = record.request_body_format
  if (!fmt || fmt === 'empty' || record.method === 'GET') return undefined
  // Artifact uploads were cut in the recording: send bytes of the recorded length instead.
  if (record.method === 'PUT') return new Uint8Array(record.request_bytes ?? 0).fill(0x61)
  return fmt === 'json' ? JSON.stringify(mapValue(record.request_body, ids)) : String(record.request_body ?? '')
}

function queryString(record: Recorded): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(record.query ?? {})) for (const item of Array.isArray(v) ? v : [v]) params.append(k, item)
  return params.size ? `?${params}` : ''
}

for (const version of ['3.11', '2.10'] as const) {
  const file = join(contractDir, 'client-requests', `${version}.jsonl`)
  const present = existsSync(file)
  if (!present) console.warn(`[client-replay] ${file} is absent: skipped`)

  describe.skipIf(!present)(`official MLflow ${version} client write sequence`, () => {
    let server: TestServer
    beforeAll(async () => {
      server = await startTestServer({ demo: false })
    })
    afterAll(async () => {
      await server?.close()
    })

    it('answers every recorded request with the status MLflow gave', async () => {
      const ids: IdMap = { runs: new Map(), experiments: new Map([['0', '0']]) }
      const mismatches: string[] = []
      const records = readRecording(file)
      for (const record of records) {
        const url = mapUrl(record.path! + queryString(record), ids)
        const headers: Record<string, string> = {}
        const type = record.request_headers?.['content-type']
        if (type) headers['content-type'] = type
        const res = await fetch(server.url + url, { method: record.method, headers, body: requestBody(record, ids) })
        const text = await res.text()
        let parsed: unknown
        try {
          parsed = text ? JSON.parse(text) : {}
        } catch {
          parsed = undefined
        }
        learnIds(record, parsed, ids)
        if (res.status !== record.status) mismatches.push(`#${record.seq} ${record.method} ${url}: expected ${record.status}, got ${res.status} ${text.slice(0, 200)}`)
      }
      console.log(`[client-replay ${version}] ${records.length - mismatches.length} of ${records.length} requests got MLflow's status`)
      expect(mismatches).toEqual([])
      // Guards against a vacuous pass: every created run must have been mapped to one of ours.
      expect(ids.runs.size).toBe(records.filter((r) => r.path?.endsWith('/runs/create')).length)
    }, 60_000)
  })
}
