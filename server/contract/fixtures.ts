import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SeedResult } from '../demo/seed.ts'

/** Repository root (server/contract → ../..). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** The recorded MLflow fixtures live next to the repository, read-only. */
export const contractDir = resolve(repoRoot, '../shared/mlflow-contract')
export const hasContract = existsSync(join(contractDir, 'v3.11', 'index.json'))

export type FixtureRequest = {
  method: string
  path: string
  url?: string
  query?: Record<string, string | string[]>
  body?: unknown
  headers?: Record<string, string>
}
export type Fixture = {
  name: string
  request: FixtureRequest
  response: { status: number; headers: Record<string, string>; body: unknown }
  truncated?: Record<string, number> | null
}

/** Fixtures of one MLflow version in recording order (index.json `seq`), so stateful writes replay as recorded. */
export function loadFixtures(version: 'v3.11' | 'v2.10'): Fixture[] {
  const dir = join(contractDir, version)
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { fixtures: { seq: number; file: string }[] }
  const order = new Map(index.fixtures.map((f) => [f.file, f.seq]))
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && order.has(f))
    .sort((a, b) => order.get(a)! - order.get(b)!)
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Partial<Fixture> & { name?: string })
    .filter((f): f is Fixture => Boolean(f.request && f.response))
    .map((f) => ({ ...f, name: f.name ?? '' }))
}

/** Fixture ids → our ids. Runs map by name through ids.json; experiments by name through the ALL-view search fixture. */
export type IdMap = { runs: Map<string, string>; experiments: Map<string, string> }

export function buildIdMap(version: 'v3.11' | 'v2.10', fixtures: Fixture[], ours: SeedResult): IdMap {
  const ids = JSON.parse(readFileSync(join(contractDir, version, 'ids.json'), 'utf8')) as {
    runs: Record<string, string>
    experiments: Record<string, string>
  }
  const runs = new Map<string, string>()
  for (const [name, id] of Object.entries(ids.runs)) if (ours.runs[name]) runs.set(id, ours.runs[name])
  const experiments = new Map<string, string>([['0', '0']])
  const names: Record<string, string> = { ...ids.experiments }
  const all = fixtures.find((f) => f.name === 'experiments-search-all-view-types')?.response.body as
    | { experiments?: { experiment_id: string; name: string }[] }
    | undefined
  for (const e of all?.experiments ?? []) names[e.name] = e.experiment_id
  for (const [name, id] of Object.entries(names)) if (ours.experiments[name]) experiments.set(id, ours.experiments[name])
  return { runs, experiments }
}

const EXPERIMENT_KEYS = new Set(['experiment_id', 'experiment_ids'])

function mapRunIds(text: string, map: IdMap): string {
  return text.replace(/[0-9a-f]{32}/g, (id) => map.runs.get(id) ?? id)
}

/** Rewrites run ids anywhere and experiment ids where they are experiment ids (keys, artifact paths). */
export function mapValue(value: unknown, map: IdMap, key = ''): unknown {
  if (typeof value === 'string') {
    const runsMapped = mapRunIds(value, map)
    return EXPERIMENT_KEYS.has(key) ? (map.experiments.get(runsMapped) ?? runsMapped) : runsMapped
  }
  if (Array.isArray(value)) return value.map((v) => mapValue(v, map, key))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapValue(v, map, k)]))
  return value
}

/** Maps ids inside a recorded path + query string. */
export function mapUrl(url: string, map: IdMap): string {
  const [path, query = ''] = url.split('?', 2)
  const mappedPath = mapRunIds(path, map).replace(
    /(mlflow-artifacts\/artifacts\/)(\d+)\//,
    (_, prefix: string, exp: string) => `${prefix}${map.experiments.get(exp) ?? exp}/`,
  )
  if (!query) return mappedPath
  const params = new URLSearchParams(query)
  const out = new URLSearchParams()
  for (const [k, v] of params) {
    let mapped = mapValue(v, map, k) as string
    if (k === 'path') mapped = mapped.replace(/^(\d+)\//, (_, exp: string) => `${map.experiments.get(exp) ?? exp}/`)
    out.append(k, mapped)
  }
  return `${mappedPath}?${out.toString()}`
}
