import { useQuery } from '@tanstack/react-query'
import { metricQueries } from '../../../api/metrics.ts'
import { registryQueries } from '../../../api/registry.ts'
import { isTerminalStatus, runQueries } from '../../../api/runs.ts'
import type { ModelVersion, Run } from '../../../api/types.ts'

export type PairSide = { version: ModelVersion | undefined; run: Run | undefined; history: { step: number; value: number; timestamp: number }[] | undefined }

function useSide(model: string, version: string, metric: string): PairSide & { error: unknown; isLoading: boolean } {
  const versions = useQuery(registryQueries.versions(model))
  const mv = versions.data?.find((v) => v.version === version)
  const runId = mv?.runId ?? ''
  const run = useQuery({ ...runQueries.detail(runId), enabled: !!runId })
  const finished = run.data ? isTerminalStatus(run.data.info.status) : false
  const history = useQuery({ ...metricQueries.history(runId, metric, { isFinished: finished }), enabled: !!runId && !!metric })
  return { version: mv, run: run.data, history: history.data, error: versions.error ?? run.error ?? history.error, isLoading: versions.isLoading || run.isLoading || history.isLoading }
}

/** Both versions of a comparison with their source runs and one metric's history each. */
export function useVersionPair(model: string, candidate: string, incumbent: string, metric: string) {
  const cand = useSide(model, candidate, metric)
  const inc = useSide(model, incumbent, metric)
  return { candidate: cand, incumbent: inc, error: cand.error ?? inc.error, isLoading: cand.isLoading || inc.isLoading }
}
