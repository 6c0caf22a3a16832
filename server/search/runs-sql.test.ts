// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../storage/db.ts'
import { buildRunsSearchQuery, type RunsSearchRequest } from './runs-sql.ts'
import { seedRuns } from './test-db.ts'

let db: Db

beforeAll(() => {
  db = openMemoryDb()
  seedRuns(db, [
    { id: 'a', startTime: 5000, endTime: 10, metrics: { acc: 0.9, loss: 0.1 }, params: { lr: '0.01', opt: 'adamw', 'model.backbone.name': 'resnet50' }, tags: { team: 'Vision', 'a/b': 'x' } },
    { id: 'b', startTime: 4000, endTime: 20, metrics: { acc: 0.5 }, params: { lr: '0.003', opt: 'AdamW' }, tags: { team: 'vision' } },
    { id: 'c', startTime: 3000, status: 'RUNNING', metrics: { acc: NaN }, params: { lr: '0.1' } },
    { id: 'd', startTime: 2000, params: { opt: "' OR 1=1 --" } },
    { id: 'h', startTime: 2000, name: 'run_h', params: { star: 'a*b[1]?' } },
    { id: 'e', startTime: 2000, deleted: true, metrics: { acc: 0.7 } },
    { id: 'f', experimentId: 2, startTime: 6000, metrics: { acc: 0.8 } },
  ])
  db.prepare(`INSERT INTO datasets (dataset_uuid, experiment_id, name, digest, source_type, source) VALUES ('ds1', 1, 'coco', 'abc123', 'local', '/data')`).run()
  db.prepare(`INSERT INTO run_inputs (run_uuid, dataset_uuid, tags_json) VALUES ('a', 'ds1', ?)`).run(JSON.stringify([{ key: 'mlflow.data.context', value: 'train' }]))
})

function search(req: Partial<RunsSearchRequest>): string[] {
  const q = buildRunsSearchQuery({ experimentIds: [1], viewType: 'ACTIVE_ONLY', limit: 100, offset: 0, ...req })
  return db.prepare(q.sql).all(...q.params).map((row) => (row as { run_uuid: string }).run_uuid)
}

