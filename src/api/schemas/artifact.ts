import { z } from 'zod'
import type { ArtifactFile, ArtifactListing } from '../types.ts'
import { int64, list, text } from './common.ts'

/** `FileInfo`; `file_size` only on files, `is_dir` omitted when false by proto JSON encoders. */
export const artifactFileSchema = z
  .object({ path: z.string(), is_dir: z.boolean().optional(), file_size: int64.optional() })
  .transform((f): ArtifactFile => {
    const isDir = f.is_dir ?? false
    return isDir || f.file_size === undefined ? { path: f.path, isDir } : { path: f.path, isDir, fileSize: f.file_size }
  })

/** artifacts/list: only `root_uri` when the directory does not exist. */
export const listArtifactsResponse = z
  .object({ root_uri: text, files: list(artifactFileSchema) })
  .transform((r): ArtifactListing => ({ rootUri: r.root_uri, files: r.files }))
