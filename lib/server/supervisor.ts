import cluster, { type Worker } from 'node:cluster';

/**
 * Keeps the server's processes running (npm start with more than one process).
 *
 * A process that dies is replaced. Replacements used to stop after a few deaths a minute, and the
 * primary then exited, taking the site down even when only some processes were failing (one poison
 * page, memory pressure) or the deaths were over. Now a replacement waits longer the more processes
 * died recently (restartDelayMs), so a crash loop costs little CPU, but the primary never gives up:
 * the site is up while any process can start, and comes back by itself when the cause goes away.
 *
 * The one exception is a process that fails before it was ever ready while none has ever been (no
 * build, a database that will not open): every replacement would fail the same way, so the server
 * stops with that process's message, as an operator starting it expects.
 */
export const STOP_MESSAGE = 'answerable:stop';

/** Deaths counted for the back-off: those in the last half minute. */
export const DEATH_WINDOW_MS = 30_000;
export const MAX_RESTART_DELAY_MS = 10_000;

/**
 * How long to wait before replacing a process, given how many died in the last DEATH_WINDOW_MS (this
 * one included): the first at once, then 0.5 s doubling up to MAX_RESTART_DELAY_MS.
 */
export function restartDelayMs(recentDeaths: number): number {
  if (recentDeaths <= 1) return 0;
  return Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** (recentDeaths - 2));
}

export interface Role {
  readonly name: string;
  fork(): Worker;
}

export interface Supervisor {
  /** The process is serving (it said so over IPC): from now on its death is a fault, not a failed start. */
  ready(worker: Worker): void;
  /** Stops every process: asks each to exit, kills what is left after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export function supervise(
  roles: Role[],
  hooks: {
    /** A process exited (before any replacement is forked). */
    exited(worker: Worker, role: Role): void;
    /** A process failed to start while none ever had: the server should stop with this exit code. */
    failedToStart(code: number): void;
    log?: (line: string) => void;
  },
): Supervisor {
  const log = hooks.log ?? ((line: string) => console.error(line));
  const roleOf = new Map<number, Role>();
  const readyIds = new Set<number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  // Per role: a renderer that keeps dying must not slow the replacement of the serving processes.
  const deaths = new Map<Role, number[]>();
  let anyReady = false;
  let stopping = false;

  const start = (role: Role) => {
    const worker = role.fork();
    roleOf.set(worker.id, role);
  };

  cluster.on('exit', (worker, code, signal) => {
    const role = roleOf.get(worker.id);
    if (!role) return;
    roleOf.delete(worker.id);
    const wasReady = readyIds.delete(worker.id);
    hooks.exited(worker, role);
    if (stopping) return;
    if (!wasReady && !anyReady) {
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      hooks.failedToStart(typeof code === 'number' && code !== 0 ? code : 1);
      return;
    }
    const now = Date.now();
    const recent = (deaths.get(role) ?? []).filter((time) => time > now - DEATH_WINDOW_MS);
    recent.push(now);
    deaths.set(role, recent);
    const delay = restartDelayMs(recent.length);
    log(`Server process ${worker.process.pid} (${role.name}) stopped (${signal ?? `exit code ${code}`}); ${delay ? `replacing it in ${(delay / 1000).toFixed(1)} s` : 'replacing it'}.`);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopping) start(role);
    }, delay);
    timers.add(timer);
  });

  for (const role of roles) start(role);

  return {
    ready(worker) {
      if (!roleOf.has(worker.id)) return;
      readyIds.add(worker.id);
      anyReady = true;
    },
    stop(graceMs = 3_000) {
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      const live = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
      return new Promise<void>((resolve) => {
        if (live.length === 0) return resolve();
        let left = live.length;
        const killer = setTimeout(() => {
          for (const w of live) if (!w.isDead()) w.process.kill('SIGKILL');
        }, graceMs);
        for (const w of live) {
          w.once('exit', () => {
            if (--left === 0) {
              clearTimeout(killer);
              resolve();
            }
          });
          // The workers ignore SIGTERM and SIGINT (a terminal's Ctrl-C and systemd signal every process
          // in the group): the primary decides when they stop, after the requests in flight are done.
          if (w.isConnected()) w.send({ type: STOP_MESSAGE });
          else w.process.kill('SIGKILL');
        }
      });
    },
  };
}
