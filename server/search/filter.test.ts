import { describe, expect, it } from 'vitest'
import { MlflowError } from '../errors.ts'
import { parseFilter, type EntityKind, type FilterClause } from './filter.ts'

const clause = (type: FilterClause['type'], key: string, comparator: FilterClause['comparator'], value: FilterClause['value']): FilterClause =>
  ({ type, key, comparator, value })

describe('parseFilter: valid filters', () => {
  const cases: [EntityKind, string | undefined, FilterClause[]][] = [
    ['runs', undefined, []],
    ['runs', '   ', []],
    ['runs', 'metrics.val_mAP > 0.45', [clause('metric', 'val_mAP', '>', 0.45)]],
    ['runs', 'metric.loss <= -1.5e-3', [clause('metric', 'loss', '<=', -0.0015)]],
    ['runs', 'metrics.acc != 1', [clause('metric', 'acc', '!=', 1)]],
    ['runs', "params.optimizer = 'adamw'", [clause('param', 'optimizer', '=', 'adamw')]],
    ['runs', 'param.lr = "0.01"', [clause('param', 'lr', '=', '0.01')]],
    ['runs', "parameters.a like 'x%' AND parameter.b ILIKE '%Y'", [clause('param', 'a', 'LIKE', 'x%'), clause('param', 'b', 'ILIKE', '%Y')]],
    ['runs', "params.`model.backbone.name` = 'resnet50'", [clause('param', 'model.backbone.name', '=', 'resnet50')]],
    ['runs', 'metrics.`system/gpu_0_utilization_percentage` > 0', [clause('metric', 'system/gpu_0_utilization_percentage', '>', 0)]],
    ['runs', 'tags."my key" = \'v\'', [clause('tag', 'my key', '=', 'v')]],
    ['runs', "tags.mlflow.parentRunId = 'abc'", [clause('tag', 'mlflow.parentRunId', '=', 'abc')]],
    ['runs', "tag.x IS NULL and tags.y is not null", [clause('tag', 'x', 'IS NULL', null), clause('tag', 'y', 'IS NOT NULL', null)]],
    ['runs', "params.p IS NOT NULL", [clause('param', 'p', 'IS NOT NULL', null)]],
    ['runs', "attributes.run_id IN ('a', 'b')", [clause('attribute', 'run_id', 'IN', ['a', 'b'])]],
    ['runs', "run_id not in ('a')", [clause('attribute', 'run_id', 'NOT IN', ['a'])]],
    ['runs', "attr.status = 'FINISHED'", [clause('attribute', 'status', '=', 'FINISHED')]],
    ['runs', "run.user_id != 'bob'", [clause('attribute', 'user_id', '!=', 'bob')]],
    ['runs', "attributes.run_name LIKE 'yolov8m%'", [clause('attribute', 'run_name', 'LIKE', 'yolov8m%')]],
    ['runs', "attributes.`Run name` = 'x'", [clause('attribute', 'run_name', '=', 'x')]],
    ['runs', 'created > 5 AND attributes.end_time <= 10', [clause('attribute', 'start_time', '>', 5), clause('attribute', 'end_time', '<=', 10)]],
    ['runs', "datasets.name IN ('coco') AND dataset.context = 'train'", [clause('dataset', 'name', 'IN', ['coco']), clause('dataset', 'context', '=', 'train')]],
    ['runs', "params.q = 'it''s' AND params.r = 'a\\'b'", [clause('param', 'q', '=', "it's"), clause('param', 'r', '=', "a'b")]],
    // MLflow ignores dangling ANDs (it drops every AND token before reading comparisons).
    ['runs', 'AND metrics.a > 1 AND', [clause('metric', 'a', '>', 1)]],
    ['runs', "params.x = ' OR 1=1 --'", [clause('param', 'x', '=', ' OR 1=1 --')]],
    ['experiments', "name LIKE '%seg%'", [clause('attribute', 'name', 'LIKE', '%seg%')]],
    ['experiments', "tags.team = 'perception' AND creation_time >= 100", [clause('tag', 'team', '=', 'perception'), clause('attribute', 'creation_time', '>=', 100)]],
    ['experiments', 'attribute.last_update_time < 5 AND tag.t IS NULL', [clause('attribute', 'last_update_time', '<', 5), clause('tag', 't', 'IS NULL', null)]],
    ['registered_models', "name ILIKE 'DET%' AND tags.task = 'x'", [clause('attribute', 'name', 'ILIKE', 'DET%'), clause('tag', 'task', '=', 'x')]],
    ['model_versions', "name='detector'", [clause('attribute', 'name', '=', 'detector')]],
    ['model_versions', "run_id IN ('r1', 'r2') AND version_number > 2", [clause('attribute', 'run_id', 'IN', ['r1', 'r2']), clause('attribute', 'version_number', '>', 2)]],
    ['model_versions', "version_number = '3' AND source_path LIKE 's3://%'", [clause('attribute', 'version_number', '=', 3), clause('attribute', 'source_path', 'LIKE', 's3://%')]],
  ]
  it.each(cases)('%s: %s', (kind, filter, expected) => {
    expect(parseFilter(kind, filter)).toEqual(expected)
  })
})

