import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { ErrorBoundary } from '../components/errors/error-boundary.tsx'
import { ErrorPage } from '../components/errors/error-page.tsx'
import { Button } from '../components/ui/button.tsx'
import { Toaster } from '../components/ui/toaster.tsx'
import { createQueryClient } from './query-client.ts'

type AppProviderProps = { children: ReactNode }

/** App-wide context: one QueryClient, the toaster and a last-resort error boundary. */
export function AppProvider({ children }: AppProviderProps) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary fallback={({ error }) => <CrashPage error={error} />}>{children}</ErrorBoundary>
      <Toaster />
    </QueryClientProvider>
  )
}

// Only reached when the router itself fails; route errors have their own errorElements.
function CrashPage({ error }: { error: unknown }) {
  return (
    <ErrorPage
      isFullPage
      title="Runlens stopped working"
      actions={
        <Button variant="primary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      }
    >
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </ErrorPage>
  )
}
