import type { Context, Hono } from 'hono'
import type { ServerContext } from '../context.ts'
import { invalidParam, MlflowError } from '../errors.ts'
import { queryInput, type ApiRouter } from '../http.ts'
import { omitEmpty } from '../wire.ts'
import { joinRelative, pathFromUrlSegments, safeRelativePath } from '../storage/artifact-paths.ts'
import {
  artifactContentType,
  listDirectory,
  MAX_ARTIFACT_UPLOAD_BYTES,
  openArtifactFile,
  runArtifactLocation,
  writeArtifactFile,
  type OpenedFile,
} from '../storage/artifacts.ts'
import { modelVersionArtifactPath } from '../storage/artifact-sources.ts'
import { parseVersion, validateModelName } from '../storage/registry-validate.ts'

/** The proxied artifact store's prefixes (the Python client uses the /api one). */
const ARTIFACT_PREFIXES = ['/api/2.0/mlflow-artifacts', '/ajax-api/2.0/mlflow-artifacts'] as const

/**
 * `attachment; filename=<name>` as MLflow sends it; names outside a plain token charset get a
 * quoted ASCII fallback plus RFC 5987 `filename*`, so quotes or non-ASCII cannot break the header.
 */
export function contentDisposition(name: string): string {
  if (/^[\w.-]+$/.test(name)) return `attachment; filename=${name}`
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/** A streamed file download with MLflow's headers (no buffering: the body is a file stream). */
function fileResponse(file: OpenedFile): Response {
  return new Response(file.stream, {
    status: 200,
    headers: {
      'content-type': artifactContentType(file.name),
      'content-disposition': contentDisposition(file.name),
      'content-length': String(file.size),
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    },
  })
}

/** The still-encoded URL path below `<prefix>/artifacts/`, as a validated relative path. */
function wildcardPath(c: Context, prefix: string): string {
  const pathname = new URL(c.req.url).pathname
  const base = `${prefix}/artifacts/`
  if (!pathname.startsWith(base)) throw invalidParam('Invalid path')
  return pathFromUrlSegments(pathname.slice(base.length))
}

/**
 * Artifact endpoints: `artifacts/list` (both API prefixes), `/get-artifact`,
 * `/model-versions/get-artifact`, and the proxied store `mlflow-artifacts/artifacts[/<path>]`
 * (GET list/download, PUT upload) that the Python client logs through.
 */
export function registerArtifacts(app: Hono, api: ApiRouter, ctx: ServerContext): void {
  const { db, artifactRoot: root } = ctx

  api.get('artifacts/list', async (input) => {
    const runId = input.str('run_id') || input.requireStr('run_uuid')
    const rel = safeRelativePath(input.str('path'))
    const loc = runArtifactLocation(db, runId)
    const entries = loc.relRoot === null ? null : await listDirectory(root, joinRelative(loc.relRoot, rel))
    const files = (entries ?? []).map((e) => omitEmpty({ path: joinRelative(rel, e.name), is_dir: e.isDir, file_size: e.size }))
    return omitEmpty({ root_uri: loc.rootUri, files })
  })

  // No API prefix, and deliberately not under /ajax-api/2.0/mlflow (MLflow 404s there too).
  app.get('/get-artifact', async (c) => {
    const input = queryInput(c)
    const runId = input.str('run_id') || input.requireStr('run_uuid')
    const rel = safeRelativePath(input.requireStr('path'))
    const loc = runArtifactLocation(db, runId)
    const display = joinRelative(loc.relRoot ?? runId, rel)
    if (loc.relRoot === null) throw new MlflowError('RESOURCE_DOES_NOT_EXIST', `No such artifact: '${display}'`)
    return fileResponse(await openArtifactFile(root, joinRelative(loc.relRoot, rel), display))
  })

  app.get('/model-versions/get-artifact', async (c) => {
    const input = queryInput(c)
    const name = validateModelName(input.str('name'))
    const version = parseVersion(input.str('version'))
    const rel = await modelVersionArtifactPath(db, root, name, version, input.requireStr('path'))
    return fileResponse(await openArtifactFile(root, rel, rel))
  })

  for (const prefix of ARTIFACT_PREFIXES) {
    app.get(`${prefix}/artifacts`, async (c) => {
      const rel = safeRelativePath(queryInput(c).str('path'))
      const entries = await listDirectory(root, rel)
      const files = (entries ?? []).map((e) => omitEmpty({ path: e.name, is_dir: e.isDir, file_size: e.size }))
      return c.json(omitEmpty({ files }))
    })

    app.get(`${prefix}/artifacts/*`, async (c) => {
      const rel = wildcardPath(c, prefix)
      return fileResponse(await openArtifactFile(root, rel, rel))
    })

    app.put(`${prefix}/artifacts/*`, async (c) => {
      const rel = wildcardPath(c, prefix)
      const declared = Number(c.req.header('content-length') ?? '0')
      if (declared > MAX_ARTIFACT_UPLOAD_BYTES)
        throw new MlflowError('INVALID_PARAMETER_VALUE', `Artifact exceeds the upload limit of ${MAX_ARTIFACT_UPLOAD_BYTES} bytes.`, 413)
      await writeArtifactFile(root, rel, c.req.raw.body)
      return c.json({})
    })
  }
}
