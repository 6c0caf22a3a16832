/**
 * The only way to build Runlens links (STYLE.md §1.5.6): object arguments, codecs for the
 * query, `encodeURIComponent` for path segments. Omitted fields take the codec defaults.
 */
import { toSearchString, type Codec } from './codec.ts'
import { compareSearch, type CompareSearch } from './compare-search.ts'
import { experimentsSearch, type ExperimentsSearch } from './experiments-search.ts'
import { registrySearch, type RegistrySearch, type RegistryTab } from './registry-search.ts'
import { runSearch, type RunTab } from './run-search.ts'
import { runsSearch, type RunsSearch } from './runs-search.ts'

function query<S extends object>(codec: Codec<S>, partial: Partial<S>): string {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<S>
  return toSearchString(codec.serialize({ ...codec.defaults, ...defined }))
}

const seg = (s: string | number) => encodeURIComponent(String(s))

export type RunsHrefArgs = { experimentIds: string[] } & Partial<Omit<RunsSearch, 'experimentIds'>>
/** `metrics`: one chart per key; `charts`: explicit groups (drawn after `metrics`). */
export type CompareHrefArgs = { runs: string[]; metrics?: string[] } & Partial<Omit<CompareSearch, 'runs'>>
export type ModelVersionHrefArgs = { name: string; version: string | number; tab?: RegistryTab; vs?: string | number; alias?: string; metric?: string }

export const hrefs = {
  /** `/`: redirects to the experiment list. */
  home: (): string => '/',
  /** `/experiments` with optional name search, tag filters, sort, view, page token. */
  experiments: (state: Partial<ExperimentsSearch> = {}): string => `/experiments${query(experimentsSearch, state)}`,
  /** `/experiments/runs?exp=…`: the run table over one or several experiments. */
  runs: ({ experimentIds, ...rest }: RunsHrefArgs): string => `/experiments/runs${query(runsSearch, { ...rest, experimentIds })}`,
  /** `/experiments/:experimentId/runs/:runId` with an optional tab and artifact path. */
  run: ({ experimentId, runId, tab, artifact }: { experimentId: string; runId: string; tab?: RunTab; artifact?: string }): string =>
    `/experiments/${seg(experimentId)}/runs/${seg(runId)}${query(runSearch, { tab, artifact })}`,
  /** `/compare?v=1&run=…`: `runs[0]` is the baseline. */
  compare: ({ runs, metrics = [], charts = [], ...rest }: CompareHrefArgs): string =>
    `/compare${query(compareSearch, { ...rest, runs, charts: [...metrics.map((m) => [m]), ...charts] })}`,
  /** `/models` with an optional name search. */
  models: (state: Pick<Partial<RegistrySearch>, 'query'> = {}): string => `/models${query(registrySearch, state)}`,
  /** `/models/:name` (names may hold `/` or spaces; encoded as one segment). */
  model: ({ name, tab, metric }: { name: string; tab?: RegistryTab; metric?: string }): string => `/models/${seg(name)}${query(registrySearch, { tab, metric })}`,
  /** `/models/:name/versions/:version`, optionally compared with version `vs` or the version under `alias`. */
  modelVersion: ({ name, version, tab, vs, alias, metric }: ModelVersionHrefArgs): string =>
    `/models/${seg(name)}/versions/${seg(version)}${query(registrySearch, { tab, versus: vs === undefined ? undefined : String(vs), alias, metric })}`,
  /** `/requests`: the registry approval queue, optionally filtered or opened on one request. */
  requests: (state: Pick<Partial<RegistrySearch>, 'model' | 'version' | 'request'> = {}): string => `/requests${query(registrySearch, state)}`,
}
