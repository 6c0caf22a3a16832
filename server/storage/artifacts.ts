import { createReadStream, createWriteStream } from 'node:fs'
import { lstat, mkdir, readdir, realpath, rename, stat, unlink } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { dirname, join, sep } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { invalidParam, MlflowError, notFound } from '../errors.ts'
import type { Db } from './db.ts'
import { safeRelativePath } from './artifact-paths.ts'

/**
 * File-system access for artifacts. Files live under the server's artifact root as
 * `<root>/<experiment_id>/<run_id>/artifacts/<path>`, the layout behind the run's
 * `mlflow-artifacts:/<exp>/<run>/artifacts` URI. Every function takes paths relative to a root
 * that already passed `safeRelativePath`, and re-checks the real path (symlinks) before use.
 * Error messages name artifact paths only, never server directories.
 */

/**
 * Largest accepted artifact upload, in bytes: 5 GiB, or RUNLENS_MAX_ARTIFACT_BYTES. Checked
 * against Content-Length up front and against the bytes actually received while streaming.
 */
export const MAX_ARTIFACT_UPLOAD_BYTES = Number(process.env.RUNLENS_MAX_ARTIFACT_BYTES) || 5 * 1024 ** 3

/** Upload temp files: hidden, named so listings can skip them. */
const TEMP_PREFIX = '.runlens-upload-'

export type RunArtifactLocation = {
  /** The run's `artifact_uri`, reported as `root_uri` by artifacts/list. */
  rootUri: string
  /** The run's artifact directory relative to the artifact root, or null when the run's
   *  artifacts are not stored by this server (an experiment with a foreign artifact_location). */
  relRoot: string | null
}

/**
 * Where a run's artifacts live. Unknown run → 404 RESOURCE_DOES_NOT_EXIST (MLflow's wording).
 * Only `mlflow-artifacts:` URIs map into the artifact root; a run whose experiment points
 * elsewhere (s3://, a local path) has no server-side files, so nothing outside the root is served.
 */
export function runArtifactLocation(db: Db, runId: string): RunArtifactLocation {
  const row = db.prepare('SELECT artifact_uri FROM runs WHERE run_uuid = ?').get(runId) as { artifact_uri: string } | undefined
  if (!row) throw notFound(`Run with id=${runId} not found`)
  return { rootUri: row.artifact_uri, relRoot: proxiedRelPath(row.artifact_uri) }
}

/**
 * `mlflow-artifacts:/1/abc/artifacts` (also `mlflow-artifacts://host:port/1/...`) → `1/abc/artifacts`;
 * null for any other scheme. Unsafe paths inside the URI → 400.
 */
