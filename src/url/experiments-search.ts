/** URL state of the experiment list (`/experiments`): name search, tag filters, sort, view, page. */
import { defineCodec, isCleanValue, readEnum, readList, readString } from './codec.ts'
import { SearchParam as P } from './params.ts'
import { LIFECYCLE_VIEWS, type LifecycleView, type SortDir } from './runs-search.ts'

/** `value` undefined means "has this tag". */
export type TagFilter = { key: string; value?: string }
export type ExperimentSortKey = 'name' | 'creation_time' | 'last_update_time'
export type ExperimentsSearch = {
  /** Substring of the experiment name (sent as `name ILIKE '%q%'`). */
  query: string
  tags: TagFilter[]
  sort: { key: ExperimentSortKey; dir: SortDir }
  view: LifecycleView
  /** Opaque MLflow `page_token`; '' = first page. */
  pageToken: string
}

const SORT_KEYS: readonly ExperimentSortKey[] = ['name', 'creation_time', 'last_update_time']
const DEFAULT_SORT = { key: 'last_update_time', dir: 'desc' } as const

/** Parses `tag=key=value` (split at the first `=`) or `tag=key`; empty keys are rejected. */
export function parseTagFilter(raw: string): TagFilter | undefined {
  const eq = raw.indexOf('=')
  const key = (eq < 0 ? raw : raw.slice(0, eq)).trim()
  if (!isCleanValue(key, 250)) return undefined
  return eq < 0 ? { key } : { key, value: raw.slice(eq + 1) }
}

function parseSort(raw: string | null): ExperimentsSearch['sort'] {
  const m = /^(\w+):(asc|desc)$/i.exec(raw?.trim() ?? '')
  const key = m?.[1].toLowerCase() as ExperimentSortKey | undefined
  return key && SORT_KEYS.includes(key) ? { key, dir: m?.[2].toLowerCase() as SortDir } : DEFAULT_SORT
}

export const experimentsSearch = defineCodec<ExperimentsSearch>({
  keys: [P.query, P.tag, P.sort, P.view, P.page],
  defaults: { query: '', tags: [], sort: DEFAULT_SORT, view: 'active', pageToken: '' },
  parse(sp) {
    const tags: TagFilter[] = []
    for (const raw of readList(sp, P.tag, { max: 20 })) {
      const t = parseTagFilter(raw)
      if (t && !tags.some((x) => x.key === t.key && x.value === t.value)) tags.push(t)
    }
    return {
      query: readString(sp, P.query, '', { maxLength: 500, trim: true }),
      tags,
      sort: parseSort(sp.get(P.sort)),
      view: readEnum(sp, P.view, LIFECYCLE_VIEWS, 'active'),
      pageToken: readString(sp, P.page, '', { maxLength: 1000 }),
    }
  },
  serialize(s) {
    const sp = new URLSearchParams()
    if (s.query.trim()) sp.append(P.query, s.query.trim())
    for (const t of s.tags) sp.append(P.tag, t.value === undefined ? t.key : `${t.key}=${t.value}`)
    if (s.sort.key !== DEFAULT_SORT.key || s.sort.dir !== DEFAULT_SORT.dir) sp.append(P.sort, `${s.sort.key}:${s.sort.dir}`)
    if (s.view !== 'active') sp.append(P.view, s.view)
    if (s.pageToken) sp.append(P.page, s.pageToken)
    return sp
  },
})
