/**
 * Question search on SQLite: runs the SQL from sqlite-search-sql.ts on a read-only better-sqlite3
 * connection of its own. Why not Prisma's $queryRaw here: it prepares every statement afresh and
 * converts every value (about 0.15 ms a query, more than a rare-word search itself costs); this
 * connection keeps prepared statements, maps the file into memory, and holds the temporary FTS5
 * table snippets are made in. Writes never come through here: the index is kept by triggers.
 */
import type Database from 'better-sqlite3';
import { openSqlite } from '@/lib/db/sqlite-pragmas';
import { toFts5Match } from './sqlite-match';
import { FEW_WORD_MATCHES, RANK_WINDOW, relevanceOrder, wordMatchesSql } from './sqlite-rank-sql';
import { SqliteCountWorker } from './sqlite-count-worker';
import { countSql, pageKeysSql, questionIdFromKey, statusSegmentSql, statusSegments, type Sql } from './sqlite-search-sql';
import { exportBatchSql, exportCursor, exportRecord, exportRowsSql, pageRecord, recordsSql } from './sqlite-record-sql';
import { dueDaysSql, needsDueDays, withFilterTags } from './sqlite-filter-tags';
import {
  SNIPPET_MARKS,
  type ExportReader,
  type QuestionRecord,
  type QuestionSearchBackend,
  type RawSnippets,
  type SearchPage,
  type SearchPlan,
} from './types';

const SNIPPET_TABLE = 'question_snippet';
const SNIPPET_TOKENS = 28;
const STATEMENT_CACHE = 300;
const DEFAULT_MMAP_BYTES = 4 * 1024 ** 3;

type Row = Record<string, unknown>;

export interface SqliteSearchOptions {
  /** Bytes of the file to memory-map (default 4 GiB): index pages are read without copying. */
  mmapBytes?: number;
  /** Matches beyond which relevance ranks only the newest ones (default RANK_WINDOW). */
  rankWindow?: number;
  /** Word matches up to which a filtered relevance page ranks the words alone (default FEW_WORD_MATCHES). */
  fewWordMatches?: number;
  /** Count a search's matches on the count worker while this thread makes the page (default true). */
  countOnWorker?: boolean;
  /** The directory the count worker loads better-sqlite3 from (default: the working directory, the app's root). */
  countWorkerFrom?: string;
  /** Called after a page's snapshot while its count may still run on the worker (tests commit a write there). */
  afterPage?: () => void;
}


export class SqliteQuestionSearch implements QuestionSearchBackend {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly rankWindow: number;
  private readonly fewWordMatches: number;
  private readonly relevance: string;
  private readonly counter: SqliteCountWorker | null;
  private readonly afterPage: (() => void) | undefined;

  constructor(file: string, options: SqliteSearchOptions = {}) {
    this.rankWindow = options.rankWindow ?? RANK_WINDOW;
    this.fewWordMatches = options.fewWordMatches ?? FEW_WORD_MATCHES;
    const mmapBytes = options.mmapBytes ?? DEFAULT_MMAP_BYTES;
    this.counter = options.countOnWorker === false ? null : new SqliteCountWorker(file, { mmapBytes, resolveFrom: options.countWorkerFrom });
    this.afterPage = options.afterPage;
    this.db = openSqlite(file, { readonly: true, fileMustExist: true });
    this.db.pragma(`mmap_size = ${mmapBytes}`);
    this.db.pragma('cache_size = -65536'); // 64 MiB of page cache for what mmap does not cover
    this.createSnippetTable();
    const rank = this.db.prepare("SELECT v FROM question_search_config WHERE k = 'rank'").get() as { v: string } | undefined;
    this.relevance = relevanceOrder(rank?.v);
  }

  close(): void {
    this.counter?.close();
    this.db.close();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE) this.statements.delete(this.statements.keys().next().value!);
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private all(sql: Sql): Row[] {
    return this.statement(sql.text).all(...sql.params) as Row[];
  }

