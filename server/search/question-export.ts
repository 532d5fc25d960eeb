import 'server-only';
import { toIsoDate } from '@/lib/dates';
import { exportChunks, type ExportFormat, type ExportOptions } from './export-chunks';
import type { QuestionSearchBackend } from './types';
import type { PreparedView } from './question-search';

export { EXPORT_BATCH_ROWS, EXPORT_CHUNK_BYTES, type ExportFormat, type ExportOptions } from './export-chunks';

/**
 * Every row of a view as CSV or JSON (export-chunks.ts), produced in this process a batch at a time as
 * the client reads, one chunk per batch, so an export of the whole record never sits in memory. The
 * app's SQLite exports run on a thread of their own instead (sqlite-export-thread.ts); this is the
 * way for a backend without one, and the thread's fallback.
 */
export function exportStream(view: PreparedView, backend: QuestionSearchBackend, format: ExportFormat, options: ExportOptions): ReadableStream<Uint8Array> {
  const chunks = exportChunks(view.plan.today, view.impossible ? null : backend.exportReader(view.plan), format, options);
  let started = false;
  let cancelled = false;

  // Pulled, not pushed: the stream asks for the next batch only when the one before has been taken by
  // the response, which (Next's pipe to the socket) waits whenever res.write() returns false; a client
  // reading slowly therefore holds back the database reads too, and one that goes away cancels the
  // stream, after which no batch is read.
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (started) {
        // Reading and encoding a batch is synchronous, and while the socket takes every chunk at once the
        // next pull would follow in the same turn of the event loop: let other requests in between batches.
        await new Promise((resolve) => setImmediate(resolve));
        if (cancelled) return;
      }
      started = true;
      const chunk = await chunks.next();
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
}

/** `questions-2025-06-01.csv` */
export function exportFileName(format: ExportFormat, today: Date): string {
  return `questions-${toIsoDate(today)}.${format}`;
}
