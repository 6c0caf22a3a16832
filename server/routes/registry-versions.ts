import type { ApiRouter, RequestInput } from '../http.ts'
import type { ServerContext } from '../context.ts'
import { loadModelVersion } from '../storage/registry.ts'
import {
  createModelVersion,
  deleteModelVersion,
  deleteModelVersionTag,
  getModelVersionSource,
  searchModelVersions,
  setModelVersionTag,
  transitionModelVersionStage,
  updateModelVersion,
} from '../storage/registry-versions.ts'
import {
  MAX_SOURCE_LENGTH,
  canonicalStage,
  optionalText,
  parseVersion,
  validateModelName,
  validateTag,
  validateTagList,
} from '../storage/registry-validate.ts'
import { parseMaxResults } from './registry-models.ts'

/** model-versions/search page size: MLflow's default (SEARCH_MODEL_VERSION_MAX_RESULTS_DEFAULT) and cap. */
export const MODEL_VERSIONS_DEFAULT_MAX_RESULTS = 10_000
export const MODEL_VERSIONS_MAX_RESULTS = 200_000

/** Registers the model-versions/* endpoints under both API prefixes. */
export function registerModelVersionRoutes(api: ApiRouter, ctx: ServerContext): void {
  const { db } = ctx
  const key = (input: RequestInput) => ({ name: validateModelName(input.str('name')), version: parseVersion(input.str('version')) })

  api.post('model-versions/create', (input) => {
    const source = input.requireStr('source')
    optionalText('Source', source, MAX_SOURCE_LENGTH)
    return {
      model_version: createModelVersion(db, {
        name: validateModelName(input.str('name')),
        source,
        runId: input.str('run_id') || undefined,
        runLink: optionalText('Run link', input.str('run_link'), MAX_SOURCE_LENGTH),
        description: optionalText('Description', input.str('description')),
        tags: validateTagList(input.objects('tags')),
      }),
    }
  })

  api.get('model-versions/get', (input) => {
    const k = key(input)
    return { model_version: loadModelVersion(db, k.name, k.version) }
  })

  api.get('model-versions/search', (input) => {
    const page = searchModelVersions(db, {
      filter: input.str('filter') || undefined,
      orderBy: input.strList('order_by'),
      limit: parseMaxResults(input, MODEL_VERSIONS_DEFAULT_MAX_RESULTS, MODEL_VERSIONS_MAX_RESULTS),
      pageToken: input.str('page_token'),
    })
    return { model_versions: page.items.length ? page.items : undefined, next_page_token: page.nextPageToken }
  })

  api.patch('model-versions/update', (input) => {
    const k = key(input)
    return { model_version: updateModelVersion(db, k.name, k.version, optionalText('Description', input.str('description'))) }
  })

  api.delete('model-versions/delete', (input) => {
    const k = key(input)
    deleteModelVersion(db, k.name, k.version)
    return {}
  })

  api.post('model-versions/transition-stage', (input) => {
    const k = key(input)
    const stage = canonicalStage(input.requireStr('stage'))
    return { model_version: transitionModelVersionStage(db, k.name, k.version, stage, input.bool('archive_existing_versions') ?? false) }
  })

  api.post('model-versions/set-tag', (input) => {
    const k = key(input)
    const tag = validateTag(input.str('key'), input.str('value'))
    setModelVersionTag(db, k.name, k.version, tag.key, tag.value)
    return {}
  })

  api.delete('model-versions/delete-tag', (input) => {
    const k = key(input)
    deleteModelVersionTag(db, k.name, k.version, input.requireStr('key'))
    return {}
  })

  api.get('model-versions/get-download-uri', (input) => {
    const k = key(input)
    return { artifact_uri: getModelVersionSource(db, k.name, k.version) }
  })
}
