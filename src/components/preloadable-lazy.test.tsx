// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { Suspense, useState, type ComponentType } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { preloadableLazy } from './preloadable-lazy.tsx'

function Greeting({ name }: { name: string }) {
  const [count, setCount] = useState(0)
  return <button onClick={() => setCount((c) => c + 1)}>Hello {name} {count}</button>
}

const view = (Component: ComponentType<{ name: string }>, name = 'Ada') => (
  <Suspense fallback={<p>Loading…</p>}>
    <Component name={name} />
  </Suspense>
)

describe('preloadableLazy', () => {
  afterEach(cleanup)

  it('renders at once, without a fallback, once preloaded', async () => {
    const load = vi.fn(async () => Greeting)
    const lazy = preloadableLazy(load)
    await lazy.preload()
    await lazy.preload()
    render(view(lazy.Component))
    expect(screen.queryByText('Loading…')).toBeNull()
    expect(screen.getByRole('button', { name: 'Hello Ada 0' })).toBeTruthy()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('suspends like React.lazy when not preloaded, and keeps its state once loaded', async () => {
    let resolve!: (c: typeof Greeting) => void
    const lazy = preloadableLazy(() => new Promise<typeof Greeting>((r) => (resolve = r)))
    const { rerender } = render(view(lazy.Component))
    expect(screen.getByText('Loading…')).toBeTruthy()
    await act(async () => resolve(Greeting))
    const button = await screen.findByRole('button', { name: 'Hello Ada 0' })
    act(() => button.click())
    // A re-render after loading must not switch paths (that would remount and lose the count).
    rerender(view(lazy.Component, 'Grace'))
    expect(screen.getByRole('button', { name: 'Hello Grace 1' })).toBeTruthy()
  })

  it('tries again after a failed load', async () => {
    let attempt = 0
    const lazy = preloadableLazy(async () => {
      attempt++
      if (attempt === 1) throw new Error('chunk failed')
      return Greeting
    })
    await expect(lazy.preload()).rejects.toThrow('chunk failed')
    await expect(lazy.preload()).resolves.toBe(Greeting)
  })
})
