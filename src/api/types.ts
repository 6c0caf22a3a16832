/**
 * Runlens domain types: what the rest of the app sees of MLflow. Every field is camelCase,
 * every list/record is present (MLflow omits empty ones on the wire), ids are strings and
 * timestamps are epoch milliseconds as numbers. Produced only by the zod schemas in
 * `src/api/schemas/`.
 */

/** MLflow lifecycle of experiments and runs; deleted ones show only with view type ALL / DELETED_ONLY. */
export type LifecycleStage = 'active' | 'deleted'

/** `view_type` / `run_view_type` of search endpoints. */
export type ViewType = 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL'

/** Tags and params are string → string maps; later duplicates win (MLflow never sends duplicates). */
export type StringMap = Record<string, string>

export type Experiment = {
  /** Numeric id as a string ("0" is MLflow's Default experiment). */
  id: string
  name: string
  lifecycleStage: LifecycleStage
  /** e.g. `mlflow-artifacts:/1`; empty string when the server leaves it out. */
  artifactLocation: string
  /** Server wall clock, epoch ms; undefined on servers that do not record it. */
  creationTime?: number
  lastUpdateTime?: number
  /** Includes `mlflow.note.content` (markdown description) when set. */
  tags: StringMap
}

export type RunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED'

export type RunInfo = {
  /** 32 hex chars (the legacy `run_uuid` is folded in here). */
  runId: string
  /** Empty string when unnamed; mirrored in the `mlflow.runName` tag. */
  runName: string
  experimentId: string
  /** Empty string when the server sends none. */
  userId: string
  status: RunStatus
  /** Epoch ms as logged by the client. */
  startTime: number
  /** Absent while RUNNING. */
  endTime?: number
  lifecycleStage: LifecycleStage
  /** e.g. `mlflow-artifacts:/1/<run>/artifacts`. */
  artifactUri: string
}

/**
 * A metric value after decoding: a finite number, NaN, or ±Infinity. MLflow sends NaN as "NaN"
 * and stores +Infinity as ±Number.MAX_VALUE on SQL backends; both are decoded here.
 */
export type MetricValue = number

/** The latest value of one metric of a run (from runs/get and runs/search). */
export type LatestMetric = {
  key: string
  value: MetricValue
  /** Defaults to 0 (MLflow omits step 0). */
  step: number
  /** Epoch ms. */
  timestamp: number
}

/** One point of a metric history. */
export type MetricPoint = {
  step: number
  timestamp: number
  value: MetricValue
}

/** A history point that also says which run it belongs to (bulk endpoints). */
export type RunMetricPoint = MetricPoint & { runId: string }

export type Dataset = {
  name: string
  digest: string
  /** e.g. `s3`, `local`, `hugging_face`. */
  sourceType: string
  /** JSON string describing the source (e.g. `{"uri": "s3://..."}`), as MLflow stores it. */
  source: string
  /** JSON string (e.g. an `mlflow_tensorspec`); undefined when not logged. */
  schema?: string
  /** JSON string (e.g. `{"num_rows": 118287}`); undefined when not logged. */
  profile?: string
}

export type DatasetInput = {
  dataset: Dataset
  tags: StringMap
  /** Value of the `mlflow.data.context` tag (`training`, `eval`, ...), if any. */
  context?: string
}

export type Run = {
  info: RunInfo
  params: StringMap
  /** Latest value per metric key. */
  metrics: Record<string, LatestMetric>
  tags: StringMap
  inputs: DatasetInput[]
}

export type RunsPage = {
  runs: Run[]
  /** Absent on the last page. */
  nextPageToken?: string
}

export type ExperimentsPage = {
  experiments: Experiment[]
  nextPageToken?: string
}

export type ArtifactFile = {
  /** Relative to the run's artifact root, e.g. `model/data/weights.bin`. */
  path: string
  isDir: boolean
  /** Bytes; files only. */
  fileSize?: number
}

export type ArtifactListing = {
  /** e.g. `mlflow-artifacts:/1/<run>/artifacts`; empty when not sent. */
  rootUri: string
  /** Empty when the directory does not exist (MLflow answers 200 without `files`). */
  files: ArtifactFile[]
}

/** Result of reading an artifact as text. */
export type ArtifactText =
  | { kind: 'text'; text: string; size: number }
  | { kind: 'tooLarge'; tooLarge: true; size: number }
  | { kind: 'binary'; binary: true; size: number }

/** Deprecated in MLflow 2.9 but still served (3.x too); canonical capitalisation. */
export type ModelStage = 'None' | 'Staging' | 'Production' | 'Archived'

export type ModelVersionStatus = 'PENDING_REGISTRATION' | 'FAILED_REGISTRATION' | 'READY'

export type ModelVersion = {
  /** Registered model name. */
  name: string
  /** Version number as a string ("2"). */
  version: string
  creationTimestamp: number
  lastUpdatedTimestamp: number
  currentStage: ModelStage
  description: string
  /** Model artifact URI, e.g. `mlflow-artifacts:/1/<run>/artifacts/model`. */
  source: string
  /** Empty string when the version was not created from a run. */
  runId: string
  runLink: string
  status: ModelVersionStatus
  statusMessage?: string
  userId?: string
  tags: StringMap
  /**
   * Aliases pointing at this version. Filled by model-versions/get and get-by-alias; always
   * empty from model-versions/search (MLflow never sends them there: resolve them through
   * the registered model's `aliases`).
   */
  aliases: string[]
}

export type ModelAlias = { alias: string; version: string }

export type RegisteredModel = {
  name: string
  creationTimestamp: number
  lastUpdatedTimestamp: number
  /** Markdown; empty string when unset. */
  description: string
  /** One version per stage (including None and Archived). */
  latestVersions: ModelVersion[]
  tags: StringMap
  aliases: ModelAlias[]
}

export type RegisteredModelsPage = { models: RegisteredModel[]; nextPageToken?: string }
export type ModelVersionsPage = { versions: ModelVersion[]; nextPageToken?: string }

/** The JSON error body of MLflow (3.x adds sqlstate and error_class). */
export type MlflowErrorBody = {
  errorCode: string
  message: string
  sqlstate?: string
  errorClass?: string
}

/** What the metric fetchers may rely on for one tracking server. */
export type ServerCapabilities = {
  /** `/version` text, when the server answered it. */
  version?: string
  /** Major version from `/version`, or inferred from the probe (2 or 3). */
  major?: number
  /** metrics/get-history honours max_results/page_token (3.x). 2.x returns everything at once. */
  historyPaging: boolean
  /** metrics/get-history-bulk-interval exists (3.x). */
  bulkInterval: boolean
  /** Max run ids per ajax-api metrics/get-history-bulk call: 20 on 2.x, 100 on 3.x. */
  bulkMaxRuns: 20 | 100
}

/** What the Runlens Node server says about itself (`GET /runlens/server-info`). */
export type RunlensServerInfo = {
  /** `embedded`: Runlens' own SQLite tracking server; `remote`: proxying a real MLflow server. */
  mode: 'embedded' | 'remote'
  trackingUri?: string
  /** The user Runlens' own basic auth let in (RUNLENS_BASIC_AUTH); absent without front-door auth. */
  user?: string
}
