import { queryOptions } from '@tanstack/react-query'
import { collectPages } from './paginate.ts'
import { requestJson } from './request.ts'
import {
  downloadUriResponse,
  getRegisteredModelResponse,
  latestVersionsResponse,
  modelVersionResponse,
  searchModelVersionsResponse,
  searchRegisteredModelsResponse,
} from './schemas/registry.ts'
import type { ModelStage, ModelVersion, ModelVersionsPage, RegisteredModel, RegisteredModelsPage } from './types.ts'

export * from './registry-writes.ts'

export type RegistrySearchRequest = {
  /** e.g. `name LIKE '%det%'`, `tags.task = 'x'` (models) / `name = 'detector'`, `run_id = '…'` (versions). */
  filter?: string
  /** e.g. `['name ASC']` / `['version_number DESC']`. */
  orderBy?: string[]
  /** Models: 1..1000 (default 100). Versions: 1..200000 (default 1000). */
  maxResults?: number
  pageToken?: string
}

const clamp = (n: number | undefined, fallback: number, max: number) => Math.min(Math.max(1, Math.floor(n ?? fallback)), max)

/** One page of registered-models/search (GET only: POST is a 405). */
export function searchRegisteredModels(req: RegistrySearchRequest = {}, signal?: AbortSignal): Promise<RegisteredModelsPage> {
  return requestJson(searchRegisteredModelsResponse, 'registered-models/search', {
    query: { filter: req.filter?.trim() || undefined, order_by: req.orderBy, max_results: clamp(req.maxResults, 100, 1000), page_token: req.pageToken },
    signal,
  })
}

/** registered-models/get. Unknown name → 404 RESOURCE_DOES_NOT_EXIST. */
export function getRegisteredModel(name: string, signal?: AbortSignal): Promise<RegisteredModel> {
  return requestJson(getRegisteredModelResponse, 'registered-models/get', { query: { name }, signal })
}

/** registered-models/get-latest-versions: newest version per stage (all stages when `stages` is empty). */
export function getLatestVersions(name: string, stages: ModelStage[] = [], signal?: AbortSignal): Promise<ModelVersion[]> {
  return requestJson(latestVersionsResponse, 'registered-models/get-latest-versions', { body: { name, stages }, signal })
}

/**
 * One page of model-versions/search. Aliases are NEVER included by MLflow here (always `[]`);
 * use `withAliases` or the registered model's `aliases`.
 */
export function searchModelVersions(req: RegistrySearchRequest = {}, signal?: AbortSignal): Promise<ModelVersionsPage> {
  return requestJson(searchModelVersionsResponse, 'model-versions/search', {
    query: { filter: req.filter?.trim() || undefined, order_by: req.orderBy, max_results: clamp(req.maxResults, 1000, 200000), page_token: req.pageToken },
    signal,
  })
}

/** Every version of one model, newest first, with aliases filled from the registered model. */
export async function listModelVersions(name: string, signal?: AbortSignal): Promise<ModelVersion[]> {
  const filter = `name = '${name.replace(/'/g, "\\'")}'`
  const [pages, model] = await Promise.all([
    collectPages(async (pageToken, s) => {
      const page = await searchModelVersions({ filter, orderBy: ['version_number DESC'], pageToken }, s)
      return { items: page.versions, nextPageToken: page.nextPageToken }
    }, { signal, maxPages: 100 }),
    getRegisteredModel(name, signal),
  ])
  return withAliases(pages.items, model)
}

/** Fills each version's `aliases` from `model.aliases` (search results never carry them). */
export function withAliases(versions: ModelVersion[], model: Pick<RegisteredModel, 'name' | 'aliases'>): ModelVersion[] {
  return versions.map((v) => {
    if (v.name !== model.name) return v
    const aliases = model.aliases.filter((a) => a.version === v.version).map((a) => a.alias).sort()
    return aliases.length || v.aliases.length ? { ...v, aliases: [...new Set([...v.aliases, ...aliases])].sort() } : v
  })
}

/** model-versions/get (with aliases). Unknown → 404; non-numeric version → 400. */
export function getModelVersion(name: string, version: string, signal?: AbortSignal): Promise<ModelVersion> {
  return requestJson(modelVersionResponse, 'model-versions/get', { query: { name, version }, signal })
}

/** registered-models/alias (GET): the version an alias points to. Unknown alias → 400 (not 404). */
export function getModelVersionByAlias(name: string, alias: string, signal?: AbortSignal): Promise<ModelVersion> {
  return requestJson(modelVersionResponse, 'registered-models/alias', { query: { name, alias }, signal })
}

/** model-versions/get-download-uri, e.g. `mlflow-artifacts:/1/<run>/artifacts/model`. */
export function getModelVersionDownloadUri(name: string, version: string, signal?: AbortSignal): Promise<string> {
  return requestJson(downloadUriResponse, 'model-versions/get-download-uri', { query: { name, version }, signal })
}

/**
 * Query keys + options for the registry. Mutations invalidate `registryQueries.model(name)`
 * prefixes: `['registry', 'model', name]` covers the model, its versions and aliases.
 */
export const registryQueries = {
  all: () => ['registry'] as const,
  searches: () => [...registryQueries.all(), 'search'] as const,
  search: (req: Omit<RegistrySearchRequest, 'pageToken'> = {}) =>
    queryOptions({
      queryKey: [...registryQueries.searches(), { filter: req.filter?.trim() ?? '', orderBy: req.orderBy ?? [], maxResults: req.maxResults ?? 100 }] as const,
      queryFn: async ({ signal }) =>
        (await collectPages(async (pageToken, s) => {
          const page = await searchRegisteredModels({ ...req, pageToken }, s)
          return { items: page.models, nextPageToken: page.nextPageToken }
        }, { signal, maxPages: 50 })).items,
    }),
  model: (name: string) =>
    queryOptions({
      queryKey: [...registryQueries.all(), 'model', name] as const,
      queryFn: ({ signal }) => getRegisteredModel(name, signal),
    }),
  versions: (name: string) =>
    queryOptions({
      queryKey: [...registryQueries.all(), 'model', name, 'versions'] as const,
      queryFn: ({ signal }) => listModelVersions(name, signal),
    }),
  version: (name: string, version: string) =>
    queryOptions({
      queryKey: [...registryQueries.all(), 'model', name, 'version', version] as const,
      queryFn: ({ signal }) => getModelVersion(name, version, signal),
    }),
  byAlias: (name: string, alias: string) =>
    queryOptions({
      queryKey: [...registryQueries.all(), 'model', name, 'alias', alias] as const,
      queryFn: ({ signal }) => getModelVersionByAlias(name, alias, signal),
    }),
  /** Versions registered from one run (e.g. for a "registered as" badge on the run page). */
  byRun: (runId: string) =>
    queryOptions({
      queryKey: [...registryQueries.all(), 'by-run', runId] as const,
      queryFn: async ({ signal }) => (await searchModelVersions({ filter: `run_id = '${runId}'` }, signal)).versions,
    }),
}
