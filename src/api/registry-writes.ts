import { requestJson, requestVoid } from './request.ts'
import { modelVersionResponse } from './schemas/registry.ts'
import type { ModelStage, ModelVersion } from './types.ts'

const tagList = (tags?: Record<string, string>) => (tags ? Object.entries(tags).map(([key, value]) => ({ key, value })) : undefined)

/**
 * model-versions/transition-stage. `archiveExisting` archives the OTHER versions currently in
 * the target stage (MLflow default false). Returns the updated version (without aliases).
 * Stages are deprecated since MLflow 2.9 but still served, 3.x included.
 */
export function transitionStage(name: string, version: string, stage: ModelStage, archiveExisting: boolean): Promise<ModelVersion> {
  return requestJson(modelVersionResponse, 'model-versions/transition-stage', {
    body: { name, version, stage, archive_existing_versions: archiveExisting },
  })
}

/**
 * registered-models/alias (POST): points `alias` at `version`, moving it if set elsewhere.
 * MLflow rejects `latest` and version-like aliases (`v4`) with 400.
 */
export function setAlias(name: string, alias: string, version: string): Promise<void> {
  return requestVoid('registered-models/alias', { body: { name, alias, version } })
}

/** registered-models/alias (DELETE with a JSON body; query params are ignored). Idempotent. */
export function deleteAlias(name: string, alias: string): Promise<void> {
  return requestVoid('registered-models/alias', { method: 'DELETE', body: { name, alias } })
}

/** registered-models/create. 400 RESOURCE_ALREADY_EXISTS for a duplicate name. */
export function createRegisteredModel(name: string, options: { description?: string; tags?: Record<string, string> } = {}): Promise<void> {
  return requestVoid('registered-models/create', { body: { name, description: options.description, tags: tagList(options.tags) } })
}

/** registered-models/set-tag. */
export function setModelTag(name: string, key: string, value: string): Promise<void> {
  return requestVoid('registered-models/set-tag', { body: { name, key, value } })
}

/** registered-models/delete-tag (DELETE with a JSON body). */
export function deleteModelTag(name: string, key: string): Promise<void> {
  return requestVoid('registered-models/delete-tag', { method: 'DELETE', body: { name, key } })
}

/** model-versions/set-tag (also the storage of Runlens' transition-request workflow). */
export function setModelVersionTag(name: string, version: string, key: string, value: string): Promise<void> {
  return requestVoid('model-versions/set-tag', { body: { name, version, key, value } })
}

/** model-versions/delete-tag (DELETE with a JSON body). */
export function deleteModelVersionTag(name: string, version: string, key: string): Promise<void> {
  return requestVoid('model-versions/delete-tag', { method: 'DELETE', body: { name, version, key } })
}

/** registered-models/update (PATCH): sets the model's markdown description. */
export function updateModelDescription(name: string, description: string): Promise<void> {
  return requestVoid('registered-models/update', { method: 'PATCH', body: { name, description } })
}

/** model-versions/update (PATCH): sets the version's description; returns the updated version. */
export function updateModelVersionDescription(name: string, version: string, description: string): Promise<ModelVersion> {
  return requestJson(modelVersionResponse, 'model-versions/update', { method: 'PATCH', body: { name, version, description } })
}
