import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { FIXTURE_VERSIONS, fixture, fixtureNames, type Fixture } from '../../testing/fixtures/load.ts'
import { responseFor } from '../../testing/fixtures/fake-fetch.ts'
import { errorFromResponse } from '../client.ts'
import { listArtifactsResponse } from './artifact.ts'
import { mlflowErrorSchema } from './error.ts'
import { getExperimentResponse, searchExperimentsResponse } from './experiment.ts'
import { bulkHistoryResponse, metricHistoryResponse } from './metric.ts'
import {
  downloadUriResponse,
  getRegisteredModelResponse,
  latestVersionsResponse,
  modelVersionResponse,
  searchModelVersionsResponse,
  searchRegisteredModelsResponse,
} from './registry.ts'
import { getRunResponse, searchRunsResponse, updateRunResponse } from './run.ts'

// Write calls that answer `{}`: nothing to parse, but the body must really be empty.
const emptyObject = z.strictObject({})

/** Endpoint (path after the API prefix, or the full path for non-API routes) → response schema. */
const SCHEMAS: Record<string, z.ZodMiniType> = {
  'experiments/get': getExperimentResponse,
  'experiments/get-by-name': getExperimentResponse,
  'experiments/search': searchExperimentsResponse,
  'runs/get': getRunResponse,
  'runs/search': searchRunsResponse,
  'runs/update': updateRunResponse,
  'runs/delete': emptyObject,
  'runs/restore': emptyObject,
  'runs/set-tag': emptyObject,
  'runs/delete-tag': emptyObject,
  'metrics/get-history': metricHistoryResponse,
  'metrics/get-history-bulk': bulkHistoryResponse,
  'metrics/get-history-bulk-interval': bulkHistoryResponse,
  'artifacts/list': listArtifactsResponse,
  '/api/2.0/mlflow-artifacts/artifacts': listArtifactsResponse,
  'registered-models/search': searchRegisteredModelsResponse,
  'registered-models/get': getRegisteredModelResponse,
  'registered-models/get-latest-versions': latestVersionsResponse,
  'registered-models/alias GET': modelVersionResponse,
  'registered-models/alias': emptyObject,
  'registered-models/set-tag': emptyObject,
  'registered-models/delete-tag': emptyObject,
  'model-versions/search': searchModelVersionsResponse,
  'model-versions/get': modelVersionResponse,
  'model-versions/get-download-uri': downloadUriResponse,
  'model-versions/transition-stage': modelVersionResponse,
  'model-versions/update': modelVersionResponse,
  'model-versions/set-tag': emptyObject,
  'model-versions/delete-tag': emptyObject,
}

/** Successful responses that are not JSON entities; covered by artifact/server-info tests. */
const NOT_JSON_ENTITIES = [/^\/get-artifact$/, /^\/model-versions\/get-artifact$/, /^\/(ajax-)?api\/2\.0\/mlflow-artifacts\/artifacts\/.+/, /^\/health$/, /^\/version$/, /^experiments\/search-datasets$/]

function endpoint(fx: Fixture): string {
  return fx.request.path.replace(/^\/(ajax-)?api\/2\.0\/mlflow\//, '')
}

function schemaFor(fx: Fixture): z.ZodMiniType | undefined {
  const ep = endpoint(fx)
  return SCHEMAS[`${ep} ${fx.request.method}`] ?? SCHEMAS[ep]
}

const all = FIXTURE_VERSIONS.flatMap((v) => fixtureNames(v).map((name) => ({ v, name, fx: fixture(v, name) })))
const ok = all.filter((f) => f.fx.response.status < 300)
const failed = all.filter((f) => f.fx.response.status >= 300)

describe('every recorded fixture', () => {
  it('is loaded for both versions', () => {
    expect(fixtureNames('v2.10').length).toBeGreaterThan(130)
    expect(fixtureNames('v3.11').length).toBeGreaterThan(130)
  })

  it.each(ok.map((f) => [`${f.v}/${f.name}`, f.fx] as const))('%s: 2xx body parses with its schema', (_label, fx) => {
    const schema = schemaFor(fx)
    if (!schema) {
      expect(NOT_JSON_ENTITIES.some((re) => re.test(endpoint(fx))), `no schema for ${fx.request.method} ${endpoint(fx)}`).toBe(true)
      return
    }
    const res = schema.safeParse(fx.response.body)
    expect(res.success, res.success ? '' : JSON.stringify(res.error.issues.slice(0, 3))).toBe(true)
  })

  it.each(failed.map((f) => [`${f.v}/${f.name}`, f.fx] as const))('%s: error becomes a typed MlflowApiError', async (_label, fx) => {
    const err = await errorFromResponse(responseFor(fx), fx.request.path)
    expect(err.status).toBe(fx.response.status)
    const type = fx.response.headers['content-type'] ?? ''
    if (type.includes('json')) {
      const body = mlflowErrorSchema.parse(fx.response.body)
      expect(err.errorCode).toBe(body.errorCode)
      expect(err.message).toBe(body.message)
    } else {
      expect(err.errorCode).toBe(`HTTP_${fx.response.status}`)
      expect(err.message).not.toMatch(/[<>]/)
      expect(err.message.length).toBeGreaterThan(0)
    }
  })
})
