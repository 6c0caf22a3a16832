/**
 * URL state of the run table (`/experiments/runs?exp=…`): experiments, filter, sort,
 * lifecycle view, selection and expanded parents.
 */
import { quoteFilterKey } from '../lib/filter-quote.ts'
import { defineCodec, isCleanValue, isId, readEnum, readList, readString } from './codec.ts'
import { SearchParam as P } from './params.ts'

export type SortDir = 'asc' | 'desc'
/** `key` is `<entity>.<raw key>` (`metrics.val_mAP`, `params.model.name`) or an attribute name. */
export type SortItem = { key: string; dir: SortDir }
export type LifecycleView = 'active' | 'deleted' | 'all'
export const LIFECYCLE_VIEWS: readonly LifecycleView[] = ['active', 'deleted', 'all']

export type RunsSearch = {
  experimentIds: string[]
  /** Run filter as typed (MLflow syntax plus OR/parentheses; see lib/filter-split). */
  query: string
  /** Priority order; [] = server default (newest first). */
  sort: SortItem[]
  view: LifecycleView
  selected: string[]
  expanded: string[]
}

const ENTITY_RE = /^(attributes|metrics|params|tags)\.(.+)$/s
const ATTRIBUTES = ['start_time', 'end_time', 'run_name', 'status', 'run_id', 'user_id', 'artifact_uri', 'created'] as const
const MAX_SORT = 5

/** Parses one `sort` value (`metrics.val_mAP:desc`); the last `:` splits key and direction, missing direction = asc. */
export function parseSortItem(raw: string): SortItem | undefined {
  const m = /^(.*):(asc|desc)$/i.exec(raw.trim())
  const key = (m ? m[1] : raw).trim()
  const dir = (m?.[2].toLowerCase() ?? 'asc') as SortDir
  if (!isCleanValue(key, 300)) return undefined
  if (!ENTITY_RE.test(key) && !(ATTRIBUTES as readonly string[]).includes(key)) return undefined
  return { key, dir }
}

/** Serialises a sort item; the direction is always written, so keys containing `:` round-trip. */
export function formatSortItem(item: SortItem): string {
  return `${item.key}:${item.dir}`
}

/**
 * MLflow `order_by` entries for a sort (`metrics.\`a.b\` DESC`): bare attributes become
 * `attributes.<name>`; keys that need it are back-quoted.
 */
export function sortToOrderBy(sort: readonly SortItem[]): string[] {
  return sort.map(({ key, dir }) => {
    const m = ENTITY_RE.exec(key)
    const entity = m ? m[1] : 'attributes'
    const name = m ? m[2] : key
    return `${entity}.${quoteFilterKey(name)} ${dir.toUpperCase()}`
  })
}

export const runsSearch = defineCodec<RunsSearch>({
  keys: [P.experiment, P.query, P.sort, P.view, P.selected, P.expanded],
  defaults: { experimentIds: [], query: '', sort: [], view: 'active', selected: [], expanded: [] },
  parse(sp) {
    const sort: SortItem[] = []
    for (const raw of sp.getAll(P.sort)) {
      const item = parseSortItem(raw)
      // A key sorts once: the first mention decides its direction and priority.
      if (item && !sort.some((s) => s.key === item.key) && sort.length < MAX_SORT) sort.push(item)
    }
    return {
      experimentIds: readList(sp, P.experiment, { accept: isId, max: 50 }),
      query: readString(sp, P.query, '', { maxLength: 4000, trim: true }),
      sort,
      view: readEnum(sp, P.view, LIFECYCLE_VIEWS, 'active'),
      selected: readList(sp, P.selected, { accept: isId, max: 500 }),
      expanded: readList(sp, P.expanded, { accept: isId, max: 500 }),
    }
  },
  serialize(s) {
    const sp = new URLSearchParams()
    for (const id of s.experimentIds) sp.append(P.experiment, id)
    if (s.query.trim()) sp.append(P.query, s.query.trim())
    for (const item of s.sort) sp.append(P.sort, formatSortItem(item))
    if (s.view !== 'active') sp.append(P.view, s.view)
    for (const id of s.selected) sp.append(P.selected, id)
    for (const id of s.expanded) sp.append(P.expanded, id)
    return sp
  },
})
