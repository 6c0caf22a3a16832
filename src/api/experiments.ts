import { queryOptions } from '@tanstack/react-query'
import { collectPages } from './paginate.ts'
import { requestJson, requestVoid } from './request.ts'
import { createExperimentResponse, getExperimentResponse, searchExperimentsResponse } from './schemas/experiment.ts'
import type { Experiment, ExperimentsPage, ViewType } from './types.ts'

export type ExperimentSearchRequest = {
  /** MLflow filter, e.g. `name LIKE '%det%'` or `tags.team = 'perception'`. */
  filter?: string
  /** e.g. `['name ASC']`, `['last_update_time DESC']`. */
  orderBy?: string[]
  /** Default ACTIVE_ONLY. */
  viewType?: ViewType
  /** 1..50000; the server requires it, so it defaults to 1000. */
  maxResults?: number
  pageToken?: string
}

/** Fixed key order and defaults so equal searches share a cache entry. */
function normalize(req: ExperimentSearchRequest): Required<Omit<ExperimentSearchRequest, 'pageToken'>> & { pageToken?: string } {
  return {
    filter: req.filter?.trim() ?? '',
    orderBy: req.orderBy ?? [],
    viewType: req.viewType ?? 'ACTIVE_ONLY',
    maxResults: Math.min(Math.max(1, Math.floor(req.maxResults ?? 1000)), 50000),
    pageToken: req.pageToken || undefined,
  }
}

/** One page of experiments/search (POST, so long filters never hit URL limits). */
export function searchExperiments(req: ExperimentSearchRequest = {}, signal?: AbortSignal): Promise<ExperimentsPage> {
  const r = normalize(req)
  return requestJson(searchExperimentsResponse, 'experiments/search', {
    body: {
      filter: r.filter || undefined,
      order_by: r.orderBy.length ? r.orderBy : undefined,
      view_type: r.viewType,
      max_results: r.maxResults,
      page_token: r.pageToken,
    },
    signal,
  })
}

/** Every page of experiments/search (up to `maxPages` pages of `maxResults`). */
export async function searchAllExperiments(req: Omit<ExperimentSearchRequest, 'pageToken'> = {}, signal?: AbortSignal, maxPages = 50): Promise<Experiment[]> {
  const res = await collectPages(async (pageToken, s) => {
    const page = await searchExperiments({ ...req, pageToken }, s)
    return { items: page.experiments, nextPageToken: page.nextPageToken }
  }, { signal, maxPages })
  return res.items
}

/** experiments/get. 404 RESOURCE_DOES_NOT_EXIST for unknown ids (3.x: 400 for non-numeric ids). */
export function getExperiment(experimentId: string, signal?: AbortSignal): Promise<Experiment> {
  return requestJson(getExperimentResponse, 'experiments/get', { query: { experiment_id: experimentId }, signal })
}

/** experiments/get-by-name. 404 RESOURCE_DOES_NOT_EXIST for unknown names. */
export function getExperimentByName(name: string, signal?: AbortSignal): Promise<Experiment> {
  return requestJson(getExperimentResponse, 'experiments/get-by-name', { query: { experiment_name: name }, signal })
}

/** experiments/create → the new experiment id. 400 RESOURCE_ALREADY_EXISTS on duplicate names. */
export function createExperiment(input: { name: string; artifactLocation?: string; tags?: Record<string, string> }): Promise<string> {
  return requestJson(createExperimentResponse, 'experiments/create', {
    body: {
      name: input.name,
      artifact_location: input.artifactLocation || undefined,
      tags: input.tags ? Object.entries(input.tags).map(([key, value]) => ({ key, value })) : undefined,
    },
  })
}

/** experiments/update: MLflow's only update is a rename. 400 RESOURCE_ALREADY_EXISTS if the name is taken. */
export function updateExperiment(experimentId: string, newName: string): Promise<void> {
  return requestVoid('experiments/update', { body: { experiment_id: experimentId, new_name: newName } })
}

/** experiments/delete (soft delete: lifecycle_stage becomes `deleted`). */
export function deleteExperiment(experimentId: string): Promise<void> {
  return requestVoid('experiments/delete', { body: { experiment_id: experimentId } })
}

/** experiments/restore. */
export function restoreExperiment(experimentId: string): Promise<void> {
  return requestVoid('experiments/restore', { body: { experiment_id: experimentId } })
}

/** experiments/set-experiment-tag; `mlflow.note.content` holds the markdown description. */
export function setExperimentTag(experimentId: string, key: string, value: string): Promise<void> {
  return requestVoid('experiments/set-experiment-tag', { body: { experiment_id: experimentId, key, value } })
}

/** Query keys + options for experiments; invalidate with `experimentQueries.all()`. */
export const experimentQueries = {
  all: () => ['experiments'] as const,
  lists: () => [...experimentQueries.all(), 'list'] as const,
  /** All pages of a search (the experiment list is small: a few hundred at most). */
  list: (req: Omit<ExperimentSearchRequest, 'pageToken'> = {}) => {
    const key = normalize(req)
    return queryOptions({
      queryKey: [...experimentQueries.lists(), { filter: key.filter, orderBy: key.orderBy, viewType: key.viewType, maxResults: key.maxResults }] as const,
      queryFn: ({ signal }) => searchAllExperiments(req, signal),
    })
  },
  /** One page of a search (the experiment browser pages with `pageToken`). */
  page: (req: ExperimentSearchRequest) => {
    const key = normalize(req)
    return queryOptions({
      queryKey: [...experimentQueries.lists(), 'page', { filter: key.filter, orderBy: key.orderBy, viewType: key.viewType, maxResults: key.maxResults }, key.pageToken ?? null] as const,
      queryFn: ({ signal }) => searchExperiments(req, signal),
    })
  },
  details: () => [...experimentQueries.all(), 'detail'] as const,
  detail: (experimentId: string) =>
    queryOptions({
      queryKey: [...experimentQueries.details(), experimentId] as const,
      queryFn: ({ signal }) => getExperiment(experimentId, signal),
    }),
  byName: (name: string) =>
    queryOptions({
      queryKey: [...experimentQueries.all(), 'by-name', name] as const,
      queryFn: ({ signal }) => getExperimentByName(name, signal),
    }),
}
