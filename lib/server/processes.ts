import cluster from 'node:cluster';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { STOP_MESSAGE } from './supervisor';

/**
 * How npm start's processes (scripts/serve.ts) find each other and stop: the primary (lib/server/primary.ts)
 * owns the port; each serving process listens on a unix socket of its own and says when it is ready;
 * the renderer (lib/http/render-elsewhere.ts) is a worker started with a role variable.
 */
export const ROLE_VARIABLE = 'ANSWERABLE_SERVER_ROLE';
export const RENDERER_ROLE = 'renderer';
/** A serving process under the primary listens on <this directory>/<worker id>.sock. */
export const SOCKET_DIR_VARIABLE = 'ANSWERABLE_SOCKET_DIR';
export const SERVING_MESSAGE = 'answerable:serving';
export const socketPath = (dir: string, workerId: number) => path.join(dir, `${workerId}.sock`);
/** How long a stopping server lets the requests in flight finish. */
export const DRAIN_MS = 10_000;

/**
 * SIGTERM or SIGINT: `shutdown` (stop taking requests, finish those in flight), then exit 0. A second
 * signal (an impatient Ctrl-C) exits at once.
 */
export function onStopSignal(shutdown: () => Promise<void>): void {
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`Stopping: finishing the requests in flight (at most ${DRAIN_MS / 1000} s).`);
    void shutdown().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * A serving process under the primary: its requests come from the primary over a unix socket, with the
 * client's address already in the header the primary set (lib/http/client-ip.ts).
 */
export function serveBehindPrimary(handleRequest: (req: IncomingMessage, res: ServerResponse) => void, socketDir: string): void {
  const server = createServer(handleRequest);
  // The primary closes its idle keep-alive connections itself; closing one from this side could race a
  // request the primary is sending on it. The primary also bounds how long a client may take.
  server.keepAliveTimeout = 0;
  server.requestTimeout = 0;
  server.on('error', (error) => {
    console.error(error);
    process.exit(1);
  });
  // exclusive: this process opens the socket itself instead of sharing a handle through node:cluster.
  server.listen({ path: socketPath(socketDir, cluster.worker!.id), exclusive: true }, () => process.send?.({ type: SERVING_MESSAGE }));
  obeyPrimary();
}

/** In a worker: the primary says when to stop (after the requests in flight are done), not a signal. */
export function obeyPrimary(): void {
  // Ctrl-C in a terminal and systemd's stop signal every process in the group: ignored here, so a
  // request in flight still finishes while the primary drains. A primary that dies disconnects the
  // IPC channel, and node:cluster then ends its workers.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {});
  process.on('message', (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === STOP_MESSAGE) process.exit(0);
  });
}
