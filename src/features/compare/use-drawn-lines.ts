import { useEffect, useMemo, useState } from 'react'
import { WORKER_THRESHOLD, downsampleManyInWorker } from '../../lib/downsample-client.ts'
import { assembleDrawn, DrawnCache, downsampleJobs, drawLines, sameLines, type DrawnLine, type DrawWindow } from './drawn-lines.ts'
import type { LineSpec } from './overlay-lines.ts'
import { useSameValue } from './use-same-value.ts'

type AsyncResult = { lines: readonly LineSpec[]; window: string; state: DrawnState }

/** What a chart draws: the lines, the zoom they were cut for, and whether they are up to date. */
export type DrawnState = {
  drawn: DrawnLine[]
  /** The x window (`xMin`/`xMax` of the draw window) these lines were downsampled for. */
  zoom: [number, number] | null
  /** False while a newer window or newer data is still being downsampled. */
  isCurrent: boolean
}

const NOTHING_YET: DrawnState = { drawn: [], zoom: null, isCurrent: false }

const zoomOf = (w: DrawWindow): [number, number] | null => (w.xMin !== undefined && w.xMax !== undefined ? [w.xMin, w.xMax] : null)

/**
 * Min/max-downsampled lines for the visible window and plot width. Small series are done
 * inline; when any series is longer than WORKER_THRESHOLD the whole chart's batch goes to the
 * downsample Web Worker (which keeps the full-resolution columns, so a zoom sends only the
 * window), and the previous drawing stays on screen, with its own zoom, until the new one arrives.
 * The last few windows are remembered, so zooming back out to one redraws without waiting.
 */
export function useDrawnLines(lines: readonly LineSpec[], w: DrawWindow): DrawnState {
  const windowKey = `${w.buckets}|${w.xMin ?? ''}|${w.xMax ?? ''}|${w.logX ? 1 : 0}`
  const isLarge = lines.some((l) => (l.kind === 'run' ? l.raw.xs.length : l.center.xs.length) > WORKER_THRESHOLD)
  // windowKey stands for `w` (a new object on every render).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const inline = useMemo((): DrawnState | null => (isLarge ? null : { drawn: drawLines(lines, w), zoom: zoomOf(w), isCurrent: true }), [lines, windowKey, isLarge])
  const [cache] = useState(() => new DrawnCache<DrawnState>())
  const [result, setResult] = useState<AsyncResult | null>(null)
  const cached = isLarge ? cache.get(lines, windowKey) : undefined

  useEffect(() => {
    if (!isLarge || cache.get(lines, windowKey)) return
    let isCurrent = true
    void downsampleManyInWorker(downsampleJobs(lines, w)).then((results) => {
      // One object for the cache and the state: the chart's option is keyed by its identity.
      const state: DrawnState = { drawn: assembleDrawn(lines, results, w), zoom: zoomOf(w), isCurrent: true }
      cache.set(lines, windowKey, state)
      if (isCurrent) setResult({ lines, window: windowKey, state })
    })
    return () => {
      isCurrent = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines, windowKey, isLarge])

  if (inline) return inline
  if (cached) {
    // Remember it as the drawing on screen: the next window waits with this one, not an older one.
    if (result?.state !== cached) setResult({ lines, window: windowKey, state: cached })
    return cached
  }
  if (result) return result.lines === lines && result.window === windowKey ? result.state : { ...result.state, isCurrent: false }
  return NOTHING_YET
}

/**
 * `lines`, or the previous list when it draws the same thing ({@link sameLines}): a zoom
 * changes the URL, and the page rebuilds runs and histories with new identities but the same
 * data; without this each zoom would be downsampled and drawn twice.
 */
export function useStableLines<T extends readonly LineSpec[]>(lines: T): T {
  return useSameValue(lines, sameLines)
}

/** Width of an element in CSS pixels, rounded to 8 px so small layout jitter does not re-bucket. */
export function useElementWidth(el: HTMLElement | null, fallback = 800): number {
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    if (!el) return
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(80, Math.round(entry.contentRect.width / 8) * 8)))
    observer.observe(el)
    return () => observer.disconnect()
  }, [el])
  return width
}
