import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { artifactQueries } from '../../../../api/artifacts.ts'
import type { ArtifactText } from '../../../../api/types.ts'
import { parseHydraYaml, parseOverrides, type HydraLocation, type HydraOverride, type YamlParseResult } from '../../../../lib/hydra.ts'
import { MAX_TEXT_DIFF_BYTES } from '../../../../lib/text-diff.ts'
import { hydraLocationQuery } from './hydra-location.ts'

/** A Hydra file of one run: parsed, unreadable (too large / binary), or failed to load. */
export type HydraFileState =
  | { status: 'absent' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'unreadable'; reason: 'tooLarge' | 'binary'; size: number }
  | { status: 'parsed'; text: string; result: YamlParseResult }

export type HydraRun = {
  runId: string
  location: { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: HydraLocation | null }
  config: HydraFileState
  overrides: HydraFileState
  /** Parsed overrides, or undefined when the run has no readable overrides.yaml. */
  overrideList: HydraOverride[] | undefined
  refetch: () => void
}

function fileState(path: string | undefined, q: { data?: ArtifactText; error: unknown; isPending: boolean } | undefined, parsed: YamlParseResult | undefined): HydraFileState {
  if (!path) return { status: 'absent' }
  if (!q || q.isPending) return { status: 'loading' }
  if (q.error || !q.data) return { status: 'error', error: q.error }
  if (q.data.kind !== 'text') return { status: 'unreadable', reason: q.data.kind, size: q.data.size }
  return { status: 'parsed', text: q.data.text, result: parsed ?? { ok: true, value: null } }
}

/** Locates, downloads and safely parses every run's Hydra config and overrides. */
export function useHydraRuns(runIds: readonly string[]): HydraRun[] {
  const locations = useQueries({ queries: runIds.map((id) => hydraLocationQuery(id)) })
  const paths = runIds.map((_, i) => locations[i]?.data ?? undefined)
  const files = useQueries({
    queries: runIds.flatMap((id, i) => [paths[i]?.config, paths[i]?.overrides].map((p) => ({ ...artifactQueries.text(id, p ?? '', MAX_TEXT_DIFF_BYTES), enabled: Boolean(p) }))),
  })
  const texts = files.map((f) => (f.data?.kind === 'text' ? f.data.text : undefined))
  const textKey = texts.map((t) => t ?? '\u0000').join('\u0001')
  // Parse once per distinct text set, not on every render.
  const parsed = useMemo(() => textKey.split('\u0001').map((t) => (t === '\u0000' ? undefined : parseHydraYaml(t))), [textKey])
  return runIds.map((runId, i) => {
    const loc = locations[i]
    const location: HydraRun['location'] = loc?.error ? { status: 'error', error: loc.error } : loc?.data !== undefined ? { status: 'ready', value: loc.data } : { status: 'loading' }
    const overrides = fileState(paths[i]?.overrides, files[2 * i + 1], parsed[2 * i + 1])
    return {
      runId,
      location,
      config: fileState(paths[i]?.config, files[2 * i], parsed[2 * i]),
      overrides,
      overrideList: overrides.status === 'parsed' && overrides.result.ok ? parseOverrides(overrides.result.value) : undefined,
      refetch: () => {
        void loc?.refetch()
        void files[2 * i]?.refetch()
        void files[2 * i + 1]?.refetch()
      },
    }
  })
}
