import 'server-only';
import { stringify, type Options } from 'csv-stringify/sync';
import { EXPORT_COLUMNS, exportRowBuilder, type ExportRowBuilder } from '@/lib/export/question-export';
import { toIsoDate } from '@/lib/dates';
import type { QuestionExportRecord, QuestionSearchBackend } from './types';
import type { PreparedView } from './question-search';

export type ExportFormat = 'csv' | 'json';

/**
 * How much of the file one batch makes. Smaller batches are faster, down to a point: a batch's
 * rows, cells and text all stay alive until its chunk is written, and every young-generation GC
 * that runs meanwhile copies them (100,000 CSV rows: ~100k rows/s in batches of 500–1,000 rows,
 * 71k at 2,000, 62k at 5,000; scavenging ~280 ms, ~400 ms, ~500 ms), while below ~250 rows the
 * per-query cost shows. Rows run from a line to pages of answer, so batches are sized in bytes:
 * each batch's row count comes from the bytes per row so far.
 */
export const EXPORT_CHUNK_BYTES = 256 * 1024;
/** Row counts a batch stays within; the first batch is small so the download starts at once. */
export const EXPORT_BATCH_ROWS = { first: 200, min: 20, max: 2000 } as const;

export interface ExportOptions {
  origin: string;
  /** Stop after this many rows (benchmarks); exports themselves are never capped. */
  limit?: number;
  /** Rows per batch, fixed (tests); by default sized to EXPORT_CHUNK_BYTES. */
  batchSize?: number;
  /** Bytes a batch aims at when batchSize is not given (default EXPORT_CHUNK_BYTES). */
  chunkBytes?: number;
}

/**
 * Every row of a view as CSV or JSON, produced a keyset batch at a time as the client reads, one
 * chunk per batch, so an export of the whole record never sits in memory. CSV: header row, RFC 4180
 * quoting, a UTF-8 byte order mark (Excel reads UTF-8 correctly), and cells starting with = + - @
 * (and tab, CR, full-width forms) prefixed with ' so a spreadsheet never runs them as formulas.
 * JSON: { generated, today, columns, rows: [...], count }.
 */
export function exportStream(view: PreparedView, backend: QuestionSearchBackend, format: ExportFormat, options: ExportOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const reader = view.impossible ? null : backend.exportReader(view.plan);
  const rows = exportRowBuilder(view.plan.today, options.origin);
  const chunkBytes = options.chunkBytes ?? EXPORT_CHUNK_BYTES;
  let batchSize = options.batchSize ?? EXPORT_BATCH_ROWS.first;
  let count = 0;
  let started = false;
  let cancelled = false;

  // Pulled, not pushed: the stream asks for the next batch only when the one before has been taken by
  // the response, which (Next's pipe to the socket) waits whenever res.write() returns false; a client
  // reading slowly therefore holds back the database reads too, and one that goes away cancels the
  // stream, after which no batch is read.
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(format === 'csv' ? `\uFEFF${stringify([EXPORT_COLUMNS])}` : jsonHead(view)));
        return;
      }
      // Reading and encoding a batch is synchronous, and while the socket takes every chunk at once the
      // next pull would follow in the same turn of the event loop: let other requests in between batches.
      await new Promise((resolve) => setImmediate(resolve));
      if (cancelled) return;
      const remaining = options.limit === undefined ? Infinity : options.limit - count;
      const records = reader && remaining > 0 ? reader.read(Math.min(batchSize, remaining)) : [];
      if (records.length === 0) {
        if (format === 'json') controller.enqueue(encoder.encode(`\n],\n"count":${count}}\n`));
        controller.close();
        return;
      }
      const chunk = encoder.encode(format === 'csv' ? csvText(records, rows) : jsonText(records, rows, count === 0));
      controller.enqueue(chunk);
      count += records.length;
      if (options.batchSize === undefined) {
        const rowsThatFit = Math.floor((chunkBytes * records.length) / chunk.byteLength);
        batchSize = Math.min(EXPORT_BATCH_ROWS.max, Math.max(EXPORT_BATCH_ROWS.min, rowsThatFit));
      }
    },
    cancel() {
      cancelled = true;
    },
  });
}

const CSV_OPTIONS: Options = { cast: { boolean: (b) => (b ? 'true' : 'false') }, escape_formulas: true };

/** Cells as arrays in column order: csv-stringify writes them about twice as fast as keyed objects. */
function csvText(records: QuestionExportRecord[], rows: ExportRowBuilder): string {
  return stringify(records.map(rows.cells), CSV_OPTIONS);
}

/** `\n{…}` for the first row of the file, `,\n{…}` after it. */
function jsonText(records: QuestionExportRecord[], rows: ExportRowBuilder, first: boolean): string {
  let text = '';
  for (let i = 0; i < records.length; i++) text += (first && i === 0 ? '\n' : ',\n') + JSON.stringify(rows.row(records[i]!));
  return text;
}

function jsonHead(view: PreparedView): string {
  return `{"generated":${JSON.stringify(new Date().toISOString())},"today":${JSON.stringify(toIsoDate(view.plan.today))},"columns":${JSON.stringify(EXPORT_COLUMNS)},"rows":[`;
}

/** `questions-2025-06-01.csv` */
export function exportFileName(format: ExportFormat, today: Date): string {
  return `questions-${toIsoDate(today)}.${format}`;
}
