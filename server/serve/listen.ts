import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'

export type Listening = {
  /** e.g. `http://127.0.0.1:8080` (IPv6 hosts are bracketed). */
  url: string
  port: number
  close: () => Promise<void>
}

/**
 * Starts an HTTP server for a fetch handler and resolves once it accepts connections.
 * Port 0 picks a free port. Rejects with EADDRINUSE and friends instead of crashing.
 */
export function listen(fetchHandler: (req: Request) => Response | Promise<Response>, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: fetchHandler, hostname: host, port }, (info: AddressInfo) => {
      server.off('error', reject)
      const shownHost = host.includes(':') ? `[${host}]` : host
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            // Keep-alive sockets would hold close() open; in-flight requests still finish.
            if ('closeIdleConnections' in server) server.closeIdleConnections()
            server.close(() => done())
          }),
      })
    })
    server.once('error', reject)
    keepIdleSocketsLonger(server)
  })
}

/**
 * Node closes idle keep-alive sockets after 5 s. A client that reuses such a socket at that moment
 * gets ECONNRESET ("socket hang up"; seen in e2e after a 4-5 s wait). Idle sockets live 65 s here,
 * longer than clients keep theirs, so the client is the one that closes them.
 */
export function keepIdleSocketsLonger(server: unknown): void {
  const s = server as { keepAliveTimeout?: number; headersTimeout?: number }
  if (typeof s.keepAliveTimeout !== 'number') return
  s.keepAliveTimeout = 65_000
  // Must exceed keepAliveTimeout, or Node may drop a slow request's headers first.
  s.headersTimeout = 66_000
}
