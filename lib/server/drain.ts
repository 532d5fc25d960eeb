import type { Server } from 'node:http';

/**
 * Graceful shutdown for a node:http server: on SIGTERM (a deploy, systemd, a container stop) the
 * server stops accepting connections, but every request already received is answered rather than
 * cut off. Responses sent while draining say `Connection: close`, and each keep-alive connection is
 * closed as soon as it is idle, so clients move on to the next server instead of sending more here.
 * After `timeoutMs` whatever is still open (a stalled upload, a slow client) is closed: a shutdown
 * must end.
 */
export interface Drainable {
  readonly draining: boolean;
  /** Resolves true when every request finished in time, false when some were cut off at the deadline. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function drainable(server: Server): Drainable {
  let draining = false;
  // Before the server's own handler, so a response written at once already carries Connection: close.
  server.prependListener('request', (_req, res) => {
    if (draining) res.shouldKeepAlive = false;
    res.once('close', () => {
      if (draining) server.closeIdleConnections();
    });
  });
  let finished: Promise<boolean> | null = null;
  return {
    get draining() {
      return draining;
    },
    drain(timeoutMs) {
      finished ??= new Promise<boolean>((resolve) => {
        draining = true;
        let inTime = true;
        const deadline = setTimeout(() => {
          inTime = false;
          server.closeAllConnections();
        }, timeoutMs);
        deadline.unref();
        server.close(() => {
          clearTimeout(deadline);
          resolve(inTime);
        });
        // close() alone leaves idle keep-alive connections open until their own timeout.
        server.closeIdleConnections();
      });
      return finished;
    },
  };
}
