/**
 * The export readers of the SQLite search (split from sqlite-search.ts, which chooses between them):
 * keyset batches for date-tabled order, ids first then rows by id for any other order.
 */
import type Database from 'better-sqlite3';
import { countSql, type Sql } from './sqlite-search-sql';
import { exportBatchSql, exportCursor, exportRecord, exportRowsSql } from './sqlite-record-sql';
import type { ExportReader, SearchPlan } from '../types';

/** What the readers need of the search's connection. */
export interface ExportReads {
  statement(sql: string): Database.Statement;
  all(sql: Sql): Record<string, unknown>[];
  inSnapshot<T>(read: () => T): T;
  pageIds(plan: SearchPlan, words: string | null, match: string | null, total: number | null): number[];
}

export function keysetExport(reads: ExportReads, full: SearchPlan, match: string | null): ExportReader {
  let cursor: number[] | null = null;
  let done = false;
  return {
    read: async (limit) => {
      if (done) return [];
      const sql = exportBatchSql(full, match, cursor, limit);
      // Rows as arrays: the driver builds an object per row slowly; exportRecord builds it fast.
      const rows = reads.statement(sql.text).raw(true).all(...sql.params) as unknown[][];
      done = rows.length < limit;
      if (rows.length > 0) cursor = exportCursor(rows.at(-1)!, match !== null);
      return rows.map(exportRecord);
    },
  };
}

export function orderedExport(reads: ExportReads, full: SearchPlan, words: string | null, match: string | null): ExportReader {
  let ids: number[] | null = null;
  let at = 0;
  return {
    read: async (limit) => {
      ids ??= reads.inSnapshot(() => {
        const total = Number(reads.all(countSql(full, match))[0]?.n ?? 0);
        return total === 0 ? [] : reads.pageIds({ ...full, offset: 0, limit: total }, words, match, total);
      });
      const batch = ids.slice(at, at + limit);
      at += batch.length;
      if (batch.length === 0) return [];
      const rows = reads.statement(exportRowsSql(batch.length)).raw(true).all(...batch) as unknown[][];
      const byId = new Map(rows.map((row) => [Number(row[0]), row]));
      // A question deleted since the ids were read is left out.
      return batch.flatMap((id) => {
        const row = byId.get(id);
        return row ? [exportRecord(row)] : [];
      });
    },
  };
}
