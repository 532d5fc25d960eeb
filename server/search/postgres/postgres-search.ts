/**
 * Question search on PostgreSQL: the SQL of postgres-search-sql.ts (which questions, in what order),
 * postgres-records.ts (their columns) and postgres-snippets.ts (where the words matched), a page in one
 * statement (postgres-page-sql.ts), run on a
 * node-postgres pool of its own in one read-only snapshot per search, under the search's deadline
 * (postgres-pool.ts). With search words the count runs on a second connection in the same snapshot
 * while the first makes the page (as SQLite's count worker does), unless the count cache still holds the
 * total (postgres-count-cache.ts). The index is kept by the
 * postgres_search migration's triggers.
 */
import type pg from 'pg';
import { CHANGE_STAMP_SQL, CountCache } from './postgres-count-cache';
import { createSearchPool, inSharedSnapshot, inSnapshot, type PgSql, type Query } from './postgres-pool';
import { countSql, pageIdsSql, RANK_WINDOW } from './postgres-search-sql';
import { pageSql } from './postgres-page-sql';
import { exportRecord, exportRowsSql, pageRecord } from './postgres-records';
import { readSnippets } from './postgres-snippets';
import type { ExportReader, QuestionSearchBackend, RawSnippets, SearchPage, SearchPlan } from '../types';

export interface PostgresSearchOptions {
  /** Matches beyond which relevance ranks only the newest ones (default RANK_WINDOW, as on SQLite). */
  rankWindow?: number;
  /** How long one `search` may run (ms; unset: no limit), then SearchDeadlineError. Counts and exports have none. */
  deadlineMs?: number;
  /** Connections in each of the two pools, pages and counts (default 10 each). */
  poolSize?: number;
  /** Count a search's matches on a second connection while the first makes the page (default true). */
  countBeside?: boolean;
  /** Totals kept for reuse until the next change (postgres-count-cache.ts); 0 counts every time. Default 1,000. */
  countCache?: number;
}

export class PostgresQuestionSearch implements QuestionSearchBackend {
  readonly pool: pg.Pool;
  /** The counts' connections (postgres-pool.ts, inSharedSnapshot: a pool of their own). */
  private readonly countPool: pg.Pool | null;
  private readonly rankWindow: number;
  private readonly deadlineMs: number | undefined;
  private readonly counts: CountCache | null;
  /** The stamp read with each snapshot, when totals are kept. */
  private readonly stampSql: string | undefined;

  constructor(url: string, options: PostgresSearchOptions = {}) {
    this.pool = createSearchPool(url, options.poolSize);
    this.countPool = options.countBeside === false ? null : createSearchPool(url, options.poolSize, { parallel: true });
    this.rankWindow = options.rankWindow ?? RANK_WINDOW;
    this.deadlineMs = options.deadlineMs;
    const cached = options.countCache ?? 1000;
    this.counts = cached > 0 ? new CountCache(cached) : null;
    this.stampSql = this.counts ? CHANGE_STAMP_SQL : undefined;
  }

  /** The view's total: kept from an earlier search of the same snapshot state, or counted with `query`. */
  private async total(query: Query, sql: PgSql, stamp: string | null): Promise<number> {
    const kept = this.counts?.get(sql, stamp);
    if (kept !== undefined) return kept;
    const n = Number((await query(sql))[0]?.n ?? 0);
    this.counts?.set(sql, stamp, n);
    return n;
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.countPool?.end()]);
  }

  /**
   * A page of the view with its total, in one snapshot. With search words (a count that reads every
   * match) the total is counted on a second connection of the same snapshot while this one makes the
   * page, instead of before it.
   */
  search(plan: SearchPlan): Promise<SearchPage> {
    const counting = countSql(plan);
    // A total the count cache holds for this snapshot is known before the page is made (pageIdsSql uses it).
    const page = async (query: Query, total: Promise<number>, stamp: string | null): Promise<SearchPage> => {
      const rows = await query(pageSql(plan, this.rankWindow, this.counts?.get(counting, stamp)));
      const records = rows.map(pageRecord);
      const snippets = plan.text ? readSnippets(rows) : new Map<number, RawSnippets>();
      const n = await total;
      const rankedWithin = plan.text && plan.sort === 'relevance' && n > this.rankWindow ? this.rankWindow : null;
      return { records, total: n, snippets, rankedWithin };
    };
    if (!plan.text || !this.countPool) {
      return inSnapshot(this.pool, this.deadlineMs, async (query, stamp) => page(query, Promise.resolve(await this.total(query, counting, stamp)), stamp), this.stampSql);
    }
    return inSharedSnapshot(
      this.pool,
      this.countPool,
      this.deadlineMs,
      (query, beside, stamp) => {
        const total = this.total(beside, counting, stamp);
        total.catch(() => undefined); // awaited by page(); this only keeps an early failure from going unhandled
        return page(query, total, stamp);
      },
      this.stampSql,
    );
  }

  private async pageIds(query: Query, plan: Omit<SearchPlan, 'limit'> & { limit: number | null }): Promise<number[]> {
    return (await query(pageIdsSql(plan, this.rankWindow))).map((row) => Number(row.id));
  }

  async count(plan: SearchPlan): Promise<number> {
    return inSnapshot(this.countPool ?? this.pool, undefined, (query, stamp) => this.total(query, countSql(plan), stamp), this.stampSql);
  }

  /** The highest question id (where an API walk is frozen): the end of the primary key. */
  async highestId(): Promise<number> {
    return Number((await this.pool.query('SELECT max("id") AS n FROM "Question"')).rows[0]?.n ?? 0);
  }

  /**
   * The view's rows for an export, in the table's order: the view's ids first, in one snapshot, through
   * the very SQL that orders the table's pages (so page n of the table is the export's rows n·size
   * onwards), then the rows a batch at a time by id. The ids, not the rows, are held (8 bytes a question),
   * and no connection is held while the client reads.
   */
  exportReader(plan: Omit<SearchPlan, 'offset' | 'limit'>): ExportReader {
    let ids: Promise<number[]> | null = null;
    let at = 0;
    return {
      read: async (limit) => {
        ids ??= inSnapshot(this.pool, undefined, (query) => this.pageIds(query, { ...plan, offset: 0, limit: null }));
        const batch = (await ids).slice(at, at + limit);
        at += batch.length;
        if (batch.length === 0) return [];
        const rows = (await this.pool.query(exportRowsSql(batch))).rows as Record<string, unknown>[];
        const byId = new Map(rows.map((row) => [Number(row.id), row]));
        // A question deleted since the ids were read is left out.
        return batch.flatMap((id) => {
          const row = byId.get(id);
          return row ? [exportRecord(row)] : [];
        });
      },
    };
  }
}