describe('buildRunsSearchQuery on SQLite', () => {
  const cases: [string, Partial<RunsSearchRequest>, string[]][] = [
    ['default order: start_time DESC, then run_uuid', {}, ['a', 'b', 'c', 'd', 'h']],
    ['view ALL includes deleted runs', { viewType: 'ALL' }, ['a', 'b', 'c', 'd', 'e', 'h']],
    ['view DELETED_ONLY', { viewType: 'DELETED_ONLY' }, ['e']],
    ['several experiments', { experimentIds: [1, 2] }, ['f', 'a', 'b', 'c', 'd', 'h']],
    ['no experiments → nothing', { experimentIds: [] }, []],
    ['limit/offset page', { limit: 2, offset: 1 }, ['b', 'c']],
    ['metric >: NaN and missing never match', { filter: 'metrics.acc > 0.4' }, ['a', 'b']],
    ['metric !=: NaN and missing never match', { filter: 'metrics.acc != 0.9' }, ['b']],
    ['metric = 0 does not match NaN (stored as 0)', { filter: 'metrics.acc = 0' }, []],
    ['metric DESC: NaN after numbers, missing last', { orderBy: ['metrics.acc DESC'] }, ['a', 'b', 'c', 'd', 'h']],
    ['metric ASC: NaN after numbers, missing last', { orderBy: ['metrics.acc ASC'] }, ['b', 'a', 'c', 'd', 'h']],
    ['params sort as strings ASC, missing last', { orderBy: ['params.lr ASC'] }, ['b', 'a', 'c', 'd', 'h']],
    ['params sort as strings DESC, missing last', { orderBy: ['params.lr DESC'] }, ['c', 'a', 'b', 'd', 'h']],
    ['tags DESC, missing last', { orderBy: ['tags.team DESC'] }, ['b', 'a', 'c', 'd', 'h']],
    ['LIKE is case-sensitive', { filter: "params.opt LIKE 'Adam%'" }, ['b']],
    ['ILIKE is case-insensitive', { filter: "params.opt ILIKE 'adam%'" }, ['a', 'b']],
    ['= is case-sensitive', { filter: "params.opt = 'adamw'" }, ['a']],
    ['LIKE _ matches one character', { filter: "attributes.run_name LIKE 'run_h'" }, ['h']],
    ['LIKE treats GLOB metacharacters literally', { filter: "params.star LIKE 'a*b[1]?'" }, ['h']],
    ['LIKE * is not a wildcard', { filter: "params.star LIKE 'a*%'" }, ['h']],
    ['LIKE * is not a wildcard (no match)', { filter: "params.star LIKE 'ab%'" }, []],
    ['back-quoted key with dots', { filter: "params.`model.backbone.name` = 'resnet50'" }, ['a']],
    ['back-quoted key with a slash', { filter: "tags.`a/b` = 'x'" }, ['a']],
    ['tag IS NULL', { filter: 'tags.team IS NULL' }, ['c', 'd', 'h']],
    ['tag IS NOT NULL', { filter: 'tags.team IS NOT NULL' }, ['a', 'b']],
    ['param IS NULL', { filter: 'params.lr IS NULL' }, ['d', 'h']],
    ['tag != excludes runs without the tag', { filter: "tags.team != 'Vision'" }, ['b']],
    ['run_id IN', { filter: "attributes.run_id IN ('a', 'c', 'zzz')" }, ['a', 'c']],
    ['run_id NOT IN', { filter: "run_id NOT IN ('a')" }, ['b', 'c', 'd', 'h']],
    ['status attribute', { filter: "attributes.status = 'RUNNING'" }, ['c']],
    ['numeric attribute', { filter: 'attributes.start_time >= 3000' }, ['a', 'b', 'c']],
    ['created alias', { filter: 'created < 3000' }, ['d', 'h']],
    ['hostile string is a literal', { filter: "params.opt = \"' OR 1=1 --\"" }, ['d']],
    ['hostile quotes stay inside the value', { filter: "params.opt = 'x'' OR ''1''=''1'" }, []],
    ['AND of metric and param, ordered', { filter: "metrics.acc > 0.1 AND params.opt ILIKE 'adam%'", orderBy: ['metrics.acc ASC'] }, ['b', 'a']],
    ['filter and order on the same metric', { filter: 'metrics.acc >= 0.5', orderBy: ['metrics.acc DESC'] }, ['a', 'b']],
    ['index-driven plan keeps later order terms', { filter: 'metrics.acc > 0 AND metrics.acc < 1', orderBy: ['metrics.acc ASC', 'params.lr DESC'] }, ['b', 'a']],
    ['index-driven plan with deleted runs in view ALL', { filter: 'metrics.acc > 0.6', orderBy: ['metrics.acc DESC'], viewType: 'ALL' }, ['a', 'e']],
    ['filter on one metric, order on another', { filter: 'metrics.loss > 0', orderBy: ['metrics.acc DESC'] }, ['a']],
    ['start_time ASC replaces the default tie-break', { orderBy: ['start_time ASC'] }, ['d', 'h', 'c', 'b', 'a']],
    ['end_time ASC: NULLs last', { orderBy: ['attributes.end_time ASC'] }, ['a', 'b', 'c', 'd', 'h']],
    ['end_time DESC: NULLs last', { orderBy: ['attributes.end_time DESC'] }, ['b', 'a', 'c', 'd', 'h']],
    ['two order_by terms (c: NaN before h: missing)', { orderBy: ['params.opt ASC', 'metrics.acc DESC'] }, ['d', 'b', 'a', 'c', 'h']],
    ['dataset name', { filter: "datasets.name = 'coco'" }, ['a']],
    ['dataset digest IN', { filter: "dataset.digest IN ('abc123', 'zzz')" }, ['a']],
    ['dataset context', { filter: "dataset.context = 'train'" }, ['a']],
    ['dataset context no match', { filter: "dataset.context = 'eval'" }, []],
  ]
  it.each(cases)('%s', (_name, req, expected) => {
    expect(search(req)).toEqual(expected)
  })

  it('binds user input instead of writing it into the SQL', () => {
    const q = buildRunsSearchQuery({
      experimentIds: [1], viewType: 'ALL', limit: 10, offset: 0,
      filter: "params.`x'; DROP TABLE runs; --` = '1=1' AND tags.t ILIKE '%; --'", orderBy: ["params.`o'; --` DESC"],
    })
    expect(q.sql).not.toMatch(/DROP|1=1|; --/)
    expect(q.params).toEqual(expect.arrayContaining(["x'; DROP TABLE runs; --", '1=1', '%; --', "o'; --"]))
    expect(db.prepare(q.sql).all(...q.params)).toEqual([])
    expect(search({})).toHaveLength(5)
  })

  it('rejects a bad filter with INVALID_PARAMETER_VALUE before touching SQL', () => {
    expect(() => buildRunsSearchQuery({ experimentIds: [1], viewType: 'ALL', limit: 1, offset: 0, filter: 'metrics.a >> 1' }))
      .toThrow(/Invalid comparator '>>'/)
  })
})
