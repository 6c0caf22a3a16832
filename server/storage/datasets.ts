import { randomBytes } from 'node:crypto'
import type { Db } from './db.ts'
import { omitEmpty, type WireKeyValue } from '../wire.ts'
import { cachedStatement } from './metrics.ts'

/** A dataset as logged through runs/log-inputs (`source`, `schema`, `profile` are JSON strings). */
export type DatasetInput = {
  name: string
  digest: string
  source_type: string
  source: string
  schema?: string
  profile?: string
}

/** One entry of `run.inputs.dataset_inputs`. */
export type WireDatasetInput = { tags?: WireKeyValue[]; dataset: DatasetInput }

/** One entry of experiments/search-datasets `dataset_summaries`. */
export type WireDatasetSummary = { experiment_id: string; name: string; digest: string; context?: string }

/** The input tag that carries a dataset's role (`training`, `eval`, ...). */
export const CONTEXT_TAG = 'mlflow.data.context'

/**
 * Records dataset inputs of a run. Datasets are shared per experiment by (name, digest); an
 * input already linked to the run is left as it was (MLflow ignores repeats). Call inside the
 * caller's transaction.
 */
export function insertRunInputs(db: Db, runId: string, experimentId: number, inputs: { tags: WireKeyValue[]; dataset: DatasetInput }[]): void {
  const find = cachedStatement(db, 'SELECT dataset_uuid FROM datasets WHERE experiment_id = ? AND name = ? AND digest = ?')
  const insertDataset = cachedStatement(
    db,
    `INSERT INTO datasets (dataset_uuid, experiment_id, name, digest, source_type, source, schema, profile)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const link = cachedStatement(db, 'INSERT OR IGNORE INTO run_inputs (run_uuid, dataset_uuid, tags_json) VALUES (?, ?, ?)')
  for (const input of inputs) {
    const d = input.dataset
    let row = find.get(experimentId, d.name, d.digest) as { dataset_uuid: string } | undefined
    if (!row) {
      row = { dataset_uuid: randomBytes(16).toString('hex') }
      insertDataset.run(row.dataset_uuid, experimentId, d.name, d.digest, d.source_type, d.source, d.schema ?? null, d.profile ?? null)
    }
    link.run(runId, row.dataset_uuid, JSON.stringify(input.tags))
  }
}

/** Dataset inputs per run id, in logging order. */
export function loadRunInputs(db: Db, runIds: string[]): Map<string, WireDatasetInput[]> {
  const out = new Map<string, WireDatasetInput[]>()
  if (runIds.length === 0) return out
  const rows = cachedStatement(
    db,
    `SELECT i.run_uuid, i.tags_json, d.name, d.digest, d.source_type, d.source, d.schema, d.profile
     FROM run_inputs i JOIN datasets d ON d.dataset_uuid = i.dataset_uuid
     WHERE i.run_uuid IN (SELECT value FROM json_each(?)) ORDER BY i.rowid`,
  ).all(JSON.stringify(runIds)) as ({ run_uuid: string; tags_json: string } & DatasetInput)[]
  for (const r of rows) {
    const list = out.get(r.run_uuid) ?? []
    const tags = JSON.parse(r.tags_json) as WireKeyValue[]
    list.push(
      omitEmpty({
        tags,
        dataset: omitEmpty({
          name: r.name,
          digest: r.digest,
          source_type: r.source_type,
          source: r.source,
          schema: r.schema,
          profile: r.profile,
        }) as DatasetInput,
      }) as WireDatasetInput,
    )
    out.set(r.run_uuid, list)
  }
  return out
}

/**
 * Distinct (experiment, dataset name, digest, context) used by runs of the given experiments,
 * as MLflow's `_search_datasets` (at most 1000 summaries), in the order datasets were first logged.
 */
export function searchDatasetSummaries(db: Db, experimentIds: number[]): WireDatasetSummary[] {
  const rows = cachedStatement(
    db,
    `SELECT d.experiment_id, d.name, d.digest, i.tags_json, MIN(d.rowid) AS first
     FROM datasets d JOIN run_inputs i ON i.dataset_uuid = d.dataset_uuid
     WHERE d.experiment_id IN (SELECT value FROM json_each(?))
     GROUP BY d.experiment_id, d.name, d.digest, i.tags_json
     ORDER BY first, MIN(i.rowid)`,
  ).all(JSON.stringify(experimentIds)) as { experiment_id: number; name: string; digest: string; tags_json: string }[]
  const seen = new Set<string>()
  const out: WireDatasetSummary[] = []
  for (const r of rows) {
    const tags = JSON.parse(r.tags_json) as WireKeyValue[]
    const context = tags.find((t) => t.key === CONTEXT_TAG)?.value
    const id = JSON.stringify([r.experiment_id, r.name, r.digest, context ?? null])
    if (seen.has(id)) continue
    seen.add(id)
    out.push(omitEmpty({ experiment_id: String(r.experiment_id), name: r.name, digest: r.digest, context }) as WireDatasetSummary)
    if (out.length >= 1000) break
  }
  return out
}
