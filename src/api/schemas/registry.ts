import * as z from 'zod/mini'
import type { ModelVersion, ModelVersionsPage, RegisteredModel, RegisteredModelsPage } from '../types.ts'
import { addIssue, id, int64, keyValueMap, list, mapped, pageToken, text } from './common.ts'

/** Stages come out canonical; tolerate other capitalisations from non-MLflow servers. */
const stage = mapped(z.optional(z.string()), (s, ctx) => {
  const found = (['None', 'Staging', 'Production', 'Archived'] as const).find((c) => c.toLowerCase() === (s ?? 'None').toLowerCase())
  if (!found) {
    addIssue(ctx, `unknown stage ${s}`)
    return z.NEVER
  }
  return found
})

const status = mapped(z.optional(z.enum(['PENDING_REGISTRATION', 'FAILED_REGISTRATION', 'READY'])), (s) => s ?? 'READY')

/** `ModelVersion`. `aliases` is a list of names here (unlike registered models). */
export const modelVersionSchema = mapped(
  z.object({
    name: z.string(),
    version: id,
    creation_timestamp: z.optional(int64),
    last_updated_timestamp: z.optional(int64),
    current_stage: stage,
    description: text,
    source: text,
    run_id: text,
    run_link: text,
    status,
    status_message: z.optional(z.string()),
    user_id: z.optional(z.string()),
    tags: keyValueMap,
    aliases: list(z.string()),
  }),
  (v): ModelVersion => ({
    name: v.name,
    version: v.version,
    creationTimestamp: v.creation_timestamp ?? 0,
    lastUpdatedTimestamp: v.last_updated_timestamp ?? v.creation_timestamp ?? 0,
    currentStage: v.current_stage,
    description: v.description,
    source: v.source,
    runId: v.run_id,
    runLink: v.run_link,
    status: v.status,
    statusMessage: v.status_message || undefined,
    userId: v.user_id || undefined,
    tags: v.tags,
    aliases: v.aliases,
  }),
)

/** `RegisteredModel`, with `aliases` as `[{alias, version}]`. */
export const registeredModelSchema = mapped(
  z.object({
    name: z.string(),
    creation_timestamp: z.optional(int64),
    last_updated_timestamp: z.optional(int64),
    description: text,
    latest_versions: list(modelVersionSchema),
    tags: keyValueMap,
    aliases: list(z.object({ alias: z.string(), version: id })),
  }),
  (m): RegisteredModel => ({
    name: m.name,
    creationTimestamp: m.creation_timestamp ?? 0,
    lastUpdatedTimestamp: m.last_updated_timestamp ?? m.creation_timestamp ?? 0,
    description: m.description,
    latestVersions: m.latest_versions,
    tags: m.tags,
    aliases: m.aliases,
  }),
)

export const searchRegisteredModelsResponse = mapped(
  z.object({ registered_models: list(registeredModelSchema), next_page_token: pageToken }),
  (r): RegisteredModelsPage => ({ models: r.registered_models, nextPageToken: r.next_page_token }),
)

export const getRegisteredModelResponse = mapped(z.object({ registered_model: registeredModelSchema }), (r) => r.registered_model)

export const searchModelVersionsResponse = mapped(
  z.object({ model_versions: list(modelVersionSchema), next_page_token: pageToken }),
  (r): ModelVersionsPage => ({ versions: r.model_versions, nextPageToken: r.next_page_token }),
)

/** model-versions/get, transition-stage, update, registered-models/alias (GET). */
export const modelVersionResponse = mapped(z.object({ model_version: modelVersionSchema }), (r) => r.model_version)

/** registered-models/get-latest-versions. */
export const latestVersionsResponse = mapped(z.object({ model_versions: list(modelVersionSchema) }), (r) => r.model_versions)

/** model-versions/get-download-uri. */
export const downloadUriResponse = mapped(z.object({ artifact_uri: z.string() }), (r) => r.artifact_uri)
