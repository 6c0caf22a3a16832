import type { Db } from './storage/db.ts'
import type { ReadPool } from './storage/read-pool.ts'

/** Everything a route module needs; built once per server in `app.ts`. */
export type ServerContext = {
  db: Db
  /** Root folder of the data directory (database + artifacts). */
  dataDir: string
  /** Folder under which `mlflow-artifacts:/<exp>/<run>/artifacts` paths are stored. */
  artifactRoot: string
  /** Reported by `/version`: the MLflow version whose behaviour this server follows. */
  mlflowVersion: string
  /** Reader threads for large reads (get-history pages); absent for in-memory databases. */
  readPool?: ReadPool
}
