import { useQuery } from '@tanstack/react-query'
import { serverQueries } from '../../api/server-info.ts'

/** Where MLflow lives, for messages: the remote tracking URI, or this page's origin (embedded or unknown). */
export function useServerLabel(): string {
  const info = useQuery({ ...serverQueries.runlensInfo(), retry: false })
  if (info.data?.mode === 'remote' && info.data.trackingUri) return info.data.trackingUri
  return window.location.origin
}
