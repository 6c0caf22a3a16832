/**
 * Every search-param name in Runlens URLs. Shared links outlive deploys: a renamed param keeps
 * its old name as an alias in the codec's `parse` for at least one release.
 */

/** Current URL format; written as `v=1` on compare links so later formats can tell them apart. */
export const URL_FORMAT_VERSION = 1

export const SearchParam = {
  /** URL format version (`v=1`); absent means 1. */
  version: 'v',
  /** Experiment id, repeated (`exp=1&exp=7`); the run table spans all of them. */
  experiment: 'exp',
  /** Free-text search: run filter (MLflow syntax plus OR/parentheses), or name search on list pages. */
  query: 'q',
  /** Sort key and direction, repeated in priority order (`sort=metrics.val_mAP:desc`); the last `:` splits. */
  sort: 'sort',
  /** Lifecycle filter: `active` (default), `deleted` or `all`. */
  view: 'view',
  /** Selected run id in the run table, repeated. */
  selected: 'sel',
  /** Expanded parent run id in the run table, repeated. */
  expanded: 'open',
  /** Tag filter on experiments, repeated, `key=value` (split at the first `=`), or `key` for "has tag". */
  tag: 'tag',
  /** Opaque MLflow page token of the experiment list. */
  page: 'page',
  /** Compared run id, repeated; the first one is the baseline. */
  run: 'run',
  /** One chart, repeated: its metric keys comma-joined (`m=train_loss,val_loss`); `\,` and `\\` escape. */
  metric: 'm',
  /** Legacy MLflow compare param: a JSON array of run ids (`runs=["a","b"]`), read only. */
  legacyRuns: 'runs',
  /** Legacy MLflow compare param: a JSON array of experiment ids (`experiments=["1"]`), read only. */
  legacyExperiments: 'experiments',
  /** X axis: `step` (default), `wall` (wall-clock time) or `relative` (time since run start). */
  xAxis: 'x',
  /** Smoothing: `none` (default), `ema` (debiased), `twema` (time-weighted EMA) or `gauss`. */
  smoothing: 'smooth',
  /** Smoothing weight in [0, 1), default 0.6; written only while smoothing is on. */
  smoothingWeight: 'w',
  /** Log-scale y axis when `1`. */
  logY: 'logy',
  /** Log-scale x axis when `1`. */
  logX: 'logx',
  /** Clip the y axis to p5–p95 of visible points when `1`; data are never dropped. */
  outliers: 'outliers',
  /** Group runs by this key (`params.optimizer`, `tags.team`), repeated for nested groups. */
  group: 'group',
  /** Aggregate line of a group: `mean` (default), `median`, `min` or `max`. */
  aggregate: 'agg',
  /** Band around a group's line: `minmax` (default), `std`, `sem`, `ci95` or `none`. */
  band: 'band',
  /** Zoomed x range `from-to` in x-axis units (`zoom=100-2000`, `zoom=-5--1`). */
  zoom: 'zoom',
  /** Show only differing rows (params, metrics, config) when `1`. */
  diffOnly: 'diff',
  /** Section of the page: compare `charts|params|metrics|hydra|artifacts`, run or model tabs. */
  tab: 'tab',
  /** Artifact path chosen for preview or diff (`art=.hydra/config.yaml`). */
  artifact: 'art',
  /** The two runs an artifact diff shows, `runA,runB` (default: baseline vs the next run). */
  pair: 'pair',
  /** Registered-model name filter on the approval queue. */
  model: 'model',
  /** Model version filter on the approval queue. */
  modelVersion: 'ver',
  /** Compare a model version with this version number (`vs=3`). */
  versus: 'vs',
  /** Compare a model version with the version this alias points to (`alias=champion`). */
  alias: 'alias',
  /** Registry approval request id to open (`req=...`). */
  request: 'req',
} as const

export type SearchParamName = (typeof SearchParam)[keyof typeof SearchParam]
