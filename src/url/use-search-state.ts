import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import { toSearchString, type Codec } from './codec.ts'

export type SearchStateUpdate<S> = S | ((prev: S) => S)
export type SetSearchState<S> = (update: SearchStateUpdate<S>, options?: { replace?: boolean }) => void

/**
 * `useState`-shaped access to a route's URL state through its codec.
 * - The state object is stable while the query string is unchanged (safe in query keys/deps).
 * - `setState` pushes a history entry; pass `{ replace: true }` for continuous controls
 *   (sliders, toggles, zoom) so Back does not step through every intermediate value.
 * - Params the codec does not own are kept (after the codec's own, in their old order).
 * - Links are written in the readable form of `toSearchString` (`sort=metrics.loss:desc`).
 * - Updates compose: a second update made before the router re-renders (two controls changed
 *   quickly, or two setters in one handler) starts from the first one's URL, not from the URL
 *   of the last render, so neither change is lost.
 */
export function useSearchState<S>(codec: Codec<S>): [S, SetSearchState<S>] {
  const [searchParams] = useSearchParams()
  const location = useLocation()
  const navigate = useNavigate()
  const search = searchParams.toString()
  const state = useMemo(() => codec.parse(new URLSearchParams(search)), [codec, search])
  // The search this hook last navigated to, until the router renders it (or anything else).
  const pendingSearch = useRef<string | null>(null)
  useEffect(() => {
    pendingSearch.current = null
  }, [location.search])

  const setState = useCallback<SetSearchState<S>>(
    (update, options) => {
      const current = new URLSearchParams(pendingSearch.current ?? location.search)
      const prev = codec.parse(current)
      const nextState = typeof update === 'function' ? (update as (p: S) => S)(prev) : update
      const next = codec.serialize(nextState)
      for (const [k, v] of current) if (!codec.keys.includes(k)) next.append(k, v)
      const nextSearch = toSearchString(next)
      if (nextSearch === toSearchString(current)) return
      pendingSearch.current = nextSearch
      navigate({ pathname: location.pathname, search: nextSearch, hash: location.hash }, { replace: options?.replace ?? false, preventScrollReset: true })
    },
    [codec, location.search, location.pathname, location.hash, navigate],
  )
  return [state, setState]
}
