/**
 * A CPU quota for one benchmark process tree, through a Linux control group (bench:load's --server-cpu):
 * the process and every process it starts may use at most `cores` CPUs' worth of time. It stands in for
 * "each app server on a machine of its own" on a machine with too few cores for one each: with the app
 * servers held to a share each, PostgreSQL and the load generator keep the rest, and adding a server
 * adds app capacity instead of taking CPU from the database.
 *
 * cgroup v1's cpu controller (/sys/fs/cgroup/cpu, as on this project's machines) or v2's (cpu.max);
 * writing either needs root. The process joins its group itself before it execs the command, so no
 * child it starts can escape the quota.
 */
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PERIOD_US = 100_000;

export interface CpuQuota {
  /** `command args…` wrapped so it runs inside the group. */
  wrap(command: string, args: string[]): { command: string; args: string[] };
  /** Removes the group (once its processes have ended); quiet if it cannot yet. */
  remove(): void;
}

function cgroupRoot(): { dir: string; version: 1 | 2 } {
  if (existsSync('/sys/fs/cgroup/cpu/cpu.cfs_quota_us')) return { dir: '/sys/fs/cgroup/cpu', version: 1 };
  if (existsSync('/sys/fs/cgroup/cgroup.controllers')) return { dir: '/sys/fs/cgroup', version: 2 };
  throw new Error('--server-cpu needs a Linux control group with the cpu controller (/sys/fs/cgroup/cpu or cgroup v2).');
}

export function createCpuQuota(name: string, cores: number): CpuQuota {
  if (!(cores > 0 && cores <= 64)) throw new Error(`--server-cpu must be a number of cores above 0, e.g. 0.5 (got ${cores})`);
  const root = cgroupRoot();
  const dir = path.join(root.dir, name);
  const quota = Math.round(cores * PERIOD_US);
  try {
    mkdirSync(dir, { recursive: true });
    if (root.version === 1) {
      writeFileSync(path.join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
      writeFileSync(path.join(dir, 'cpu.cfs_quota_us'), String(quota));
    } else {
      writeFileSync(path.join(dir, 'cpu.max'), `${quota} ${PERIOD_US}`);
    }
  } catch (error) {
    throw new Error(`Could not set a CPU quota in ${dir} (--server-cpu needs root): ${error instanceof Error ? error.message : error}`);
  }
  const procs = path.join(dir, 'cgroup.procs');
  return {
    wrap: (command, args) => ({ command: 'sh', args: ['-c', `echo $$ > '${procs}' && exec "$@"`, 'sh', command, ...args] }),
    remove: () => {
      try {
        rmdirSync(dir);
      } catch {
        // Still has processes (they are ending): the kernel keeps an empty group; a later run reuses the name.
      }
    },
  };
}
