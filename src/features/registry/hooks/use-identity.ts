import { useQuery } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { serverQueries } from '../../../api/server-info.ts'
import type { Actor } from '../../../lib/approval-tags.ts'
import { isName } from '../../../lib/approval-validate.ts'

const KEY = 'runlens.registry.identity'
const listeners = new Set<() => void>()

function read(): string {
  try {
    return (localStorage.getItem(KEY) ?? '').trim().slice(0, 200)
  } catch {
    return '' // storage disabled (privacy mode): the name is asked for each time
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

export type Identity = {
  /** Who Runlens records as the actor; null until a name is known. */
  actor: Actor | null
  /** The name typed on this browser (persisted in localStorage). */
  typedName: string
  /** True when the server told us who is signed in (front-door basic auth). */
  isVerified: boolean
  setTypedName: (name: string) => void
}

/**
 * The acting user: the authenticated basic-auth user when the Runlens server knows it
 * (`/runlens/server-info`), else a name typed by the user, kept in localStorage and recorded as
 * unverified. Nothing here enforces anything: MLflow's permissions decide what a user may do.
 */
export function useIdentity(): Identity {
  const typedName = useSyncExternalStore(subscribe, read, () => '')
  const info = useQuery(serverQueries.runlensInfo())
  const user = info.data?.user
  const setTypedName = useCallback((name: string) => {
    try {
      localStorage.setItem(KEY, name.trim().slice(0, 200))
    } catch {
      // ignore: see read()
    }
    listeners.forEach((l) => l())
  }, [])
  const actor: Actor | null = user ? { name: user, isVerified: true } : isName(typedName) ? { name: typedName, isVerified: false } : null
  return { actor, typedName, isVerified: !!user, setTypedName }
}
