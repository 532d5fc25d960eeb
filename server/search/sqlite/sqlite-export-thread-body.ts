/**
 * What runs on an export thread (started by sqlite-export-thread.ts, loaded through tsx): a read-only
 * connection of its own, and one export at a time, a chunk per 'next' asked for. The thread lowers its
 * own CPU priority first: Linux keeps a nice value per thread, so the export takes only the CPU the
 * serving threads leave.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThisThreadPriority } from '@/lib/server/thread-priority';
import { exportChunks, type ExportChunks } from '../export-chunks';
import { SqliteQuestionSearch } from './sqlite-search';
import type { ThreadReply, ThreadRequest, ThreadSetup } from './sqlite-export-thread';

const setup = workerData as ThreadSetup;
const port = parentPort!;

lowerThisThreadPriority(setup.nice);

const search = new SqliteQuestionSearch(setup.file, { countOnWorker: false, mmapBytes: setup.mmapBytes });
let chunks: ExportChunks | null = null;

function reply(message: ThreadReply, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

// One request at a time: the serving side asks for the next chunk only once it has the last one.
port.on('message', async (request: ThreadRequest) => {
  try {
    if (request.type === 'start') {
      chunks = exportChunks(request.plan.today, request.impossible ? null : search.exportReader(request.plan), request.format, request.options);
      return;
    }
    const chunk = chunks ? await chunks.next() : null;
    if (!chunk) {
      chunks = null;
      reply({ type: 'end' });
      return;
    }
    // The chunk's memory moves to the serving thread instead of being copied, when it is a buffer of its own.
    const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
    reply({ type: 'chunk', chunk }, own ? [chunk.buffer as ArrayBuffer] : []);
  } catch (error) {
    chunks = null;
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
