import 'server-only';
import { decodeCursor, encodeCursor, fingerprint, keysetCursor } from '@/lib/api/cursor';

/**
 * Paging in id order for the API's record lists (members, departments, topics, meetings, coverage):
 * each page asks for ids after the last one shown, so records added during a walk never shift it —
 * new records (new ids are always higher) simply come at the end — and a deleted record is just absent.
 */
export interface Keyset {
  /** Show records with an id above this (0 on the first page). */
  after: number;
  take: number;
  page<T extends { id: number }>(rows: T[]): { data: T[]; nextCursor: string | null; limit: number };
}

/** `filters`: the list's parameters other than limit and cursor, which a cursor is bound to. */
export function keyset(filters: Record<string, unknown>, limit: number, cursor: string | undefined): Keyset {
  const f = fingerprint(JSON.stringify(Object.entries(filters).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b))));
  const after = cursor ? decodeCursor(cursor, keysetCursor, f).a : 0;
  return {
    after,
    take: limit + 1,
    page(rows) {
      const data = rows.slice(0, limit);
      return { data, nextCursor: rows.length > limit ? encodeCursor({ a: data[data.length - 1]!.id, f }) : null, limit };
    },
  };
}

export function withoutPaging<T extends { limit?: unknown; cursor?: unknown }>(params: T): Omit<T, 'limit' | 'cursor'> {
  const { limit: _limit, cursor: _cursor, ...rest } = params;
  return rest;
}
