// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MlflowApiError } from '../../api/client.ts'
import { ErrorBoundary } from './error-boundary.tsx'

let shouldThrow = true
function Flaky() {
  if (shouldThrow) throw new MlflowApiError({ status: 500, errorCode: 'INTERNAL_ERROR', message: 'Database is locked.', kind: 'http', url: '/api' })
  return <p>Chart ready</p>
}

describe('ErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows the panel error with the server message, and Retry renders the children again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    shouldThrow = true
    render(
      <QueryClientProvider client={new QueryClient()}>
        <p>Sibling panel</p>
        <ErrorBoundary label="Loss chart">
          <Flaky />
        </ErrorBoundary>
      </QueryClientProvider>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Loss chart failed to load')
    expect(screen.getByRole('alert')).toHaveTextContent('Database is locked.')
    expect(screen.getByText('Sibling panel')).toBeInTheDocument()
    shouldThrow = false
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(screen.getByText('Chart ready')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
