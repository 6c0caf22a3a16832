// A reader thread of read-pool.ts: its own read-only connection to the tracking database, so
// large history pages are read and serialized off the thread that serves every other request.
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { historyPageBody } from './history-page.ts'
import type { ReadJob, ReadReply } from './read-pool.ts'

const db = new Database((workerData as { dbFile: string }).dbFile, { readonly: true, fileMustExist: true })
db.pragma('cache_size = -65536')

parentPort!.on('message', (job: ReadJob) => {
  let reply: ReadReply
  try {
    reply = { id: job.id, body: JSON.stringify(historyPageBody(db, job.runId, job.key, job.offset, job.max)) }
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) }
  }
  parentPort!.postMessage(reply)
})
