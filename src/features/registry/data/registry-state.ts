import { collectPages } from '../../../api/paginate.ts'
import { getRegisteredModel, searchModelVersions, withAliases } from '../../../api/registry.ts'
import type { ModelVersion, RegisteredModel } from '../../../api/types.ts'
import type { RegistrySnapshot } from '../../../lib/registry-change.ts'

export type RegistryState = { model: RegisteredModel; versions: ModelVersion[]; snapshot: RegistrySnapshot }

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

/** The pure snapshot `planChange`/`findConflicts` work on. */
export function toSnapshot(model: RegisteredModel, versions: readonly ModelVersion[]): RegistrySnapshot {
  return {
    model: model.name,
    versions: versions.map((v) => ({ version: v.version, stage: v.currentStage, tags: v.tags, description: v.description })),
    aliases: model.aliases,
    modelTags: model.tags,
    modelDescription: model.description,
  }
}

/**
 * Reads the model and all its versions straight from the server (no cache): approvals and direct
 * changes decide on this, never on what the page showed a minute ago.
 */
export async function readRegistryState(name: string, signal?: AbortSignal): Promise<RegistryState> {
  const [model, pages] = await Promise.all([
    getRegisteredModel(name, signal),
    collectPages(async (pageToken, s) => {
      const page = await searchModelVersions({ filter: `name = ${quote(name)}`, orderBy: ['version_number DESC'], pageToken }, s)
      return { items: page.versions, nextPageToken: page.nextPageToken }
    }, { signal, maxPages: 100 }),
  ])
  const versions = withAliases(pages.items, model)
  return { model, versions, snapshot: toSnapshot(model, versions) }
}
