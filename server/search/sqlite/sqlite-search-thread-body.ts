/**
 * What runs on a search thread (started by sqlite-search-thread.ts, loaded through tsx): a read-only
 * search connection of its own (with its count worker, which inherits this thread's priority) and the
 * searches the serving thread sends. The thread lowers its own CPU priority first, as the export
 * thread does: Linux keeps a nice value per thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThisThreadPriority } from '@/lib/server/thread-priority';
import { isSearchDeadlineError } from '../search-deadline';
import type { SearchThreadReply, SearchThreadRequest, SearchThreadSetup } from './sqlite-search-thread';
import { SqliteQuestionSearch } from './sqlite-search';

const setup = workerData as SearchThreadSetup;
const port = parentPort!;

lowerThisThreadPriority(setup.nice);

const search = new SqliteQuestionSearch(setup.file, { deadlineMs: setup.deadlineMs, mmapBytes: setup.mmapBytes, countWorkerFrom: setup.root });

// Searches may overlap (each awaits its count): each answer carries its request's id.
port.on('message', async ({ id, plan }: SearchThreadRequest) => {
  let reply: SearchThreadReply;
  try {
    reply = { id, page: await search.search(plan) };
  } catch (error) {
    reply = isSearchDeadlineError(error) ? { id, deadlineMs: error.deadlineMs } : { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ id: 0, ready: true } satisfies SearchThreadReply);
