import type { ServerContext } from '../context.ts'
import { invalidParam, notFound } from '../errors.ts'
import type { ApiRouter, RequestInput } from '../http.ts'
import { buildExperimentsSearchQuery } from '../search/experiments-sql.ts'
import { decodePageToken, encodePageToken } from '../search/page-token.ts'
import { searchDatasetSummaries } from '../storage/datasets.ts'
import {
  createExperiment,
  deleteExperimentTag,
  ensureDefaultExperiment,
  getExperimentByName,
  loadExperiments,
  queryExperimentIds,
  renameExperiment,
  requireExperiment,
  setExperimentLifecycle,
  setExperimentTag,
} from '../storage/experiments.ts'
import {
  LIMITS,
  parseExperimentId,
  parseViewType,
  stringValue,
  validateExperimentName,
  validateKey,
  validateLength,
  validateMaxResults,
} from '../validation.ts'
import { nowMs, type WireKeyValue } from '../wire.ts'

/** Reads a `[{key, value}]` tag list and validates it with the experiment-tag limits. */
function experimentTags(input: RequestInput): WireKeyValue[] {
  return input.objects('tags').map((t, i) => {
    const key = validateKey('tag', t.key, `tags[${i}].key`)
    validateLength('Tag key', LIMITS.experimentTagKey, key)
    const value = validateLength('Tag value', LIMITS.experimentTagValue, stringValue(t.value, `tags[${i}].value`))
    return { key, value }
  })
}

function experimentIdParam(input: RequestInput): number {
  return parseExperimentId(input.requireStr('experiment_id'))
}

/**
 * experiments/*: create, get, get-by-name, search (GET and POST), update, delete, restore,
 * set-experiment-tag, delete-experiment-tag, and search-datasets (POST, /ajax-api only).
 * Ensures MLflow's `Default` experiment (id 0) exists.
 */
export function registerExperiments(api: ApiRouter, ctx: ServerContext): void {
  const { db } = ctx
  ensureDefaultExperiment(db)

  api.post('experiments/create', (input) => {
    const name = validateExperimentName(input.str('name'))
    const tags = experimentTags(input)
    const id = createExperiment(db, { name, artifactLocation: input.str('artifact_location'), tags, now: nowMs() })
    return { experiment_id: String(id) }
  })

  api.get('experiments/get', (input) => {
    const id = experimentIdParam(input)
    requireExperiment(db, id)
    return { experiment: loadExperiments(db, [id])[0] }
  })

  api.get('experiments/get-by-name', (input) => {
    const name = input.requireStr('experiment_name')
    const row = getExperimentByName(db, name)
    if (!row) throw notFound(`Could not find experiment with name '${name}'`)
    return { experiment: loadExperiments(db, [row.experiment_id])[0] }
  })

  const search = (input: RequestInput) => {
    const limit = validateMaxResults(input.int('max_results'), LIMITS.searchExperimentsMax)
    const offset = decodePageToken(input.str('page_token'))
    const query = buildExperimentsSearchQuery({
      filter: input.str('filter') || undefined,
      orderBy: input.strList('order_by'),
      viewType: parseViewType(input.str('view_type'), 'view_type'),
      limit: limit + 1,
      offset,
    })
    const ids = queryExperimentIds(db, query)
    const experiments = loadExperiments(db, ids.slice(0, limit))
    return {
      ...(experiments.length ? { experiments } : {}),
      ...(ids.length > limit ? { next_page_token: encodePageToken(offset + limit) } : {}),
    }
  }
  api.route(['GET', 'POST'], 'experiments/search', search)

  api.post('experiments/update', (input) => {
    const id = experimentIdParam(input)
    const name = input.str('new_name')
    if (!name) throw invalidParam("Missing value for required parameter 'new_name'.")
    renameExperiment(db, id, validateExperimentName(name), nowMs())
    return {}
  })

  api.post('experiments/delete', (input) => {
    setExperimentLifecycle(db, experimentIdParam(input), 'deleted', nowMs())
    return {}
  })

  api.post('experiments/restore', (input) => {
    setExperimentLifecycle(db, experimentIdParam(input), 'active', nowMs())
    return {}
  })

  api.post('experiments/set-experiment-tag', (input) => {
    const id = experimentIdParam(input)
    const key = validateKey('tag', input.source.key)
    validateLength('Tag key', LIMITS.experimentTagKey, key)
    const value = validateLength('Tag value', LIMITS.experimentTagValue, stringValue(input.source.value, 'value'))
    setExperimentTag(db, id, key, value)
    return {}
  })

  api.post('experiments/delete-experiment-tag', (input) => {
    deleteExperimentTag(db, experimentIdParam(input), input.requireStr('key'))
    return {}
  })

  api.post(
    'experiments/search-datasets',
    (input) => {
      const raw = input.strList('experiment_ids')
      if (raw.length === 0) throw invalidParam('SearchDatasets request must specify at least one experiment_id.')
      if (raw.length > 20)
        throw invalidParam(`SearchDatasets request cannot specify more than 20 experiment_ids. Received ${raw.length} experiment_ids.`)
      const summaries = searchDatasetSummaries(db, raw.map(parseExperimentId))
      return summaries.length ? { dataset_summaries: summaries } : {}
    },
    ['/ajax-api/2.0/mlflow'],
  )
}
