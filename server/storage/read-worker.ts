// A reader thread of read-pool.ts: its own read-only connection to the tracking database, so
// large history pages (and bulk-interval previews) are read and serialized off the thread that
// serves every other request.
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { bulkIntervalJson } from './bulk-interval.ts'
import { historyPageJson } from './history-page.ts'
import type { ReadJob, ReadReply } from './read-pool.ts'

const db = new Database((workerData as { dbFile: string }).dbFile, { readonly: true, fileMustExist: true })
db.pragma('cache_size = -65536')

parentPort!.on('message', (job: ReadJob) => {
  let body: Uint8Array
  try {
    body = job.kind === 'history' ? historyPageJson(db, job.runId, job.key, job.offset, job.max) : bulkIntervalJson(db, job.runIds, job.key, job.max, job.window)
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies ReadReply)
    return
  }
  // The bytes' own ArrayBuffer moves to the main thread without a copy; a string would be copied
  // twice (serialized, then rebuilt) and encoded to UTF-8 once more on the way out.
  parentPort!.postMessage({ id: job.id, body } satisfies ReadReply, [body.buffer as ArrayBuffer])
})
