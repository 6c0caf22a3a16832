// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../storage/db.ts'
import { buildExperimentsSearchQuery, type ExperimentsSearchRequest } from './experiments-sql.ts'

let db: Db

beforeAll(() => {
  db = openMemoryDb()
  const exp = db.prepare(
    `INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time) VALUES (?, ?, '', ?, ?, ?)`,
  )
  exp.run(0, 'Default', 'active', 100, 900)
  exp.run(1, 'object-detection', 'active', 200, 500)
  exp.run(2, 'segmentation', 'active', 300, 700)
  exp.run(3, 'Old-Seg', 'deleted', 300, 100)
  const tag = db.prepare('INSERT INTO experiment_tags (experiment_id, key, value) VALUES (?, ?, ?)')
  tag.run(1, 'team', 'perception')
  tag.run(2, 'team', 'perception')
  tag.run(2, 'mlflow.note.content', 'Masks')
})

function search(req: Partial<ExperimentsSearchRequest>): number[] {
  const q = buildExperimentsSearchQuery({ viewType: 'ACTIVE_ONLY', limit: 100, offset: 0, ...req })
  return db.prepare(q.sql).all(...q.params).map((row) => (row as { experiment_id: number }).experiment_id)
}

describe('buildExperimentsSearchQuery on SQLite', () => {
  const cases: [string, Partial<ExperimentsSearchRequest>, number[]][] = [
    ['default order: newest first (creation_time DESC, experiment_id ASC)', {}, [2, 1, 0]],
    ['ALL view, equal creation_time tie-broken by experiment_id ASC', { viewType: 'ALL' }, [2, 3, 1, 0]],
    ['DELETED_ONLY', { viewType: 'DELETED_ONLY' }, [3]],
    ['name LIKE, case-sensitive', { filter: "name LIKE '%seg%'", viewType: 'ALL' }, [2]],
    ['name ILIKE', { filter: "name ILIKE '%seg%'", viewType: 'ALL' }, [2, 3]],
    ['name =', { filter: "name = 'Default'" }, [0]],
    ['tag filter', { filter: "tags.team = 'perception'" }, [2, 1]],
    ['tag IS NULL', { filter: 'tags.team IS NULL' }, [0]],
    ['tag ILIKE with dotted key', { filter: "tags.`mlflow.note.content` ILIKE 'mask%'" }, [2]],
    ['numeric attribute', { filter: 'creation_time >= 200 AND last_update_time < 600' }, [1]],
    ['order by last_update_time DESC', { orderBy: ['last_update_time DESC'] }, [0, 2, 1]],
    ['order by name, experiment_id DESC tie-break', { orderBy: ['name ASC'] }, [0, 1, 2]],
    ['order by creation_time ASC then experiment_id DESC (MLflow tie-break)', { orderBy: ['creation_time ASC'], viewType: 'ALL' }, [0, 1, 3, 2]],
    ['paging', { limit: 1, offset: 1 }, [1]],
  ]
  it.each(cases)('%s', (_name, req, expected) => {
    expect(search(req)).toEqual(expected)
  })

  it('rejects unknown keys with MLflow’s message', () => {
    expect(() => search({ filter: "nam = 'x' AND" })).toThrow(
      "Invalid attribute key 'nam' specified. Valid keys are '{'name', 'creation_time', 'last_update_time'}'",
    )
  })
})
