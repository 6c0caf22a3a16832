import { readdir } from 'node:fs/promises'
import { invalidParam, notFound } from '../errors.ts'
import type { Db } from './db.ts'
import { joinRelative, safeRelativePath } from './artifact-paths.ts'
import { proxiedRelPath, resolveInside, runArtifactLocation } from './artifacts.ts'
import { requireVersionRow, stmt } from './registry.ts'

/**
 * Resolves a model version's `source` URI to a directory relative to the artifact root, for
 * `/model-versions/get-artifact`. Supported: `mlflow-artifacts:/<path>`, `runs:/<run_id>/<path>`,
 * `models:/<name>/<version>`, `models:/<name>@<alias>` and `models:/m-<id>` (a 3.x logged model
 * stored at `<exp>/models/<id>/artifacts`). Anything else (local paths, s3://, file://) is not
 * served: 400, so a crafted source can never point the server at its own file system.
 */
export async function resolveSourceDir(db: Db, artifactRoot: string, source: string, depth = 0): Promise<string> {
  if (depth > 5) throw invalidParam('Model version source refers to itself too deeply.')
  const proxied = proxiedRelPath(source)
  if (proxied !== null) return proxied

  const run = /^runs:\/\/*([^/]+)\/?(.*)$/.exec(source)
  if (run) {
    const loc = runArtifactLocation(db, run[1])
    if (loc.relRoot === null) throw notFound(`Artifacts of run ${run[1]} are not stored on this server.`)
    return joinRelative(loc.relRoot, safeRelativePath(run[2]))
  }

  const logged = /^models:\/\/*(m-[0-9a-fA-F]+)\/?$/.exec(source)
  if (logged) return findLoggedModelDir(artifactRoot, logged[1])

  const byVersion = /^models:\/\/*(.+)\/(\d+)\/?$/.exec(source)
  if (byVersion) {
    const row = requireVersionRow(db, byVersion[1], Number(byVersion[2]))
    return resolveSourceDir(db, artifactRoot, row.source ?? '', depth + 1)
  }

  const byAlias = /^models:\/\/*(.+)@([\w-]+)\/?$/.exec(source)
  if (byAlias) {
    const alias = stmt(db, 'SELECT version FROM registered_model_aliases WHERE name = ? AND alias = ?').get(byAlias[1], byAlias[2]) as
      | { version: number }
      | undefined
    if (!alias) throw invalidParam(`Registered model alias ${byAlias[2]} not found.`)
    const row = requireVersionRow(db, byAlias[1], alias.version)
    return resolveSourceDir(db, artifactRoot, row.source ?? '', depth + 1)
  }

  throw invalidParam('Model version source is not stored on this server.')
}

/** `<exp>/models/<id>/artifacts` for the first experiment folder holding the logged model. */
async function findLoggedModelDir(artifactRoot: string, modelId: string): Promise<string> {
  const experiments = await readdir(artifactRoot, { withFileTypes: true }).catch(() => [])
  for (const exp of experiments) {
    if (!exp.isDirectory() || !/^\d+$/.test(exp.name)) continue
    const rel = `${exp.name}/models/${modelId}/artifacts`
    if (await resolveInside(artifactRoot, rel)) return rel
  }
  throw notFound(`Logged model ${modelId} has no artifacts on this server.`)
}

/**
 * The artifact-root-relative path of file `path` inside model version `name`/`version`.
 * Unknown version → 404; bad path → 400.
 */
export async function modelVersionArtifactPath(db: Db, artifactRoot: string, name: string, version: number, path: string | undefined): Promise<string> {
  const row = requireVersionRow(db, name, version)
  const dir = await resolveSourceDir(db, artifactRoot, row.source ?? '')
  return joinRelative(dir, safeRelativePath(path))
}