export function proxiedRelPath(uri: string): string | null {
  const m = /^mlflow-artifacts:(\/\/[^/]*)?\/*(.*)$/.exec(uri)
  return m ? safeRelativePath(m[2]) : null
}

/** The real path of `rel` under `root`, or null if it does not exist. Escapes (symlinks) → 400. */
export async function resolveInside(root: string, rel: string): Promise<string | null> {
  let realRoot: string
  let real: string
  try {
    realRoot = await realpath(root)
    real = await realpath(join(root, rel))
  } catch (err) {
    if (isMissing(err)) return null
    throw err
  }
  if (real !== realRoot && !real.startsWith(realRoot + sep)) throw invalidParam('Invalid path')
  return real
}

export type DirEntry = { name: string; isDir: boolean; size?: number }

/**
 * The entries of directory `rel` under `root`, sorted by name (as MLflow lists them); null when
 * it does not exist or is a file. Symlinks and in-progress uploads are left out.
 */
export async function listDirectory(root: string, rel: string): Promise<DirEntry[] | null> {
  const dir = await resolveInside(root, rel)
  if (!dir || !(await stat(dir)).isDirectory()) return null
  const entries = await readdir(dir, { withFileTypes: true })
  const out: DirEntry[] = []
  for (const e of entries) {
    if (e.name.startsWith(TEMP_PREFIX)) continue
    if (e.isDirectory()) out.push({ name: e.name, isDir: true })
    else if (e.isFile()) out.push({ name: e.name, isDir: false, size: (await stat(join(dir, e.name))).size })
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

export type OpenedFile = { stream: ReadableStream<Uint8Array>; size: number; name: string }

/**
 * Opens file `rel` under `root` for streaming (never buffered). Missing → 404 "No such artifact"
 * naming `displayPath` (a path relative to the artifact root); a directory → 400.
 */
export async function openArtifactFile(root: string, rel: string, displayPath: string): Promise<OpenedFile> {
  const file = rel === '' ? null : await resolveInside(root, rel)
  if (!file) throw notFound(`No such artifact: '${displayPath}'`)
  const info = await stat(file)
  if (info.isDirectory()) throw invalidParam(`Artifact '${displayPath}' is a directory, not a file.`)
  const name = rel.split('/').pop() ?? rel
  return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size, name }
}

/** Creates the directories of `rel` below `root` one level at a time, refusing symlinked levels. */
async function ensureDirInside(root: string, rel: string): Promise<string> {
  await mkdir(root, { recursive: true })
  let current = root
  for (const segment of rel.split('/').filter(Boolean)) {
    current = join(current, segment)
    try {
      const info = await lstat(current)
      if (info.isSymbolicLink() || !info.isDirectory()) throw invalidParam('Invalid path')
    } catch (err) {
      if (!isMissing(err)) throw err
      await mkdir(current).catch((e: unknown) => {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      })
    }
  }
  return current
}

const tooLarge = () =>
  new MlflowError('INVALID_PARAMETER_VALUE', `Artifact exceeds the upload limit of ${MAX_ARTIFACT_UPLOAD_BYTES} bytes.`, 413)

/**
 * Streams `body` into file `rel` under `root`: written to a hidden temp file in the target
 * directory, then renamed over the target, so readers never see a half-written file and a failed
 * upload leaves nothing behind. More than `maxBytes` bytes → 413 and the temp file is removed.
 */
export async function writeArtifactFile(
  root: string,
  rel: string,
  body: ReadableStream<Uint8Array> | null,
  maxBytes = MAX_ARTIFACT_UPLOAD_BYTES,
): Promise<void> {
  if (rel === '') throw invalidParam('Invalid path')
  const dir = await ensureDirInside(root, dirname(rel) === '.' ? '' : dirname(rel))
  const target = join(dir, rel.split('/').pop() as string)
  const existing = await lstat(target).catch((err: unknown) => (isMissing(err) ? null : Promise.reject(err)))
  if (existing && (existing.isDirectory() || existing.isSymbolicLink())) throw invalidParam('Invalid path')
  const temp = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}.tmp`)
  let received = 0
  const limiter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      received += chunk.length
      done(received > maxBytes ? tooLarge() : null, chunk)
    },
  })
  const source = body ? Readable.fromWeb(body as Parameters<typeof Readable.fromWeb>[0]) : Readable.from([])
  try {
    await pipeline(source, limiter, createWriteStream(temp, { flags: 'wx' }))
    await rename(temp, target)
  } catch (err) {
    await unlink(temp).catch(() => undefined)
    throw err
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/** MLflow's TEXT_EXTENSIONS: served as text/plain (also extension-less `MLmodel`, `MLproject`). */
const TEXT_EXTENSIONS = new Set(
  'txt log err cfg conf cnf cf ini properties prop hocon toml yaml yml xml json js py py3 csv tsv md rst mlmodel mlproject'.split(' '),
)
/** Image types the UI may preview; anything else (html, svg, ...) is sent as a download. */
const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' }

/**
 * The coarse content type MLflow sends for an artifact: `text/plain` for text files (by
 * extension, as MLflow's `_guess_mime_type`), a few raster image types, else
 * `application/octet-stream`. HTML and SVG are deliberately octet-stream (no inline scripts).
 */
export function artifactContentType(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  const ext = (dot > 0 ? fileName.slice(dot + 1) : fileName).toLowerCase()
  if (TEXT_EXTENSIONS.has(ext)) return 'text/plain'
  return IMAGE_TYPES[ext] ?? 'application/octet-stream'
}
