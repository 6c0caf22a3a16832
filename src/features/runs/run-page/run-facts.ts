/**
 * What the run overview says about a run, read from MLflow's system tags and run info.
 */
import type { Run } from '../../../api/types.ts'

export type RunSource = {
  /** `mlflow.source.name`: script, notebook or project URI; '' when not logged. */
  name: string
  /** `mlflow.source.type`: NOTEBOOK, JOB, PROJECT, LOCAL, … ('' when not logged). */
  type: string
  /** Full git commit hash, '' when not logged. */
  commit: string
  branch: string
  repoUrl: string
}

/** The source of a run from its `mlflow.source.*` tags (missing tags give empty strings). */
export function runSource(tags: Readonly<Record<string, string>>): RunSource {
  return {
    name: tags['mlflow.source.name'] ?? '',
    type: tags['mlflow.source.type'] ?? '',
    commit: tags['mlflow.source.git.commit'] ?? '',
    branch: tags['mlflow.source.git.branch'] ?? '',
    repoUrl: tags['mlflow.source.git.repoURL'] ?? '',
  }
}

/** Id of the parent run (`mlflow.parentRunId`), or undefined for a top-level run. */
export function parentRunId(run: Run): string | undefined {
  const id = run.tags['mlflow.parentRunId']?.trim()
  return id ? id : undefined
}

/**
 * How long the run took, in ms: end − start for ended runs; for RUNNING runs, `now` − start.
 * Undefined when the start is unknown (0) or the end is missing on a run that is not running.
 */
export function runDurationMs(run: Run, now: number): number | undefined {
  const { startTime, endTime, status } = run.info
  if (!startTime) return undefined
  if (endTime !== undefined && endTime > 0) return Math.max(0, endTime - startTime)
  return status === 'RUNNING' ? Math.max(0, now - startTime) : undefined
}

/** The run's display name: its name, else the first 8 characters of its id (as MLflow's UI does). */
export function runDisplayName(run: Run): string {
  return run.info.runName || run.tags['mlflow.runName'] || run.info.runId.slice(0, 8)
}

/** MLflow filter selecting the children of `runId` (quotes in the id are escaped). */
export function childrenFilter(runId: string): string {
  return `tags.mlflow.parentRunId = '${runId.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

/**
 * The `source` of a dataset input as a readable string: the `uri`/`url`/`path` field of its
 * JSON, or the raw text when it is not JSON or has none of those.
 */
export function datasetSourceLabel(source: string): string {
  try {
    const parsed: unknown = JSON.parse(source)
    if (parsed && typeof parsed === 'object') {
      const o = parsed as Record<string, unknown>
      for (const k of ['uri', 'url', 'path', 'repo_id']) if (typeof o[k] === 'string' && o[k]) return o[k]
    }
  } catch {
    // Not JSON: show it as logged.
  }
  return source
}