describe('parseFilter: invalid filters', () => {
  // Exact messages come from MLflow 3.11 responses (fixtures named in the comments).
  const cases: [EntityKind, string, string][] = [
    // runs-search-bad-filter
    ['runs', 'metrics.val_mAP >> 0.4', "Invalid comparator '>>' not one of '{'<', '>', '>=', '<=', '!=', '='}"],
    // runs-search-unknown-attribute
    ['runs', "attributes.color = 'red'", "Invalid attribute key 'color' specified. Valid keys are '{'end_time', 'status', 'created', 'Created', 'run_name', 'run name', 'run_id', 'start_time', 'user_id', 'artifact_uri', 'Run name', 'Run Name'}'"],
    // runs-search-filter-status-in
    ['runs', "attributes.status IN ('KILLED', 'RUNNING')", "Only the 'run_id' attribute supports comparison with a list of quoted string values."],
    // experiments-search-bad-filter
    ['experiments', "nam = 'x' AND", "Invalid attribute key 'nam' specified. Valid keys are '{'name', 'creation_time', 'last_update_time'}'"],
    // registered-models-search-bad-filter
    ['registered_models', 'name = detector', 'Parameter value is either not quoted or unidentified quote types used for string value detector. Use either single or double quotes.'],
    // model-versions-search-bad-filter
    ['model_versions', "stage = 'Production'", "Invalid attribute key 'stage' specified. Valid keys are '{'name', 'version_number', 'source_path', 'run_id'}'"],
  ]
  it.each(cases)('%s: %s → MLflow message', (kind, filter, message) => {
    expect(() => parseFilter(kind, filter)).toThrow(new MlflowError('INVALID_PARAMETER_VALUE', message))
  })

  const fragments: [EntityKind, string, string][] = [
    ['runs', 'metrics.a > 1 OR metrics.b < 2', "'OR' at character 15. MLflow search filters support only AND"],
    ['runs', 'metrics.a > 1 metrics.b < 2', 'Expected AND between conditions'],
    ['runs', "metrics.a > 'x'", 'Expected numeric value type for metric. Found'],
    ['runs', 'metrics.a LIKE 1', "Invalid comparator 'LIKE' not one of"],
    ['runs', 'metrics.a IS NULL', "Invalid comparator 'IS NULL'"],
    ['runs', 'params.lr > 0.1', 'Expected a quoted string value for parameter'],
    ['runs', "params.lr > '0.1'", "Invalid comparator '>' not one of '{'!=', '=', 'LIKE', 'ILIKE', 'IS NULL', 'IS NOT NULL'}'"],
    ['runs', "foo.bar = 'x'", "Invalid entity type 'foo'. Valid values are ['metric', 'parameter', 'tag', 'attribute', 'dataset']"],
    ['runs', "constructor = 'x'", "Invalid attribute key 'constructor'"],
    ['runs', "toString.x = 'x'", "Invalid entity type 'toString'"],
    ['runs', "start_time > '2024'", 'Expected numeric value type for numeric attribute: start_time'],
    ['runs', 'status = 1', 'Expected a quoted string value for attributes. Got value 1'],
    ['runs', "run_id = ('a')", 'a list of values needs IN or NOT IN'],
    ['runs', "run_id IN 'a'", 'IN needs a parenthesized list'],
    ['runs', 'run_id IN ()', 'expected a non-empty list of string values, but got empty list'],
    ['runs', "run_id IN ('a', 1)", 'got different type in list'],
    ['runs', "run_id IN ('a' 'b')", "expected ',' or ')'"],
    ['runs', 'metrics.a >', "expected a value after 'metrics.a >' at character 12"],
    ['runs', 'metrics.a', "expected a comparator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN, IS NULL, IS NOT NULL) after 'metrics.a'"],
    ['runs', "params.a = 'x", 'unterminated string starting at character 12'],
    ['runs', 'params.`a = 1', 'unterminated back-quoted key'],
    ['runs', 'metrics.a/b > 1', "unexpected character '/' at character 10. Back-quote keys"],
    ['runs', "params. = 'x'", "expected a key after 'params.'"],
    ['runs', "= 'x'", "expected a key at character 1 but found '='"],
    ['runs', "datasets.size = 'x'", "Invalid dataset key 'size'"],
    ['experiments', "metrics.a > 1", "Invalid entity type 'metrics'. Valid entity types are ('attribute', 'tag', 'tags')"],
    ['experiments', "attributes.name = 'x'", "Invalid entity type 'attributes'"],
    ['experiments', "name IN ('a')", "Only the 'run_id' attribute supports"],
    ['registered_models', "tags.x IS NULL", "Invalid comparator 'IS NULL'"],
    ['model_versions', "name IN ('a')", "Only the 'run_id' attribute supports"],
    ['model_versions', "run_id NOT IN ('a')", "Invalid comparator 'NOT IN'"],
  ]
  it.each(fragments)('%s: %s → …%s…', (kind, filter, fragment) => {
    let caught: unknown
    try {
      parseFilter(kind, filter)
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(MlflowError)
    expect((caught as MlflowError).errorCode).toBe('INVALID_PARAMETER_VALUE')
    expect((caught as MlflowError).status).toBe(400)
    expect((caught as MlflowError).message).toContain(fragment)
  })
})
