import fs from 'node:fs';
import os from 'node:os';

/**
 * Lowers the calling thread's CPU priority to `nice`. Linux keeps a nice value per thread, so a worker
 * thread doing background work (an export, a search) gets only the CPU the serving threads leave;
 * threads it starts inherit it. '/proc/thread-self' links to '<pid>/task/<tid>', and a thread may
 * always raise its own nice value. Elsewhere (not Linux, or not allowed) the thread keeps the
 * process's priority.
 */
export function lowerThisThreadPriority(nice: number): void {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    os.setPriority(tid, nice);
  } catch {
    // The work still runs, at the process's priority.
  }
}
