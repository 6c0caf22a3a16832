import { createServer } from 'node:http'
import { describe, expect, it } from 'vitest'
import { keepIdleSocketsLonger } from './listen.ts'

describe('keepIdleSocketsLonger', () => {
  it('keeps idle keep-alive sockets 65 s, with the headers timeout above it', () => {
    const server = createServer()
    expect(server.keepAliveTimeout).toBe(5000)
    keepIdleSocketsLonger(server)
    expect(server.keepAliveTimeout).toBe(65_000)
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout)
  })

  it('leaves objects that are not HTTP servers alone', () => {
    const other: Record<string, unknown> = {}
    keepIdleSocketsLonger(other)
    expect(other).toEqual({})
  })
})
