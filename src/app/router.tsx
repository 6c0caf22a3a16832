import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { RouteError } from '../components/errors/route-error.tsx'
import { serverQueries } from '../api/server-info.ts'
import { compareSearch, onlyZoomChanged } from '../url/compare-search.ts'
import { prefetchCompareRuns } from '../features/compare/diff/prefetch-compare-runs.ts'
import { AppShell } from '../components/layout/app-shell.tsx'
import { PageSkeleton } from '../components/layout/page-skeleton.tsx'
import { RootLayout } from './routes/root.tsx'

/**
 * The URL map. Route modules load lazily, so echarts, yaml and table code never sit in the
 * entry chunk. Every branch has its own errorElement, so a failing page keeps the app shell.
 * `queryClient` is here for route loaders (`ensureQueryData`), added as pages gain them.
 */
function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  const error = <RouteError />
  return [
    {
      path: '/',
      element: <RootLayout />,
      errorElement: <RouteError isFullPage />,
      // Shown while the first page's module loads on a cold start.
      hydrateFallbackElement: <AppShell><PageSkeleton /></AppShell>,
      children: [
        {
          errorElement: error,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('./routes/home.tsx')).HomePage }) },
            { path: 'experiments', lazy: async () => ({ Component: (await import('./routes/experiments.tsx')).ExperimentsPage }) },
            // The loader starts the table's first runs/search while the table's code downloads.
            { path: 'experiments/runs', loader: ({ request }) => prefetchRuns(queryClient, request.url), lazy: async () => ({ Component: (await import('./routes/runs.tsx')).RunsPage }) },
            // MLflow-style `/experiments/:id` links (and hand-typed URLs) land on that experiment's runs.
            { path: 'experiments/:experimentId', lazy: async () => ({ Component: (await import('./routes/experiment-redirect.tsx')).ExperimentRedirectPage }) },
            { path: 'experiments/:experimentId/runs/:runId', lazy: async () => ({ Component: (await import('./routes/run.tsx')).RunPage }) },
            {
              path: 'compare',
              loader: ({ request }) => prefetchCompare(queryClient, request.url),
              // A zoom only moves the view over data already loaded: nothing to prefetch.
              shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) => defaultShouldRevalidate && !onlyZoomChanged(currentUrl, nextUrl),
              lazy: async () => ({ Component: (await import('./routes/compare.tsx')).ComparePage }),
            },
            { path: 'models', lazy: async () => ({ Component: (await import('./routes/models.tsx')).ModelsPage }) },
            { path: 'models/:name', lazy: async () => ({ Component: (await import('./routes/model.tsx')).ModelPage }) },
            { path: 'models/:name/versions/:version', lazy: async () => ({ Component: (await import('./routes/model-version.tsx')).ModelVersionPage }) },
            { path: 'requests', lazy: async () => ({ Component: (await import('./routes/requests.tsx')).RequestsPage }) },
            { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found.tsx')).NotFoundPage }) },
          ],
        },
      ],
    },
  ]
}

/** Never awaited: the prefetch module (filter parser, fetcher) stays out of the entry chunk. */
function prefetchRuns(queryClient: QueryClient, url: string): null {
  import('../features/runs/prefetch-run-table.ts').then((m) => m.prefetchRunTable(queryClient, url), () => undefined)
  return null
}

/** Diff sections' runs/get (small, static module) and, lazily, the charts' first-paint requests. */
function prefetchCompare(queryClient: QueryClient, url: string): null {
  prefetchCompareRuns(queryClient, url)
  // A diff section's link needs neither: leave the connections to its runs.
  if (compareSearch.parse(new URL(url).searchParams).tab !== 'charts') return null
  // Server capabilities decide how histories load: ask now, in parallel with the charts' chunk.
  void queryClient.prefetchQuery(serverQueries.capabilities())
  import('../features/compare/prefetch-compare-charts.ts').then((m) => m.prefetchCompareCharts(queryClient, url), () => undefined)
  return null
}

/** Creates the browser router once per QueryClient and renders it. */
export function AppRouter() {
  const queryClient = useQueryClient()
  const [router] = useState(() => createBrowserRouter(createAppRoutes(queryClient)))
  return <RouterProvider router={router} />
}
