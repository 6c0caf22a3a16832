import { useEffect, useMemo, useState } from 'react'
import { WORKER_THRESHOLD, downsampleInWorker } from '../../lib/downsample-client.ts'
import { assembleDrawn, downsampleJobs, drawLines, type DrawnLine, type DrawWindow } from './drawn-lines.ts'
import type { LineSpec } from './overlay-lines.ts'

type AsyncResult = { lines: readonly LineSpec[]; window: string; drawn: DrawnLine[] }

/**
 * Min/max-downsampled lines for the visible window and plot width. Small series are done
 * inline; when any series is longer than WORKER_THRESHOLD the work goes to the downsample
 * Web Worker, and the previous drawing stays on screen until the new one arrives.
 */
export function useDrawnLines(lines: readonly LineSpec[], w: DrawWindow): DrawnLine[] {
  const windowKey = `${w.buckets}|${w.xMin ?? ''}|${w.xMax ?? ''}|${w.logX ? 1 : 0}`
  const isLarge = lines.some((l) => (l.kind === 'run' ? l.raw.xs.length : l.center.xs.length) > WORKER_THRESHOLD)
  // windowKey stands for `w` (a new object on every render).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const inline = useMemo(() => (isLarge ? null : drawLines(lines, w)), [lines, windowKey, isLarge])
  const [result, setResult] = useState<AsyncResult | null>(null)

  useEffect(() => {
    if (!isLarge) return
    let isCurrent = true
    const jobs = downsampleJobs(lines, w)
    void Promise.all(jobs.map((j) => downsampleInWorker(j))).then((results) => {
      if (isCurrent) setResult({ lines, window: windowKey, drawn: assembleDrawn(lines, results, w) })
    })
    return () => {
      isCurrent = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines, windowKey, isLarge])

  if (inline) return inline
  if (result) return result.drawn
  return []
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
