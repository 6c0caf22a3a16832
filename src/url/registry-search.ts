/**
 * URL state of the model registry pages (`/models`, `/models/:name`,
 * `/models/:name/versions/:version`, `/requests`). Name and version of a detail page live in the
 * path; here they are filters of the list and the approval queue.
 */
import { defineCodec, isCleanValue, readEnum, readString } from './codec.ts'
import { SearchParam as P } from './params.ts'

export type RegistryTab = 'overview' | 'versions' | 'compare' | 'requests' | 'history'
export const REGISTRY_TABS: readonly RegistryTab[] = ['overview', 'versions', 'compare', 'requests', 'history']

export type RegistrySearch = {
  /** Model-name search on `/models`. */
  query: string
  /** Model name filter on `/requests`. */
  model: string
  /** Version filter on `/requests` (digits). */
  version: string
  tab: RegistryTab
  /** Version number to compare with (`vs=3`); '' = none. Wins over `alias` when both are given. */
  versus: string
  /** Alias whose version to compare with (`alias=champion`); '' = none. */
  alias: string
  /** Approval request id to open; '' = none. */
  request: string
  /** Metric charted across versions and compared in approval dialogs (`m=val_mAP`); '' = default. */
  metric: string
}

const isVersion = (v: string) => /^[1-9]\d{0,9}$/.test(v)
// MLflow aliases: letters, digits, `_` and `-`, not starting with `v<digits>` (reserved).
const isAlias = (v: string) => /^[A-Za-z0-9_-]{1,255}$/.test(v) && !/^v\d+$/i.test(v)

export const registrySearch = defineCodec<RegistrySearch>({
  keys: [P.query, P.model, P.modelVersion, P.tab, P.versus, P.alias, P.request, P.metric],
  defaults: { query: '', model: '', version: '', tab: 'overview', versus: '', alias: '', request: '', metric: '' },
  parse(sp) {
    const versus = readString(sp, P.versus, '', { trim: true })
    const alias = readString(sp, P.alias, '', { trim: true })
    const version = readString(sp, P.modelVersion, '', { trim: true })
    const hasVersus = isVersion(versus)
    return {
      query: readString(sp, P.query, '', { maxLength: 500, trim: true }),
      model: readString(sp, P.model, '', { maxLength: 500, trim: true }),
      version: isVersion(version) ? version : '',
      tab: readEnum(sp, P.tab, REGISTRY_TABS, 'overview'),
      versus: hasVersus ? versus : '',
      alias: !hasVersus && isAlias(alias) ? alias : '',
      request: readString(sp, P.request, '', { maxLength: 200, trim: true }).match(/^[A-Za-z0-9_.:-]+$/)?.[0] ?? '',
      // MLflow metric keys: up to 250 chars; the compare page's comma syntax does not apply here.
      metric: readString(sp, P.metric, '', { maxLength: 250, trim: true }),
    }
  },
  serialize(s) {
    const sp = new URLSearchParams()
    if (s.query.trim()) sp.append(P.query, s.query.trim())
    if (isCleanValue(s.model)) sp.append(P.model, s.model)
    if (s.version) sp.append(P.modelVersion, s.version)
    if (s.tab !== 'overview') sp.append(P.tab, s.tab)
    if (s.versus) sp.append(P.versus, s.versus)
    else if (s.alias) sp.append(P.alias, s.alias)
    if (s.request) sp.append(P.request, s.request)
    if (s.metric.trim()) sp.append(P.metric, s.metric.trim())
    return sp
  },
})
