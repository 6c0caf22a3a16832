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
  })
}
