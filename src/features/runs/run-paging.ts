/**
 * How the run table pages through `runs/search`. The user-facing unit is a batch of up to
 * 1,000 runs ("N runs loaded, more available", "Load more"), but a batch is fetched as several
 * requests: a small first one so rows paint at once, then mid-sized ones, each small enough
 * that parsing its JSON and building rows stays well under a frame budget of ~100 ms.
 * MLflow's page token is an offset, so `max_results` may differ between requests.
 */

/** Runs a user asks for at a time (one "page" in the UI; MLflow's own UI uses 100). */
export const RUNS_BATCH = 1000
/**
 * The first request: enough rows to fill a tall screen (~30 rows of 32 px at 1080p), answered
 * in a fraction of a 1,000-run page (embedded server: ~30-80 ms vs ~0.2 s for 100, ~2.5 s
 * for 1,000 on the loaded 2-core machine).
 */
export const FIRST_REQUEST = 50
/** Later requests within a batch. */
export const NEXT_REQUEST = 300

/**
 * `max_results` of the request that starts at `offset` (runs already fetched per search):
 * 50 first, then up to 300 but never crossing a batch boundary (50, 300, 300, 300, 50 → 1,000;
 * then 300, 300, 300, 100 → 2,000 …), so batches end on multiples of 1,000.
 */
export function requestSize(offset: number): number {
  if (offset <= 0) return FIRST_REQUEST
  return Math.min(NEXT_REQUEST, RUNS_BATCH - (offset % RUNS_BATCH))
}

/** Where loading stops after "Load more" once `loaded` runs (per search) are in: the next batch boundary. */
export function nextBatchEnd(loaded: number): number {
  return (Math.floor(loaded / RUNS_BATCH) + 1) * RUNS_BATCH
}
