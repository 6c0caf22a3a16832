// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../storage/db.ts'
import { buildModelVersionsSearchQuery, buildRegisteredModelsSearchQuery, type RegistrySearchRequest } from './registry-sql.ts'

let db: Db

beforeAll(() => {
  db = openMemoryDb()
  const model = db.prepare('INSERT INTO registered_models (name, creation_timestamp, last_updated_timestamp) VALUES (?, ?, ?)')
  model.run('detector', 10, 500)
  model.run('segmenter', 20, 300)
  model.run('Detector-v2', 30, 400)
  model.run('my-prompt', 40, 100)
  const mtag = db.prepare('INSERT INTO registered_model_tags (name, key, value) VALUES (?, ?, ?)')
  mtag.run('detector', 'task', 'object-detection')
  mtag.run('segmenter', 'task', 'segmentation')
  mtag.run('my-prompt', 'mlflow.prompt.is_prompt', 'true')
  const version = db.prepare(
    `INSERT INTO model_versions (name, version, creation_timestamp, last_updated_timestamp, source, run_id, current_stage) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  version.run('detector', 1, 1, 1, 's3://b/1', 'run1', 'Archived')
  version.run('detector', 2, 2, 5, 's3://b/2', 'run2', 'Staging')
  version.run('detector', 3, 3, 3, 'file:///m/3', 'run3', 'Production')
  version.run('segmenter', 1, 4, 4, 's3://b/s1', null, 'None')
  version.run('segmenter', 2, 5, 2, 's3://b/s2', 'run2', 'Deleted_Internal')
  db.prepare('INSERT INTO model_version_tags (name, version, key, value) VALUES (?, ?, ?, ?)').run('detector', 3, 'validated', 'yes')
})

function models(req: Partial<RegistrySearchRequest>): string[] {
  const q = buildRegisteredModelsSearchQuery({ limit: 100, offset: 0, ...req })
  return db.prepare(q.sql).all(...q.params).map((row) => (row as { name: string }).name)
}

function versions(req: Partial<RegistrySearchRequest>): string[] {
  const q = buildModelVersionsSearchQuery({ limit: 100, offset: 0, ...req })
  return db.prepare(q.sql).all(...q.params).map((row) => {
    const r = row as { name: string; version: number }
    return `${r.name}/${r.version}`
  })
}

describe('buildRegisteredModelsSearchQuery on SQLite', () => {
  const cases: [string, Partial<RegistrySearchRequest>, string[]][] = [
    ['default order: name ASC (binary, capitals first)', {}, ['Detector-v2', 'detector', 'my-prompt', 'segmenter']],
    ['name LIKE is case-sensitive', { filter: "name LIKE 'det%'" }, ['detector']],
    ['name ILIKE', { filter: "name ILIKE 'det%'" }, ['Detector-v2', 'detector']],
    ['name !=', { filter: "name != 'detector'" }, ['Detector-v2', 'my-prompt', 'segmenter']],
    ['tag =', { filter: "tags.task = 'object-detection'" }, ['detector']],
    ['prompt tag = false matches models without the tag', { filter: "tags.`mlflow.prompt.is_prompt` = 'false'" }, ['Detector-v2', 'detector', 'segmenter']],
    ['prompt tag != true matches models without the tag', { filter: "tags.`mlflow.prompt.is_prompt` != 'true'" }, ['Detector-v2', 'detector', 'segmenter']],
    ['prompt tag = true', { filter: "tags.`mlflow.prompt.is_prompt` = 'true'" }, ['my-prompt']],
    ['order last_updated_timestamp DESC', { orderBy: ['last_updated_timestamp DESC'] }, ['detector', 'Detector-v2', 'segmenter', 'my-prompt']],
    ['order timestamp (alias) ASC', { orderBy: ['timestamp ASC'] }, ['my-prompt', 'segmenter', 'Detector-v2', 'detector']],
    ['order name DESC', { orderBy: ['name DESC'] }, ['segmenter', 'my-prompt', 'detector', 'Detector-v2']],
    ['paging', { limit: 2, offset: 1 }, ['detector', 'my-prompt']],
  ]
  it.each(cases)('%s', (_name, req, expected) => {
    expect(models(req)).toEqual(expected)
  })

  it('rejects an unquoted value with MLflow’s message', () => {
    expect(() => models({ filter: 'name = detector' })).toThrow('Parameter value is either not quoted')
  })
})

describe('buildModelVersionsSearchQuery on SQLite', () => {
  const cases: [string, Partial<RegistrySearchRequest>, string[]][] = [
    ['default order: name ASC, version DESC; hides Deleted_Internal', {}, ['detector/3', 'detector/2', 'detector/1', 'segmenter/1']],
    ['by name', { filter: "name='detector'" }, ['detector/3', 'detector/2', 'detector/1']],
    ['by run_id', { filter: "run_id = 'run2'" }, ['detector/2']],
    ['run_id IN', { filter: "run_id IN ('run1', 'run3')" }, ['detector/3', 'detector/1']],
    ['source_path LIKE', { filter: "source_path LIKE 's3://%'" }, ['detector/2', 'detector/1', 'segmenter/1']],
    ['run_id != skips versions without a run', { filter: "run_id != 'run1'" }, ['detector/3', 'detector/2']],
    ['version_number', { filter: 'version_number >= 2' }, ['detector/3', 'detector/2']],
    ['tag', { filter: "tags.validated = 'yes'" }, ['detector/3']],
    ['order by version_number ASC', { orderBy: ['version_number ASC'] }, ['detector/1', 'segmenter/1', 'detector/2', 'detector/3']],
    ['order by last_updated_timestamp DESC', { orderBy: ['last_updated_timestamp DESC'] }, ['detector/2', 'segmenter/1', 'detector/3', 'detector/1']],
    ['paging', { limit: 3, offset: 3 }, ['segmenter/1']],
  ]
  it.each(cases)('%s', (_name, req, expected) => {
    expect(versions(req)).toEqual(expected)
  })

  it('rejects unsupported keys with MLflow’s message', () => {
    expect(() => versions({ filter: "stage = 'Production'" })).toThrow(
      "Invalid attribute key 'stage' specified. Valid keys are '{'name', 'version_number', 'source_path', 'run_id'}'",
    )
  })
})
