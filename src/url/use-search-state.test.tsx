// @vitest-environment jsdom
import { act, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { compareSearch, type CompareSearch } from './compare-search'
import { useSearchState, type SetSearchState } from './use-search-state'

function setup(initial: string) {
  const seen: { state?: CompareSearch; set?: SetSearchState<CompareSearch> } = {}
  function Probe() {
    const [state, set] = useSearchState(compareSearch)
    seen.state = state
    seen.set = set
    return null
  }
  const router = createMemoryRouter([{ path: '/compare', element: <Probe /> }], { initialEntries: ['/', initial], initialIndex: 1 })
  render(<RouterProvider router={router} />)
  return { seen, router }
}

describe('useSearchState', () => {
  it('parses the URL through the codec', () => {
    const { seen } = setup('/compare?run=a&run=b&smooth=ema')
    expect(seen.state).toMatchObject({ runs: ['a', 'b'], smoothing: 'ema' })
  })

  it.each([
    [{ replace: true }, 'REPLACE'],
    [{ replace: false }, 'PUSH'],
    [undefined, 'PUSH'],
  ])('updates the URL, keeping foreign params and the hash (%j → %s)', (options, action) => {
    const { seen, router } = setup('/compare?run=a&keep=me#chart')
    act(() => seen.set?.((s) => ({ ...s, logY: true, runs: [...s.runs, 'b'] }), options))
    const loc = router.state.location
    expect(loc.pathname).toBe('/compare')
    expect(loc.search).toBe('?v=1&run=a&run=b&logy=1&keep=me')
    expect(loc.hash).toBe('#chart')
    expect(seen.state).toMatchObject({ runs: ['a', 'b'], logY: true })
    expect(router.state.historyAction).toBe(action)
  })

  it('does not navigate when nothing changes', () => {
    const { seen, router } = setup('/compare?v=1&run=a')
    const before = router.state.location.key
    act(() => seen.set?.((s) => ({ ...s })))
    expect(router.state.location.key).toBe(before)
  })

  it('composes two updates made before the router re-renders (neither is lost)', () => {
    const { seen, router } = setup('/compare?run=a')
    act(() => {
      const set = seen.set
      set?.((s) => ({ ...s, logY: true }), { replace: true })
      set?.((s) => ({ ...s, logX: true }), { replace: true })
    })
    expect(router.state.location.search).toBe('?v=1&run=a&logy=1&logx=1')
    expect(seen.state).toMatchObject({ logX: true, logY: true })
  })
})
