import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trackingTestClient, type TrackingTestClient } from './tracking-test-client.ts'

let t: TrackingTestClient
let runId = ''
let deletedRunId = ''
const missingRun = '0123456789abcdef0123456789abcdef'

beforeAll(async () => {
  t = trackingTestClient()
  runId = (await t.run('r1')).runId
  deletedRunId = (await t.run('r2')).runId
  await t.post('runs/delete', { run_id: deletedRunId })
  await t.post('runs/log-parameter', { run_id: runId, key: 'lr', value: '0.1' })
})
afterAll(() => t.close())

type Case = { name: string; method: 'GET' | 'POST'; path: string; params: () => Record<string, unknown>; status: number; code?: string }
const q = (o: Record<string, unknown>) => () => o
const ids101 = Array.from({ length: 101 }, (_, i) => i.toString(16).padStart(32, '0'))

// request → expected status / error_code, following the recorded MLflow 3.11 answers.
const cases: Case[] = [
  { name: 'experiments/get non-numeric id', method: 'GET', path: 'experiments/get', params: q({ experiment_id: 'abc' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'experiments/get unknown id', method: 'GET', path: 'experiments/get', params: q({ experiment_id: '987654' }), status: 404, code: 'RESOURCE_DOES_NOT_EXIST' },
  { name: 'experiments/get missing id', method: 'GET', path: 'experiments/get', params: q({}), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'experiments/get-by-name unknown', method: 'GET', path: 'experiments/get-by-name', params: q({ experiment_name: 'nope' }), status: 404, code: 'RESOURCE_DOES_NOT_EXIST' },
  { name: 'experiments/create duplicate', method: 'POST', path: 'experiments/create', params: q({ name: 'exp' }), status: 400, code: 'RESOURCE_ALREADY_EXISTS' },
  { name: 'experiments/create empty name', method: 'POST', path: 'experiments/create', params: q({ name: '' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'experiments/create name too long', method: 'POST', path: 'experiments/create', params: q({ name: 'x'.repeat(501) }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'experiments/search GET without max_results', method: 'GET', path: 'experiments/search', params: q({}), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'experiments/search POST without max_results', method: 'POST', path: 'experiments/search', params: q({ filter: "name LIKE 'e%'" }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'experiments/search max_results 50001', method: 'GET', path: 'experiments/search', params: q({ max_results: 50001 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'experiments/search bad page token', method: 'GET', path: 'experiments/search', params: q({ max_results: 5, page_token: 'garbage' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'experiments/delete Default', method: 'POST', path: 'experiments/delete', params: q({ experiment_id: '0' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'experiments/delete-experiment-tag missing tag', method: 'POST', path: 'experiments/delete-experiment-tag', params: q({ experiment_id: '1', key: 'nope' }), status: 404, code: 'RESOURCE_DOES_NOT_EXIST' },
  { name: 'experiments/set-experiment-tag value too long', method: 'POST', path: 'experiments/set-experiment-tag', params: q({ experiment_id: '1', key: 'k', value: 'v'.repeat(5001) }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/get missing run_id', method: 'GET', path: 'runs/get', params: q({}), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/get unknown', method: 'GET', path: 'runs/get', params: q({ run_id: missingRun }), status: 404, code: 'RESOURCE_DOES_NOT_EXIST' },
  { name: 'runs/get malformed', method: 'GET', path: 'runs/get', params: q({ run_id: 'nope' }), status: 404, code: 'RESOURCE_DOES_NOT_EXIST' },
  { name: 'runs/create unknown experiment', method: 'POST', path: 'runs/create', params: q({ experiment_id: '999' }), status: 404, code: 'RESOURCE_DOES_NOT_EXIST' },
  { name: 'runs/create name ≠ runName tag', method: 'POST', path: 'runs/create', params: q({ experiment_id: '0', run_name: 'a', tags: [{ key: 'mlflow.runName', value: 'b' }] }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/set-tag unknown run', method: 'POST', path: 'runs/set-tag', params: q({ run_id: missingRun, key: 'k', value: 'v' }), status: 404, code: 'RESOURCE_DOES_NOT_EXIST' },
  { name: 'runs/set-tag on deleted run', method: 'POST', path: 'runs/set-tag', params: () => ({ run_id: deletedRunId, key: 'k', value: 'v' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/set-tag value 8001 chars', method: 'POST', path: 'runs/set-tag', params: () => ({ run_id: runId, key: 'k', value: 'v'.repeat(8001) }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/set-tag key 251 chars', method: 'POST', path: 'runs/set-tag', params: () => ({ run_id: runId, key: 'k'.repeat(251), value: 'v' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/set-tag key path traversal', method: 'POST', path: 'runs/set-tag', params: () => ({ run_id: runId, key: '../x', value: 'v' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/delete-tag missing tag', method: 'POST', path: 'runs/delete-tag', params: () => ({ run_id: runId, key: 'absent' }), status: 404, code: 'RESOURCE_DOES_NOT_EXIST' },
  { name: 'runs/log-parameter changed value', method: 'POST', path: 'runs/log-parameter', params: () => ({ run_id: runId, key: 'lr', value: '0.2' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-parameter value 6001 chars', method: 'POST', path: 'runs/log-parameter', params: () => ({ run_id: runId, key: 'p', value: 'v'.repeat(6001) }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-metric missing value', method: 'POST', path: 'runs/log-metric', params: () => ({ run_id: runId, key: 'm', timestamp: 1 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-metric non-numeric value', method: 'POST', path: 'runs/log-metric', params: () => ({ run_id: runId, key: 'm', value: 'abc', timestamp: 1 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-metric missing timestamp', method: 'POST', path: 'runs/log-metric', params: () => ({ run_id: runId, key: 'm', value: 1 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-metric fractional step', method: 'POST', path: 'runs/log-metric', params: () => ({ run_id: runId, key: 'm', value: 1, timestamp: 1, step: 1.5 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-batch 1001 metrics', method: 'POST', path: 'runs/log-batch', params: () => ({ run_id: runId, metrics: Array.from({ length: 1001 }, (_, i) => ({ key: 'm', value: i, timestamp: 1, step: i })) }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-batch 101 params', method: 'POST', path: 'runs/log-batch', params: () => ({ run_id: runId, params: Array.from({ length: 101 }, (_, i) => ({ key: `p${i}`, value: 'v' })) }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-batch 101 tags', method: 'POST', path: 'runs/log-batch', params: () => ({ run_id: runId, tags: Array.from({ length: 101 }, (_, i) => ({ key: `t${i}`, value: 'v' })) }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-batch duplicate param keys', method: 'POST', path: 'runs/log-batch', params: () => ({ run_id: runId, params: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-batch metrics not a list', method: 'POST', path: 'runs/log-batch', params: () => ({ run_id: runId, metrics: 'x' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/log-batch unknown run', method: 'POST', path: 'runs/log-batch', params: q({ run_id: missingRun, tags: [{ key: 'a', value: 'b' }] }), status: 404, code: 'RESOURCE_DOES_NOT_EXIST' },
  { name: 'runs/log-inputs dataset without name', method: 'POST', path: 'runs/log-inputs', params: () => ({ run_id: runId, datasets: [{ dataset: { digest: 'd', source_type: 's', source: '{}' } }] }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/search max_results 0', method: 'POST', path: 'runs/search', params: q({ experiment_ids: ['1'], max_results: 0 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/search max_results 50001', method: 'POST', path: 'runs/search', params: q({ experiment_ids: ['1'], max_results: 50001 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/search garbage page token', method: 'POST', path: 'runs/search', params: q({ experiment_ids: ['1'], page_token: 'garbage' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'runs/search unknown experiment', method: 'POST', path: 'runs/search', params: q({ experiment_ids: ['987654'] }), status: 200 },
  { name: 'runs/update bad status is ignored', method: 'POST', path: 'runs/update', params: () => ({ run_id: runId, status: 'DONE' }), status: 200 },
  { name: 'metrics/get-history missing metric_key', method: 'GET', path: 'metrics/get-history', params: () => ({ run_id: runId }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'metrics/get-history unknown run', method: 'GET', path: 'metrics/get-history', params: q({ run_id: missingRun, metric_key: 'm' }), status: 200 },
  { name: 'bulk-interval 101 runs', method: 'GET', path: 'metrics/get-history-bulk-interval', params: q({ run_ids: ids101, metric_key: 'm', max_results: 10 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'bulk-interval max_results 2501', method: 'GET', path: 'metrics/get-history-bulk-interval', params: () => ({ run_ids: runId, metric_key: 'm', max_results: 2501 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'bulk-interval max_results 0', method: 'GET', path: 'metrics/get-history-bulk-interval', params: () => ({ run_ids: runId, metric_key: 'm', max_results: 0 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'bulk-interval only start_step', method: 'GET', path: 'metrics/get-history-bulk-interval', params: () => ({ run_ids: runId, metric_key: 'm', start_step: 1 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'bulk-interval start > end', method: 'GET', path: 'metrics/get-history-bulk-interval', params: () => ({ run_ids: runId, metric_key: 'm', start_step: 5, end_step: 1 }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'bulk-interval missing run_ids', method: 'GET', path: 'metrics/get-history-bulk-interval', params: q({ metric_key: 'm' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'bulk 101 runs', method: 'GET', path: '/ajax-api/2.0/mlflow/metrics/get-history-bulk', params: q({ run_id: ids101, metric_key: 'm' }), status: 400, code: 'INVALID_PARAMETER_VALUE' },
  { name: 'bulk 100 runs is fine', method: 'GET', path: '/ajax-api/2.0/mlflow/metrics/get-history-bulk', params: q({ run_id: ids101.slice(1), metric_key: 'm' }), status: 200 },
  { name: 'search-datasets without ids', method: 'POST', path: '/ajax-api/2.0/mlflow/experiments/search-datasets', params: q({}), status: 400, code: 'INVALID_PARAMETER_VALUE' },
]

describe('bad input → MLflow status and error_code', () => {
  it.each(cases)('$name → $status $code', async ({ method, path, params, status, code }) => {
    const res = method === 'GET' ? await t.get(path, params() as Record<string, string>) : await t.post(path, params())
    expect(res.status).toBe(status)
    if (code) {
      expect(res.body.error_code).toBe(code)
      expect(typeof res.body.message).toBe('string')
      expect(String(res.body.message)).not.toMatch(/\/tmp|runlens-tracking-/)
    }
  })
})

describe('routing errors are HTML like Flask', () => {
  it.each([
    ['GET', '/api/2.0/mlflow/does-not-exist', 404],
    ['GET', '/api/2.0/mlflow/metrics/get-history-bulk', 404], // only under /ajax-api
    ['POST', '/api/2.0/mlflow/experiments/search-datasets', 404], // only under /ajax-api
    ['GET', '/api/2.0/mlflow/runs/search', 405],
    ['POST', '/api/2.0/mlflow/runs/get', 405],
    ['DELETE', '/ajax-api/2.0/mlflow/experiments/create', 405],
  ])('%s %s → %i', async (method, path, status) => {
    const res = await t.raw(method, path)
    expect(res.status).toBe(status)
    expect(res.type).toContain('text/html')
    expect(String(res.body.text)).toContain(status === 404 ? '404 Not Found' : '405 Method Not Allowed')
  })

  it('POST with a non-JSON content type is 400 INVALID_PARAMETER_VALUE', async () => {
    const res = await t.raw('POST', '/api/2.0/mlflow/runs/search', { body: 'x=1', headers: { 'content-type': 'text/plain' } })
    expect(res.status).toBe(400)
    expect(res.body.error_code).toBe('INVALID_PARAMETER_VALUE')
  })
})
