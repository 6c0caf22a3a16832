import { invalidParam } from '../errors.ts'
import type { ApiRouter, RequestInput } from '../http.ts'
import type { ServerContext } from '../context.ts'
import { loadRegisteredModel } from '../storage/registry.ts'
import {
  createRegisteredModel,
  deleteRegisteredModel,
  deleteRegisteredModelTag,
  renameRegisteredModel,
  searchRegisteredModels,
  setRegisteredModelTag,
  updateRegisteredModel,
} from '../storage/registry-models.ts'
import { getLatestVersions } from '../storage/registry-versions.ts'
import { canonicalStage, optionalText, validateModelName, validateTag, validateTagList } from '../storage/registry-validate.ts'

/** registered-models/search page size: MLflow's default and cap (3.11, verified with cap + 1 → 400). */
export const REGISTERED_MODELS_DEFAULT_MAX_RESULTS = 100
export const REGISTERED_MODELS_MAX_RESULTS = 1000

/**
 * `max_results` of a registry search: absent → `fallback`; outside 1..`cap` → 400 with the
 * value quoted, as MLflow reports it.
 */
export function parseMaxResults(input: RequestInput, fallback: number, cap: number): number {
  const raw = input.str('max_results')
  if (raw === undefined || raw === '') return fallback
  const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN
  if (!Number.isSafeInteger(n) || n < 1 || n > cap)
    throw invalidParam(`Invalid value "${raw}" for parameter 'max_results' supplied: it must be an integer between 1 and ${cap}.`)
  return n
}

/** Registers the registered-models/* endpoints (except aliases) under both API prefixes. */
export function registerRegisteredModelRoutes(api: ApiRouter, ctx: ServerContext): void {
  const { db } = ctx
  const name = (input: RequestInput) => validateModelName(input.str('name'))

  api.post('registered-models/create', (input) => ({
    registered_model: createRegisteredModel(db, {
      name: name(input),
      description: optionalText('Description', input.str('description')),
      tags: validateTagList(input.objects('tags')),
    }),
  }))

  api.get('registered-models/get', (input) => ({ registered_model: loadRegisteredModel(db, name(input)) }))

  api.get('registered-models/search', (input) => {
    const page = searchRegisteredModels(db, {
      filter: input.str('filter') || undefined,
      orderBy: input.strList('order_by'),
      limit: parseMaxResults(input, REGISTERED_MODELS_DEFAULT_MAX_RESULTS, REGISTERED_MODELS_MAX_RESULTS),
      pageToken: input.str('page_token'),
    })
    return { registered_models: page.items.length ? page.items : undefined, next_page_token: page.nextPageToken }
  })

  api.patch('registered-models/update', (input) => ({
    registered_model: updateRegisteredModel(db, name(input), optionalText('Description', input.str('description'))),
  }))

  api.post('registered-models/rename', (input) => ({
    registered_model: renameRegisteredModel(db, name(input), validateModelName(input.str('new_name'), 'new_name')),
  }))

  api.delete('registered-models/delete', (input) => {
    deleteRegisteredModel(db, name(input))
    return {}
  })

  api.post('registered-models/set-tag', (input) => {
    const tag = validateTag(input.str('key'), input.str('value'))
    setRegisteredModelTag(db, name(input), tag.key, tag.value)
    return {}
  })

  api.delete('registered-models/delete-tag', (input) => {
    deleteRegisteredModelTag(db, name(input), input.requireStr('key'))
    return {}
  })

  api.route(['GET', 'POST'], 'registered-models/get-latest-versions', (input) => {
    const stages = input.strList('stages').map(canonicalStage)
    const versions = getLatestVersions(db, name(input), stages)
    return versions.length ? { model_versions: versions } : {}
  })
}