  /** A private in-memory FTS5 table with the index's columns and tokenizer, for snippets. */
  private createSnippetTable(): void {
    const row = this.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'question_search'").get() as { sql: string } | undefined;
    if (!row) throw new Error('The question_search index is missing: run npm run db:deploy.');
    const tokenize = /tokenize\s*=\s*'([^']*)'/i.exec(row.sql)?.[1] ?? 'porter unicode61 remove_diacritics 2';
    this.db.exec(
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${SNIPPET_TABLE} USING fts5(heading, question, answer, asker, answerer, department, meeting, tokenize = '${tokenize.replaceAll("'", "''")}')`,
    );
  }

  /**
   * The MATCH for a plan's search words: the words and the filters the index holds as tags. A status
   * filter may first read which days awaiting questions fall due (see sqlite-filter-tags.ts).
   */
  private indexMatch(plan: Omit<SearchPlan, 'offset' | 'limit'>, words: string): string {
    const dueDays = needsDueDays(plan.filters.statuses) ? this.all(dueDaysSql(plan.today)).map((row) => Number(row.day)) : [];
    return withFilterTags(words, plan, dueDays);
  }

  /**
   * One read transaction around a search's statements (due days, count, page, rows), so they all see
   * the same snapshot even while the app writes: the total, the page and the status tags agree.
   */
  private inSnapshot<T>(read: () => T): T {
    return this.db.inTransaction ? read() : this.db.transaction(read)();
  }

  /**
   * A page of the view with its total. With search words, the total is counted on the count worker
   * while this thread makes the page (measured: never slower, and up to 40 % faster for a few-ms
   * search, since the count overlaps the snippets); the two read one state of the
   * database only if nothing was committed in between (`PRAGMA data_version` unchanged), so otherwise,
   * or if the worker fails, the search runs again here in one snapshot.
   */
  async search(plan: SearchPlan): Promise<SearchPage> {
    const counter = this.counter;
    if (counter === null || !plan.text || this.db.inTransaction) return this.searchHere(plan);
    const before = this.dataVersion();
    let counting: Promise<number> | null = null;
    const page = this.inSnapshot(() =>
      this.searchNow(plan, (sql) => {
        counting = counter.count(sql);
        counting.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
      }),
    );
    if (counting === null) return page;
    this.afterPage?.();
    let total: number;
    try {
      total = await counting;
    } catch (error) {
      console.warn(`Counting on the count worker failed; counting here instead: ${error instanceof Error ? error.message : String(error)}`);
      return this.searchHere(plan);
    }
    if (this.dataVersion() !== before) return this.searchHere(plan);
    return { ...page, total, rankedWithin: this.rankedWithin(plan, total) };
  }

  /** The whole search on this thread, in one snapshot. */
  searchHere(plan: SearchPlan): SearchPage {
    return this.inSnapshot(() => this.searchNow(plan));
  }

  /** Changes whenever another connection commits (read outside a transaction). */
  private dataVersion(): number {
    return Number(this.db.pragma('data_version', { simple: true }));
  }

  private rankedWithin(plan: SearchPlan, total: number): number | null {
    return plan.sort === 'relevance' && total > this.rankWindow ? this.rankWindow : null;
  }

  /**
   * The page in the current snapshot. With `countElsewhere` and search words, the count statement
   * goes there at once, to run while the page is made, and the page's total is left at 0 for the
   * caller to fill in.
   */
  private searchNow(plan: SearchPlan, countElsewhere?: (count: Sql) => void): SearchPage {
    const words = plan.text ? toFts5Match(plan.text) : null;
    // The index also applies the tagged filters; snippets mark only the search words.
    const match = words === null ? null : this.indexMatch(plan, words);
    let total: number | null = null;
    if (match !== null && countElsewhere) countElsewhere(countSql(plan, match));
    else total = Number(this.all(countSql(plan, match))[0]?.n ?? 0);
    const ids = this.pageIds(plan, words, match, total);
    const records = this.records(ids);
    const snippets = words !== null && ids.length > 0 ? this.snippets(ids, words) : new Map<number, RawSnippets>();
    const rankedWithin = total === null || match === null ? null : this.rankedWithin(plan, total);
    return { records, total: total ?? 0, snippets, rankedWithin };
  }

  /** The question ids of the plan's page (offset, limit) in the view's order. */
  private pageIds(plan: SearchPlan, words: string | null, match: string | null, total: number | null): number[] {
    if (plan.sort === 'status' && match === null) return this.statusPage(plan);
    const rankWords = words !== null && match !== null && this.ranksWordsAlone(plan, words, match, total) ? words : undefined;
    const page = pageKeysSql(plan, match, { rankWords, relevance: this.relevance, rankWindow: this.rankWindow });
    const keys = this.all(page).map((row) => Number(row.k));
    return page.keys === 'document' ? keys.map(questionIdFromKey) : keys;
  }

  /**
   * Whether a relevance page should rank the words alone and keep the tagged matches by rowid
   * (FEW_WORD_MATCHES). `total` (the tagged matches, null when not counted yet) can only rule it out early.
   */
  private ranksWordsAlone(plan: SearchPlan, words: string, match: string, total: number | null): boolean {
    if (plan.sort !== 'relevance' || match === words) return false;
    if (total !== null && (total > this.fewWordMatches || total > this.rankWindow)) return false;
    return Number(this.all(wordMatchesSql(words, this.fewWordMatches + 1))[0]?.n ?? 0) <= this.fewWordMatches;
  }

  /**
   * A page sorted by status without search words: walk the status groups in order, counting each
   * (index range counts) only until the page is filled, then read just the slices the page needs.
   */
  private statusPage(plan: SearchPlan): number[] {
    const ids: number[] = [];
    let skip = plan.offset;
    for (const segment of statusSegments(plan)) {
      if (ids.length >= plan.limit) break;
      const count = Number(this.all(statusSegmentSql(plan, segment, null))[0]?.n ?? 0);
      if (skip >= count) {
        skip -= count;
        continue;
      }
      const slice = { offset: skip, limit: plan.limit - ids.length };
      ids.push(...this.all(statusSegmentSql(plan, segment, slice)).map((row) => Number(row.k)));
      skip = 0;
    }
    return ids;
  }

  /** The highest question id (the API's cursors freeze a walk at it): a seek to the end of the primary key. */
  highestId(): number {
    return Number((this.statement('SELECT max("id") AS n FROM "Question"').get() as { n: number | null } | undefined)?.n ?? 0);
  }

  /** The number of questions in the view (what the table shows as its match count). */
  count(plan: SearchPlan): number {
    return this.inSnapshot(() => {
      const words = plan.text ? toFts5Match(plan.text) : null;
      const match = words === null ? null : this.indexMatch(plan, words);
      return Number(this.all(countSql(plan, match))[0]?.n ?? 0);
    });
  }

  private records(ids: number[]): QuestionRecord[] {
    if (ids.length === 0) return [];
    const rows = this.statement(recordsSql(ids.length)).all(...ids) as Row[];
    const byId = new Map(rows.map((row) => [Number(row.id), pageRecord(row)]));
    return ids.map((id) => byId.get(id)).filter((r): r is QuestionRecord => r !== undefined);
  }

  /**
   * Snippets for the page only: the page's documents go into the temporary FTS5 table and the same
   * MATCH runs there, so highlight()/snippet() mark exactly what the index matched.
   */
  private snippets(ids: number[], match: string): Map<number, RawSnippets> {
    const { start, end } = SNIPPET_MARKS;
    this.statement(`DELETE FROM temp.${SNIPPET_TABLE}`).run();
    this.statement(
      `INSERT INTO temp.${SNIPPET_TABLE} (rowid, heading, question, answer, asker, answerer, department, meeting)
       SELECT "questionId", "heading", "question", "answer", "asker", "answerer", "department", "meeting"
       FROM main.question_search_source WHERE "questionId" IN (${ids.map(() => '?').join(', ')})`,
    ).run(...ids);
    const rows = this.statement(
      `SELECT rowid AS id,
        highlight(${SNIPPET_TABLE}, 0, ?, ?) AS heading,
        snippet(${SNIPPET_TABLE}, 1, ?, ?, '…', ${SNIPPET_TOKENS}) AS question,
        snippet(${SNIPPET_TABLE}, 2, ?, ?, '…', ${SNIPPET_TOKENS}) AS answer
       FROM temp.${SNIPPET_TABLE} WHERE ${SNIPPET_TABLE} MATCH ?`,
    ).all(start, end, start, end, start, end, match) as { id: number; heading: string | null; question: string | null; answer: string | null }[];
    this.statement(`DELETE FROM temp.${SNIPPET_TABLE}`).run();
    const marked = (text: string | null) => (text && text.includes(start) ? text : null);
    return new Map(rows.map((r) => [Number(r.id), { heading: marked(r.heading), question: marked(r.question), answer: marked(r.answer) }]));
  }

  /**
   * The view's rows for an export, in the table's order. Date-tabled order (and a filters-only view,
   * which the table also shows newest tabled first) streams in keyset batches, a constant cost per
   * batch however deep. Any other sort reads the view's ids first, in one snapshot, through the very
   * code that orders the table's pages (so page n of the table is the export's rows n·size onwards),
   * then the rows a batch at a time by id: the ids, not the rows, are held (8 bytes a question).
   */
  exportReader(plan: Omit<SearchPlan, 'offset' | 'limit'>): ExportReader {
    const full: SearchPlan = { ...plan, offset: 0, limit: 0 };
    const words = plan.text ? toFts5Match(plan.text) : null;
    const match = words === null ? null : this.indexMatch(full, words);
    const dateOrdered = plan.sort === 'dateTabled' || (plan.sort === 'relevance' && match === null);
    return dateOrdered ? this.keysetExport(full, match) : this.orderedExport(full, words, match);
  }

  private keysetExport(full: SearchPlan, match: string | null): ExportReader {
    let cursor: number[] | null = null;
    let done = false;
    return {
      read: (limit) => {
        if (done) return [];
        const sql = exportBatchSql(full, match, cursor, limit);
        // Rows as arrays: the driver builds an object per row slowly; exportRecord builds it fast.
        const rows = this.statement(sql.text).raw(true).all(...sql.params) as unknown[][];
        done = rows.length < limit;
        if (rows.length > 0) cursor = exportCursor(rows.at(-1)!, match !== null);
        return rows.map(exportRecord);
      },
    };
  }

  private orderedExport(full: SearchPlan, words: string | null, match: string | null): ExportReader {
    let ids: number[] | null = null;
    let at = 0;
    return {
      read: (limit) => {
        ids ??= this.inSnapshot(() => {
          const total = Number(this.all(countSql(full, match))[0]?.n ?? 0);
          return total === 0 ? [] : this.pageIds({ ...full, offset: 0, limit: total }, words, match, total);
        });
        const batch = ids.slice(at, at + limit);
        at += batch.length;
        if (batch.length === 0) return [];
        const rows = this.statement(exportRowsSql(batch.length)).raw(true).all(...batch) as unknown[][];
        const byId = new Map(rows.map((row) => [Number(row[0]), row]));
        // A question deleted since the ids were read is left out.
        return batch.flatMap((id) => {
          const row = byId.get(id);
          return row ? [exportRecord(row)] : [];
        });
      },
    };
  }
}
