import type { ServerContext } from '../context.ts'
import { jsonBodyResponse, type ApiRouter } from '../http.ts'
import { decodePageToken, encodePageToken } from '../search/page-token.ts'
import { buildRunsSearchQuery } from '../search/runs-sql.ts'
import { loadRunsJson } from '../storage/runs-json.ts'
import { queryRunIds, requireActiveRun, requireRun, RUN_STATUSES, runInfoToWire, setRunLifecycle, updateRun } from '../storage/runs.ts'
import { int64, LIMITS, parseExperimentId, parseViewType, validateMaxResults } from '../validation.ts'
import { nowMs } from '../wire.ts'
import { registerLogBatch } from './log-batch.ts'
import { runIdParam } from './run-input.ts'
import { registerRunWrites } from './runs-write.ts'

/**
 * runs/*: get, update, delete, restore, search (POST only), plus the write endpoints in
 * runs-write.ts and log-batch.ts.
 */
export function registerRuns(api: ApiRouter, ctx: ServerContext): void {
  const { db } = ctx

  api.get('runs/get', (input) => {
    const id = runIdParam(input)
    requireRun(db, id)
    // Runs are written out as JSON text by storage (params of a big config are most of the bytes).
    return jsonBodyResponse(`{"run":${loadRunsJson(db, [id])[0]}}`)
  })

  api.post('runs/update', (input) => {
    const id = runIdParam(input)
    const rawStatus = input.str('status')
    // MLflow's proto parser drops an unknown enum value, so an invalid status changes nothing.
    const status = RUN_STATUSES.find((s) => s === rawStatus)
    const endTime = input.has('end_time') ? int64(input.source.end_time, 'end_time') : undefined
    const name = input.str('run_name') || undefined
    const row = db.transaction(() => {
      requireActiveRun(db, id)
      return updateRun(db, id, { status, endTime, name })
    })()
    return { run_info: runInfoToWire(row) }
  })

  api.post('runs/delete', (input) => {
    const id = runIdParam(input)
    db.transaction(() => setRunLifecycle(db, id, 'deleted', nowMs()))()
    return {}
  })

  api.post('runs/restore', (input) => {
    const id = runIdParam(input)
    db.transaction(() => setRunLifecycle(db, id, 'active', nowMs()))()
    return {}
  })

  api.post('runs/search', (input) => {
    const experimentIds = input.strList('experiment_ids').map(parseExperimentId)
    // Absent → MLflow's default page size; an explicit 0 is rejected (3.11).
    const limit = validateMaxResults(input.int('max_results'), LIMITS.searchRunsMax, LIMITS.searchRunsDefault)
    const offset = decodePageToken(input.str('page_token'))
    const query = buildRunsSearchQuery({
      experimentIds,
      filter: input.str('filter') || undefined,
      orderBy: input.strList('order_by'),
      viewType: parseViewType(input.str('run_view_type'), 'run_view_type'),
      limit: limit + 1,
      offset,
    })
    // Read and assemble in one transaction so a concurrent write cannot split a page.
    return db.transaction(() => {
      const ids = queryRunIds(db, query)
      const runs = loadRunsJson(db, ids.slice(0, limit))
      const parts = [runs.length ? `"runs":[${runs.join(',')}]` : '', ids.length > limit ? `"next_page_token":${JSON.stringify(encodePageToken(offset + limit))}` : '']
      return jsonBodyResponse(`{${parts.filter(Boolean).join(',')}}`)
    })()
  })

  registerRunWrites(api, ctx)
  registerLogBatch(api, ctx)
}
