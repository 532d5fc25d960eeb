/**
 * The totals of recent views on PostgreSQL, each kept with the value of the change counter
 * (`search_change`, migration postgres_search_change) that the snapshot it was counted in saw. A total
 * is reused only by a search whose snapshot sees the same value: no commit to any table a count reads
 * has happened in between, so it is exactly the count that search would make. Counting is the costly
 * part of a PostgreSQL search (every match's row is visited to know it is visible), and paging through
 * a view asks for the same total on every page. Per process; least recently used totals go first.
 */
import type { PgSql } from './postgres-pool';

/** The counter as the snapshot sees it: read by inSnapshot / inSharedSnapshot with BEGIN. */
export const CHANGE_STAMP_SQL = '(SELECT n FROM search_change)';

export class CountCache {
  private readonly entries = new Map<string, { stamp: string; n: number }>();

  constructor(private readonly capacity: number) {}

  private static key(sql: PgSql): string {
    return `${sql.text}\u0000${JSON.stringify(sql.values)}`;
  }

  /** The total counted for `sql` under this very stamp, if kept. */
  get(sql: PgSql, stamp: string | null): number | undefined {
    if (stamp === null || stamp === '') return undefined;
    const key = CountCache.key(sql);
    const entry = this.entries.get(key);
    if (!entry || entry.stamp !== stamp) return undefined;
    this.entries.delete(key); // most recently used last
    this.entries.set(key, entry);
    return entry.n;
  }

  set(sql: PgSql, stamp: string | null, n: number): void {
    if (stamp === null || stamp === '' || this.capacity <= 0) return;
    const key = CountCache.key(sql);
    this.entries.delete(key);
    this.entries.set(key, { stamp, n });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
