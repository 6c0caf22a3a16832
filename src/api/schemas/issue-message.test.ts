import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { MlflowApiError } from '../client.ts'
import { parseBody } from '../request.ts'
import { getExperimentResponse } from './experiment.ts'
import { modelVersionResponse } from './registry.ts'
import { getRunResponse, searchRunsResponse } from './run.ts'

/** The user-facing text parseBody builds for a body that does not match `schema`. */
function shapeError(schema: z.ZodMiniType, body: unknown): string {
  try {
    parseBody(schema, body, '/api/2.0/mlflow/x')
  } catch (err) {
    expect(err).toBeInstanceOf(MlflowApiError)
    expect(err).toMatchObject({ errorCode: 'UNEXPECTED_RESPONSE', kind: 'parse', status: 200 })
    return (err as MlflowApiError).message.replace("The server's response did not have the expected shape ", '').replace(/\.$/, '')
  }
  throw new Error('body parsed')
}

describe('response mismatch messages (zod/mini has no message texts of its own)', () => {
  it.each([
    ['not an object', getExperimentResponse, null, '((root): expected object, received null)'],
    ['missing entity', getExperimentResponse, {}, '(experiment: expected object, received undefined)'],
    ['wrong type', getExperimentResponse, { experiment: { experiment_id: '1', name: 7 } }, '(experiment.name: expected string, received number)'],
    ['array for object', getRunResponse, { run: [] }, '(run: expected object, received array)'],
    [
      'unknown enum value',
      getRunResponse,
      { run: { info: { run_id: 'r', experiment_id: '0', status: 'DONE' } } },
      '(run.info.status: expected one of "RUNNING"|"SCHEDULED"|"FINISHED"|"FAILED"|"KILLED", received "DONE")',
    ],
    [
      'int64 string that is not an integer',
      getExperimentResponse,
      { experiment: { experiment_id: '1', name: 'n', creation_time: '1.5e3' } },
      '(experiment.creation_time: invalid string "1.5e3": must match pattern /^-?\\d+$/)',
    ],
    ['no run id (custom issue keeps its text)', searchRunsResponse, { runs: [{ info: { experiment_id: '0', status: 'RUNNING' } }] }, '(runs.0.info: run info without run_id)'],
    ['unknown stage', modelVersionResponse, { model_version: { name: 'm', version: '1', current_stage: 'Live' } }, '(model_version.current_stage: unknown stage Live)'],
    ['long strings are cut', getRunResponse, { run: { info: { run_id: 'r', experiment_id: '0', status: 'x'.repeat(60) } } }, /received "x{39}…"\)$/],
  ] as const)('%s', (_name, schema, body, expected) => {
    const message = shapeError(schema, body)
    if (typeof expected === 'string') expect(message).toBe(expected)
    else expect(message).toMatch(expected)
  })

  it.each([
    ['too small string', z.string().check(z.minLength(1)), '', 'too small: expected string length >= 1'],
    ['too big string', z.string().check(z.maxLength(2)), 'abc', 'too big: expected string length <= 2'],
    ['unrecognized key', z.strictObject({}), { a: 1 }, 'unrecognized key: a'],
    ['NaN is named', z.string(), NaN, 'expected string, received NaN'],
  ] as const)('%s', (_name, schema, body, expected) => {
    expect(shapeError(schema, body)).toBe(`((root): ${expected})`)
  })
})
