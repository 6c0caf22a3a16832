import { z } from 'zod'
import type { ModelVersion, ModelVersionsPage, RegisteredModel, RegisteredModelsPage } from '../types.ts'
import { id, int64, keyValueMap, list, pageToken, text } from './common.ts'

/** Stages come out canonical; tolerate other capitalisations from non-MLflow servers. */
const stage = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const found = (['None', 'Staging', 'Production', 'Archived'] as const).find((c) => c.toLowerCase() === (s ?? 'None').toLowerCase())
    if (!found) {
      ctx.addIssue({ code: 'custom', message: `unknown stage ${s}` })
      return z.NEVER
    }
    return found
  })

const status = z
  .enum(['PENDING_REGISTRATION', 'FAILED_REGISTRATION', 'READY'])
  .optional()
  .transform((s) => s ?? 'READY')

/** `ModelVersion`. `aliases` is a list of names here (unlike registered models). */
export const modelVersionSchema = z
  .object({
    name: z.string(),
    version: id,
    creation_timestamp: int64.optional(),
    last_updated_timestamp: int64.optional(),
    current_stage: stage,
    description: text,
    source: text,
    run_id: text,
    run_link: text,
    status,
    status_message: z.string().optional(),
    user_id: z.string().optional(),
    tags: keyValueMap,
    aliases: list(z.string()),
  })
  .transform(
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
export const registeredModelSchema = z
  .object({
    name: z.string(),
    creation_timestamp: int64.optional(),
    last_updated_timestamp: int64.optional(),
    description: text,
    latest_versions: list(modelVersionSchema),
    tags: keyValueMap,
    aliases: list(z.object({ alias: z.string(), version: id })),
  })
  .transform(
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

export const searchRegisteredModelsResponse = z
  .object({ registered_models: list(registeredModelSchema), next_page_token: pageToken })
  .transform((r): RegisteredModelsPage => ({ models: r.registered_models, nextPageToken: r.next_page_token }))

export const getRegisteredModelResponse = z.object({ registered_model: registeredModelSchema }).transform((r) => r.registered_model)

export const searchModelVersionsResponse = z
  .object({ model_versions: list(modelVersionSchema), next_page_token: pageToken })
  .transform((r): ModelVersionsPage => ({ versions: r.model_versions, nextPageToken: r.next_page_token }))

/** model-versions/get, transition-stage, update, registered-models/alias (GET). */
export const modelVersionResponse = z.object({ model_version: modelVersionSchema }).transform((r) => r.model_version)

/** registered-models/get-latest-versions. */
export const latestVersionsResponse = z.object({ model_versions: list(modelVersionSchema) }).transform((r) => r.model_versions)

/** model-versions/get-download-uri. */
export const downloadUriResponse = z.object({ artifact_uri: z.string() }).transform((r) => r.artifact_uri)
