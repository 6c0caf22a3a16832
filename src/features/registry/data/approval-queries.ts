import { queryOptions } from '@tanstack/react-query'
import { collectPages } from '../../../api/paginate.ts'
import { registryQueries, searchModelVersions } from '../../../api/registry.ts'
import { requestsOf, type QueueItem } from '../../../lib/approval-timeline.ts'

/**
 * Every approval request on the server. OSS MLflow cannot search by tag-key prefix, so this
 * reads all model versions (paged, 1,000 per call) and decodes their `runlens.*` tags.
 */
async function fetchQueue(signal?: AbortSignal): Promise<QueueItem[]> {
  const pages = await collectPages(async (pageToken, s) => {
    const page = await searchModelVersions({ orderBy: ['name ASC', 'version_number DESC'], pageToken }, s)
    return { items: page.versions, nextPageToken: page.nextPageToken }
  }, { signal, maxPages: 200 })
  const byModel = new Map<string, { version: string; tags: Record<string, string> }[]>()
  for (const v of pages.items) {
    if (!Object.keys(v.tags).some((k) => k.startsWith('runlens.request.'))) continue
    byModel.set(v.name, [...(byModel.get(v.name) ?? []), { version: v.version, tags: v.tags }])
  }
  const now = Date.now()
  return [...byModel].flatMap(([model, versions]) => requestsOf(model, versions, now))
}

/**
 * Keys live under `registryQueries.all()`, so invalidating `['registry']` refreshes the queue;
 * mutations invalidate `approvalQueries.all()` plus the model's prefix.
 */
export const approvalQueries = {
  all: () => [...registryQueries.all(), 'approvals'] as const,
  queue: () =>
    queryOptions({
      queryKey: [...approvalQueries.all(), 'queue'] as const,
      queryFn: ({ signal }) => fetchQueue(signal),
      // Other people file and decide requests: keep the queue fresh while it is on screen.
      refetchInterval: 15_000,
      staleTime: 5_000,
    }),
}
