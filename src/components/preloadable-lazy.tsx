import { lazy, useState, type ComponentType } from 'react'

export type PreloadableLazy<P extends object> = {
  /** Renders the component; suspends (like `React.lazy`) only if its code has not arrived yet. */
  Component: ComponentType<P>
  /** Starts loading the code (a route loader calls it at navigation); safe to call repeatedly. */
  preload: () => Promise<ComponentType<P>>
}

/**
 * `React.lazy` that renders straight away once its code is loaded. A plain lazy component
 * suspends on its first render even when the import has already resolved, and React 19 then
 * commits the revealed content no sooner than 300 ms after the Suspense fallback appeared
 * (its fallback throttle, applied to every retry): measured on a params-diff link, the finished
 * table sat 180 ms in memory waiting for that timer. Each mounted instance keeps the path it
 * started on (switching from the lazy to the loaded component would remount its subtree).
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loaded: ComponentType<P> | undefined
  let pending: Promise<ComponentType<P>> | undefined
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        pending = undefined // a failed chunk load may succeed on the next attempt
        throw err
      },
    )
    return pending
  }
  const Lazy = lazy(async () => ({ default: await preload() }))
  function Component(props: P) {
    const [Loaded] = useState(() => loaded)
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />
  }
  return { Component, preload }
}
