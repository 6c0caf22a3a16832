import * as z from 'zod/mini'
import type { ArtifactFile, ArtifactListing } from '../types.ts'
import { int64, list, mapped, text } from './common.ts'

/** `FileInfo`; `file_size` only on files, `is_dir` omitted when false by proto JSON encoders. */
export const artifactFileSchema = mapped(
  z.object({ path: z.string(), is_dir: z.optional(z.boolean()), file_size: z.optional(int64) }),
  (f): ArtifactFile => {
    const isDir = f.is_dir ?? false
    return isDir || f.file_size === undefined ? { path: f.path, isDir } : { path: f.path, isDir, fileSize: f.file_size }
  },
)

/** artifacts/list: only `root_uri` when the directory does not exist. */
export const listArtifactsResponse = mapped(
  z.object({ root_uri: text, files: list(artifactFileSchema) }),
  (r): ArtifactListing => ({ rootUri: r.root_uri, files: r.files }),
)
