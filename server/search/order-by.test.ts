import { describe, expect, it } from 'vitest'
import { MlflowError } from '../errors.ts'
import type { EntityKind } from './filter.ts'
import { parseOrderBy, type OrderByClause } from './order-by.ts'

describe('parseOrderBy: valid', () => {
  const cases: [EntityKind, string[] | undefined, OrderByClause[]][] = [
    ['runs', undefined, []],
    ['runs', [], []],
    ['runs', ['metrics.val_mAP DESC'], [{ type: 'metric', key: 'val_mAP', ascending: false }]],
    ['runs', ['params.`optim.lr` ASC'], [{ type: 'param', key: 'optim.lr', ascending: true }]],
    ['runs', ['tags.mlflow.runName desc'], [{ type: 'tag', key: 'mlflow.runName', ascending: false }]],
    ['runs', ['attributes.start_time'], [{ type: 'attribute', key: 'start_time', ascending: true }]],
    ['runs', ['start_time DESC', 'run_name'], [{ type: 'attribute', key: 'start_time', ascending: false }, { type: 'attribute', key: 'run_name', ascending: true }]],
    ['runs', ['created DeSc'], [{ type: 'attribute', key: 'start_time', ascending: false }]],
    ['runs', ['metric.`system/gpu` asc'], [{ type: 'metric', key: 'system/gpu', ascending: true }]],
    ['experiments', ['name', 'last_update_time DESC'], [{ type: 'attribute', key: 'name', ascending: true }, { type: 'attribute', key: 'last_update_time', ascending: false }]],
    ['experiments', ['attribute.experiment_id DESC'], [{ type: 'attribute', key: 'experiment_id', ascending: false }]],
    ['registered_models', ['last_updated_timestamp DESC'], [{ type: 'attribute', key: 'last_updated_timestamp', ascending: false }]],
    ['registered_models', ['timestamp'], [{ type: 'attribute', key: 'last_updated_timestamp', ascending: true }]],
    ['model_versions', ['version_number ASC', 'name DESC'], [{ type: 'attribute', key: 'version_number', ascending: true }, { type: 'attribute', key: 'name', ascending: false }]],
  ]
  it.each(cases)('%s: %j', (kind, orderBy, expected) => {
    expect(parseOrderBy(kind, orderBy)).toEqual(expected)
  })
})

describe('parseOrderBy: invalid', () => {
  const cases: [EntityKind, string[], string][] = [
    ['runs', ['metrics.a DOWN'], "Invalid ordering key in order_by clause 'metrics.a DOWN'"],
    ['runs', ['metrics.a DESC extra'], "Invalid order_by clause 'metrics.a DESC extra'. Could not be parsed."],
    ['runs', [''], "Invalid order_by clause ''. Could not be parsed."],
    ['runs', ['> 1'], "Expected a key but found '>'"],
    ['runs', ['metrics.a/b'], "Could not be parsed. unexpected character '/'"],
    ['runs', ['attributes.color'], "Invalid attribute key 'color' specified"],
    ['runs', ['foo.bar'], "Invalid entity type 'foo'"],
    ['runs', ['datasets.name'], "Invalid identifier type 'dataset'"],
    ['runs', ['metrics.a', 'metrics.a DESC'], '`order_by` contains duplicate fields'],
    ['runs', ['start_time', 'created DESC'], '`order_by` contains duplicate fields'],
    ['experiments', ['tags.x'], 'Invalid order_by entity: tag'],
    ['experiments', ['creation_timestamp'], "Invalid attribute key 'creation_timestamp'"],
    ['registered_models', ['version_number'], "Invalid attribute key 'version_number'"],
    ['model_versions', ['run_id'], "Invalid attribute key 'run_id'"],
  ]
  it.each(cases)('%s: %j → …%s…', (kind, orderBy, fragment) => {
    let caught: unknown
    try {
      parseOrderBy(kind, orderBy)
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(MlflowError)
    expect((caught as MlflowError).errorCode).toBe('INVALID_PARAMETER_VALUE')
    expect((caught as MlflowError).message).toContain(fragment)
  })
})
