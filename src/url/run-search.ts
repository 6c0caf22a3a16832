/** URL state of a single run's page (`/experiments/:experimentId/runs/:runId`): tab and artifact. */
import { defineCodec, isCleanValue, readEnum, readString } from './codec.ts'
import { SearchParam as P } from './params.ts'

export type RunTab = 'overview' | 'metrics' | 'params' | 'hydra' | 'artifacts'
export const RUN_TABS: readonly RunTab[] = ['overview', 'metrics', 'params', 'hydra', 'artifacts']

export type RunSearch = {
  tab: RunTab
  /** Artifact path open in the artifact browser (relative, no `..`); '' = none. */
  artifact: string
}

/** A relative artifact path safe to put in a link: no leading `/`, no `\`, no `..` segment. */
export function isArtifactPath(p: string): boolean {
  return isCleanValue(p, 1024) && !p.startsWith('/') && !p.includes('\\') && !p.split('/').includes('..')
}

export const runSearch = defineCodec<RunSearch>({
  keys: [P.tab, P.artifact],
  defaults: { tab: 'overview', artifact: '' },
  parse(sp) {
    const artifact = readString(sp, P.artifact, '', { trim: true }).replace(/^(\.\/)+/, '')
    return { tab: readEnum(sp, P.tab, RUN_TABS, 'overview'), artifact: isArtifactPath(artifact) ? artifact : '' }
  },
  serialize(s) {
    const sp = new URLSearchParams()
    if (s.tab !== 'overview') sp.append(P.tab, s.tab)
    if (s.artifact) sp.append(P.artifact, s.artifact)
    return sp
  },
})
