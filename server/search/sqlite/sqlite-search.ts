/**
 * Question search on SQLite: runs the SQL from sqlite-search-sql.ts on a read-only better-sqlite3
 * connection of its own. Why not Prisma's $queryRaw here: it prepares every statement afresh and
 * converts every value (about 0.15 ms a query, more than a rare-word search itself costs); this
 * connection keeps prepared statements, maps the file into memory, and holds the temporary FTS5
 * table snippets are made in. Writes never come through here: the index is kept by triggers.
 */
import type Database from 'better-sqlite3';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import { toFts5Match } from './sqlite-match';
import { FEW_WORD_MATCHES, RANK_WINDOW, relevanceOrder, wordMatchesSql } from './sqlite-rank-sql';
import { SqliteCountWorker } from './sqlite-count-worker';
import { DEADLINE_MESSAGE, isDeadlineError, registerDeadline } from './sqlite-deadline';
import { deadlineFrom, SearchDeadlineError } from '../search-deadline';
import { countSql, pageKeysSql, questionIdFromKey, statusSegmentSql, statusSegments, type Sql } from './sqlite-search-sql';
import { pageRecord, recordsSql } from './sqlite-record-sql';
import { keysetExport, orderedExport, type ExportReads } from './sqlite-export-reader';
import { dueDaysSql, needsDueDays, withFilterTags } from './sqlite-filter-tags';
import { createSnippetTable, pageSnippets } from './sqlite-snippets';
import {
  type ExportReader,
  type QuestionRecord,
  type QuestionSearchBackend,
  type RawSnippets,
  type SearchPage,
  type SearchPlan,
} from '../types';

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
  /**
   * How long one `search` may run (ms; unset: no limit). Past it the search stops and rejects with
   * SearchDeadlineError (sqlite-deadline.ts says how). Counts for other uses and exports have none.
   */
  deadlineMs?: number;
}


export class SqliteQuestionSearch implements QuestionSearchBackend {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly rankWindow: number;
  private readonly fewWordMatches: number;
  private readonly relevance: string;
  private readonly counter: SqliteCountWorker | null;
  private readonly afterPage: (() => void) | undefined;
  private readonly deadlineMs: number | undefined;
  /** When the running search must stop (epoch ms): set only while a search's statements run. */
  private deadlineAt = Infinity;

  constructor(file: string, options: SqliteSearchOptions = {}) {
    this.rankWindow = options.rankWindow ?? RANK_WINDOW;
    this.fewWordMatches = options.fewWordMatches ?? FEW_WORD_MATCHES;
    const mmapBytes = options.mmapBytes ?? DEFAULT_MMAP_BYTES;
    this.counter = options.countOnWorker === false ? null : new SqliteCountWorker(file, { mmapBytes, resolveFrom: options.countWorkerFrom });
    this.afterPage = options.afterPage;
    this.deadlineMs = options.deadlineMs;
    this.db = openSqlite(file, { readonly: true, fileMustExist: true });
    registerDeadline(this.db, () => this.deadlineAt);
    this.db.pragma(`mmap_size = ${mmapBytes}`);
    this.db.pragma('cache_size = -65536'); // 64 MiB of page cache for what mmap does not cover
    createSnippetTable(this.db);
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
    // Between statements too: a search of many cheap statements stops as surely as one costly one.
    if (Date.now() > this.deadlineAt) throw new Error(DEADLINE_MESSAGE);
    return this.statement(sql.text).all(...sql.params) as Row[];
  }

  /**
   * Runs a search's synchronous part under its deadline, and turns a deadline check's error into
   * SearchDeadlineError. The deadline is cleared before returning: the connection serves exports
   * (which have none) between a search's statements and its count.
   */
  private underDeadline<T>(deadlineAt: number, run: () => T): T {
    this.deadlineAt = deadlineAt;
    try {
      return run();
    } catch (error) {
      throw isDeadlineError(error) && this.deadlineMs ? new SearchDeadlineError(this.deadlineMs) : error;
    } finally {
      this.deadlineAt = Infinity;
    }
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
    const deadlineAt = deadlineFrom(this.deadlineMs);
    const counter = this.counter;
    if (counter === null || !plan.text || this.db.inTransaction) return this.searchHere(plan, deadlineAt);
    const before = this.dataVersion();
    let counting: Promise<number> | null = null;
    const page = this.underDeadline(deadlineAt, () =>
      this.inSnapshot(() =>
        this.searchNow(plan, (sql) => {
          counting = counter.count(sql, deadlineAt);
          counting.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
        }),
      ),
    );
    if (counting === null) return page;
    this.afterPage?.();
    let total: number;
    try {
      total = await counting;
    } catch (error) {
      if (isDeadlineError(error)) throw new SearchDeadlineError(this.deadlineMs ?? 0);
      console.warn(`Counting on the count worker failed; counting here instead: ${error instanceof Error ? error.message : String(error)}`);
      return this.searchHere(plan, deadlineAt);
    }
    if (this.dataVersion() !== before) return this.searchHere(plan, deadlineAt);
    return { ...page, total, rankedWithin: this.rankedWithin(plan, total) };
  }

  /** The whole search on this thread, in one snapshot (by the search's deadline, if it has one). */
  searchHere(plan: SearchPlan, deadlineAt = Infinity): SearchPage {
    return this.underDeadline(deadlineAt, () => this.inSnapshot(() => this.searchNow(plan)));
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
    const snippets = words !== null && ids.length > 0 ? pageSnippets((sql) => this.statement(sql), ids, words) : new Map<number, RawSnippets>();
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
  async highestId(): Promise<number> {
    return Number((this.statement('SELECT max("id") AS n FROM "Question"').get() as { n: number | null } | undefined)?.n ?? 0);
  }

  /** The number of questions in the view (what the table shows as its match count). */
  async count(plan: SearchPlan): Promise<number> {
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
    const reads: ExportReads = {
      statement: (sql) => this.statement(sql),
      all: (sql) => this.all(sql),
      inSnapshot: (read) => this.inSnapshot(read),
      pageIds: (p, w, m, total) => this.pageIds(p, w, m, total),
    };
    return dateOrdered ? keysetExport(reads, full, match) : orderedExport(reads, full, words, match);
  }
}
