import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { registryQueries } from '../../../api/registry.ts'
import { toSnapshot } from '../data/registry-state.ts'

/** The cached model + versions of `name` as a `RegistrySnapshot` for previews (appliers re-read). */
export function useRegistrySnapshot(name: string) {
  const model = useQuery(registryQueries.model(name))
  const versions = useQuery(registryQueries.versions(name))
  const snapshot = useMemo(() => (model.data && versions.data ? toSnapshot(model.data, versions.data) : null), [model.data, versions.data])
  return { snapshot, model: model.data, versions: versions.data ?? [], error: model.error ?? versions.error, isLoading: model.isLoading || versions.isLoading }
}
