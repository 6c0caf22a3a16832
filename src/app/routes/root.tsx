import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Outlet, ScrollRestoration, useNavigation } from 'react-router'
import { serverQueries } from '../../api/server-info.ts'
import { ApiErrorView } from '../../components/errors/api-error-view.tsx'
import { classifyError } from '../../components/errors/classify-error.ts'
import { AppShell } from '../../components/layout/app-shell.tsx'

/**
 * The shell around every page. `/version` doubles as the connection check: when the server
 * cannot be reached or refuses us, nothing else can work, so one full-page message replaces
 * the shell instead of every panel failing on its own.
 */
export function RootLayout() {
  const queryClient = useQueryClient()
  const version = useQuery(serverQueries.version())
  const navigation = useNavigation()
  const blocking = version.isError && ['unreachable', 'unauthenticated', 'forbidden'].includes(classifyError(version.error).kind)
  if (blocking) {
    return <ApiErrorView error={version.error} onRetry={() => void queryClient.resetQueries()} isRetrying={version.isFetching} isFullPage />
  }
  return (
    <AppShell isNavigating={navigation.state === 'loading'}>
      <ScrollRestoration />
      <Outlet />
    </AppShell>
  )
}
