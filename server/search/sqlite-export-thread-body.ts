/**
 * What runs on an export thread (started by sqlite-export-thread.ts, loaded through tsx): a read-only
 * connection of its own, and one export at a time, a chunk per 'next' asked for. The thread lowers its
 * own CPU priority first: Linux keeps a nice value per thread, so the export takes only the CPU the
 * serving threads leave.
 */
import fs from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { exportChunks, type ExportChunks } from './export-chunks';
import { SqliteQuestionSearch } from './sqlite-search';
import type { ThreadReply, ThreadRequest, ThreadSetup } from './sqlite-export-thread';

const setup = workerData as ThreadSetup;
const port = parentPort!;

try {
  // '/proc/thread-self' links to '<pid>/task/<tid>'; a thread may always raise its own nice value.
  const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  os.setPriority(tid, setup.nice);
} catch {
  // Not Linux, or not allowed: the export runs at the process's priority.
}

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
