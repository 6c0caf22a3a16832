import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { MlflowApiError, mlflowFetch, mlflowFetchRaw } from './client.ts'
import type { RunlensServerInfo, ServerCapabilities } from './types.ts'

/** What a 2.x server can do (2.10: no history paging, no bulk-interval, 20 ids per bulk call). */
export const CAPABILITIES_2X: ServerCapabilities = { major: 2, historyPaging: false, bulkInterval: false, bulkMaxRuns: 20 }
/** What a 3.x server can do. */
export const CAPABILITIES_3X: ServerCapabilities = { major: 3, historyPaging: true, bulkInterval: true, bulkMaxRuns: 100 }

/** GET /version → trimmed text such as `2.10.1.dev0` (served as text/html by MLflow). */
export async function getServerVersion(signal?: AbortSignal): Promise<string> {
  const res = await mlflowFetchRaw('version', { signal })
  return (await res.text()).trim()
}

/** Major version from a version string (`3.11.2.dev0` → 3); undefined unless it looks like `N.N...`. */
export function parseMajorVersion(version: string): number | undefined {
  const m = /^v?(\d+)\.\d+/.exec(version.trim())
  return m ? Number(m[1]) : undefined
}

/**
 * True when an error says "this endpoint does not exist" (routing 404/405, usually HTML),
 * as opposed to MLflow's own JSON errors (404 RESOURCE_DOES_NOT_EXIST for an unknown run
 * proves the endpoint exists).
 */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof MlflowApiError && error.kind === 'http' && (error.status === 404 || error.status === 405) && error.errorCode.startsWith('HTTP_')
}

/** Asks get-history-bulk-interval about a run that does not exist; only a routing 404 means "absent". */
async function probeBulkInterval(signal?: AbortSignal): Promise<boolean> {
  try {
    await mlflowFetch('metrics/get-history-bulk-interval', {
      query: { run_ids: ['00000000000000000000000000000000'], metric_key: 'runlens_probe', max_results: 1 },
      signal,
    })
    return true
  } catch (error) {
    if (isMissingEndpoint(error)) return false
    if (error instanceof MlflowApiError && error.kind === 'http') return true // JSON error: the route exists
    throw error
  }
}

/**
 * Detects what the tracking server supports. The major version from `/version` decides
 * (≥ 3 → 3.x capabilities). For 2.x (2.11+ may already have bulk-interval) and when
 * `/version` is missing or unparsable, get-history-bulk-interval is probed: a routing 404
 * means 2.x capabilities. Network failures propagate.
 */
export async function detectCapabilities(signal?: AbortSignal): Promise<ServerCapabilities> {
  let version: string | undefined
  try {
    version = await getServerVersion(signal)
  } catch (error) {
    if (!(error instanceof MlflowApiError) || error.kind !== 'http') throw error
  }
  const major = version === undefined ? undefined : parseMajorVersion(version)
  if (major !== undefined && major >= 3) return { ...CAPABILITIES_3X, version, major }
  const hasInterval = await probeBulkInterval(signal)
  if (major !== undefined) return { ...CAPABILITIES_2X, bulkInterval: hasInterval, version, major }
  return hasInterval ? { ...CAPABILITIES_3X, version } : { ...CAPABILITIES_2X, version }
}

const serverInfoSchema = z.object({
  mode: z.enum(['embedded', 'remote']),
  trackingUri: z.optional(z.string()),
  user: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
})

/**
 * GET /runlens/server-info from the Runlens Node server. Returns null when it is absent:
 * a 404, or a non-JSON 200 such as the index.html that plain `vite` serves for any path.
 */
export async function getRunlensServerInfo(signal?: AbortSignal): Promise<RunlensServerInfo | null> {
  let text: string
  try {
    const res = await mlflowFetchRaw('runlens/server-info', { signal })
    text = await res.text()
  } catch (error) {
    if (error instanceof MlflowApiError && error.kind === 'http') return null
    throw error
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = serverInfoSchema.safeParse(body)
  return parsed.success ? { mode: parsed.data.mode, trackingUri: parsed.data.trackingUri, user: parsed.data.user } : null
}

/** Query options for server facts; they do not change while the page is open. */
export const serverQueries = {
  all: () => ['server'] as const,
  version: () => queryOptions({ queryKey: [...serverQueries.all(), 'version'] as const, queryFn: ({ signal }) => getServerVersion(signal), staleTime: Infinity }),
  capabilities: () =>
    queryOptions({ queryKey: [...serverQueries.all(), 'capabilities'] as const, queryFn: ({ signal }) => detectCapabilities(signal), staleTime: Infinity }),
  runlensInfo: () =>
    queryOptions({ queryKey: [...serverQueries.all(), 'runlens-info'] as const, queryFn: ({ signal }) => getRunlensServerInfo(signal), staleTime: Infinity }),
}
