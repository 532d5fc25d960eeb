import cluster, { type Worker } from 'node:cluster';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import { trustProxySetting } from '../http/client-ip';
import { relayRenders, RENDERER_READY } from '../http/render-elsewhere';
import { createNonce, responseSecurityHeaders, securitySettings } from '../http/security-headers';
import { createEdgeProxy } from './edge-proxy';
import { DRAIN_MS, onStopSignal, RENDERER_ROLE, ROLE_VARIABLE, SERVING_MESSAGE, SOCKET_DIR_VARIABLE, socketPath } from './processes';
import { supervise, type Role } from './supervisor';

/**
 * The primary process of npm start with more than one process: owns the port and the client
 * connections, forwards each request to a serving process (lib/server/edge-proxy.ts), keeps the
 * processes running (lib/server/supervisor.ts) and relays background renders to the renderer.
 */
export function runPrimary(options: { port: number; host: string; workers: number; renderer: boolean; banner: string }): void {
  // One unix socket per serving process, in a directory only this user can open (mkdtemp makes it
  // 0700): the primary is the only client, so the client-address header it sets cannot be forged.
  const socketDir = mkdtempSync(path.join(os.tmpdir(), 'answerable-workers-'));
  process.on('exit', () => rmSync(socketDir, { recursive: true, force: true }));
  // Pages travel to and from the renderer as Buffers: structured clone, not JSON arrays of numbers.
  cluster.setupPrimary({ serialization: 'advanced' });
  // Keeps the API's per-address counts for every worker (server/api/rate-limit.ts), so the limit is
  // one limit whatever process a request lands on, and survives a worker being replaced.
  new RateLimiterClusterMaster();
  const security = securitySettings();
  const edge = createEdgeProxy({ trustProxy: trustProxySetting(), securityHeaders: () => responseSecurityHeaders(createNonce(), security) });

  let renderer: Worker | null = null;
  const relay = relayRenders(() => renderer);
  const serving: Role = { name: 'server', fork: () => cluster.fork({ [SOCKET_DIR_VARIABLE]: socketDir }) };
  const roles: Role[] = Array.from({ length: options.workers }, () => serving);
  if (options.renderer) {
    roles.push({
      name: 'renderer',
      fork: () => {
        const worker = cluster.fork({ [ROLE_VARIABLE]: RENDERER_ROLE });
        renderer = worker;
        try {
          // Readers first: the renderer gets the CPU the serving processes leave.
          if (worker.process.pid) os.setPriority(worker.process.pid, 10);
        } catch {
          // Not allowed here: it still renders, at the same priority.
        }
        return worker;
      },
    });
  }

  let stopping = false;
  const stopAll = (code: number) => {
    stopping = true;
    void supervisor.stop(1_000).then(() => process.exit(code));
  };
  const supervisor = supervise(roles, {
    exited(worker) {
      edge.removeUpstream(worker.id);
      rmSync(socketPath(socketDir, worker.id), { force: true });
      if (worker === renderer) {
        renderer = null;
        relay.rendererStopped();
      }
    },
    // The process that failed has said why (no build, no database).
    failedToStart: stopAll,
  });

  // The port opens once a process can answer, as it did when the workers listened on it themselves.
  let listenCalled = false;
  const listen = () => {
    listenCalled = true;
    edge.server.on('error', (error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${options.port} on ${options.host} is already in use: stop what uses it or pass --port.` : error);
      // A port that cannot be opened stops the server; an error once serving is reported, not fatal.
      if (!edge.server.listening) stopAll(1);
    });
    edge.server.listen(options.port, options.host, () => console.log(options.banner));
  };
  cluster.on('message', (worker, message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === SERVING_MESSAGE) {
      supervisor.ready(worker);
      edge.addUpstream({ id: worker.id, socketPath: socketPath(socketDir, worker.id) });
      if (!listenCalled && !stopping) listen();
    } else if (type === RENDERER_READY && worker === renderer) {
      supervisor.ready(worker);
      relay.rendererReady();
    }
  });

  onStopSignal(async () => {
    stopping = true;
    if (edge.server.listening) await edge.drain(DRAIN_MS);
    await supervisor.stop();
  });
}
