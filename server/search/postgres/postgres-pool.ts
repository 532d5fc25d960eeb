/**
 * The PostgreSQL search's connections: a node-postgres pool of its own (not Prisma's: a search is a
 * few hand-written statements, and $queryRaw converts every value through Prisma's engine), and the
 * read transaction each search runs in, under its deadline.
 *
 * The deadline is PostgreSQL's own: `statement_timeout`, set with `SET LOCAL` semantics to the time the
 * search has left, so the server cancels whichever statement is running when it runs out (error 57014),
 * as SQLite's deadline check does, and the search rejects with SearchDeadlineError. It is set in the
 * same round trip as BEGIN for a transaction's first statement (a page is one statement,
 * postgres-page-sql.ts), and again before each later one.
 */
import pg from 'pg';
import { SearchDeadlineError } from '../search-deadline';

/** A SQL statement with `$n` placeholders and its values. */
export interface PgSql {
  text: string;
  values: unknown[];
}

/** Collects parameter values while SQL text is built: `p.add(v)` is the placeholder for `v`. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A calendar date or instant, compared with a `timestamp(3)` column (Prisma stores UTC without a zone). */
  timestamp(date: Date): string {
    return `${this.add(date.toISOString().slice(0, 23))}::timestamp`;
  }
}

// `timestamp without time zone` holds UTC (as Prisma writes it): read it as UTC, whatever the process's
// time zone (node-postgres would read it as local time). int8 (count(*)) as a number: counts stay far below 2^53.
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === TIMESTAMP_OID) return (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/**
 * JIT off for the search's sessions: PostgreSQL compiles a plan it costs above jit_above_cost, which a
 * common word's count is; at a million questions the compiling took ~40 ms of a ~550 ms count and the
 * compiled code gained nothing back (the work is in to_tsvector's @@, a function call either way).
 */
/*
 * work_mem 32 MB for them too: with the server's default 4 MB, a common word's bitmap of matching rows
 * at a million questions does not fit and turns lossy (a page, not a row, per entry), so every row of
 * those pages is re-checked: "funding" in one department re-checked 361,059 rows for its 80,566 and took
 * 4.3 s, 0.5 s with the bitmap exact. 32 MB holds an exact bitmap of every page of a million questions;
 * it is a per-operation ceiling, so a pool of 10 sessions stays within a few hundred MB at the worst.
 */
/*
 * random_page_cost 1.1 (the server's default is 4, a spinning disk's): the cost of reading a row the index
 * pointed at, on SSD or from memory, as PostgreSQL's documentation advises for them. At 4 the planner
 * paid to avoid row reads by building a bitmap of a whole department (164,305 entries) to AND with a rare
 * word's 1,799: "cholera" in one department, newest first, took 21 ms, 2.3 ms reading the word's rows.
 */
const SESSION_OPTIONS = '-c jit=off -c work_mem=32MB -c random_page_cost=1.1';

/*
 * No parallel workers for a page (`parallel: false`): a page ranks at most RANK_WINDOW rows, and
 * starting workers and gathering those rows from them cost more than it saved. At a million questions
 * on two cores with shared_buffers 6 GB, heading:housing's 20,474 matches took 62–70 ms through two
 * workers and a Gather Merge, 39–43 ms in one process; bench:search's median search went 32.7 → 23.9 ms.
 * (A new worker maps the server's shared memory page by page: with the server on huge pages,
 * docs/postgresql.md, workers start cheaply and pages take about as long either way.) Counts keep them: a
 * common word's count reads most of the table, and two workers counted "support" in 439 ms against 651 ms alone.
 */
export function searchSessionOptions({ parallel }: { parallel: boolean }): string {
  return parallel ? SESSION_OPTIONS : `${SESSION_OPTIONS} -c max_parallel_workers_per_gather=0`;
}

/** A pool for pages (`parallel` false, the default) or for counts (`parallel` true); see searchSessionOptions. */
export function createSearchPool(url: string, max = 10, { parallel = false } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types, options: searchSessionOptions({ parallel }) });
  // An idle connection that drops (a server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

const QUERY_CANCELED = '57014';

export type Query = (sql: PgSql) => Promise<Record<string, unknown>[]>;

const BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/** What is left until `deadlineAt` in whole ms; SearchDeadlineError when nothing is. */
function timeLeft(deadlineAt: number, deadlineMs: number | undefined): number {
  const left = Math.floor(deadlineAt - Date.now());
  if (left <= 0) throw new SearchDeadlineError(deadlineMs!);
  return left;
}

/** `SET LOCAL statement_timeout` to what is left, to send with BEGIN (no parameters: a whole number). */
function beginTimeout(deadlineAt: number, deadlineMs: number | undefined): string {
  return Number.isFinite(deadlineAt) ? `; SET LOCAL statement_timeout = ${timeLeft(deadlineAt, deadlineMs)}` : '';
}

/**
 * A query function on `client` that gives each statement what is left until `deadlineAt`: the first
 * runs under the timeout its BEGIN set (beginTimeout), each later one sets it again first.
 */
function deadlineQuery(client: pg.PoolClient, deadlineAt: number, deadlineMs: number | undefined): Query {
  let first = true;
  return async (sql) => {
    if (Number.isFinite(deadlineAt)) {
      const left = timeLeft(deadlineAt, deadlineMs);
      if (!first) await client.query("SELECT set_config('statement_timeout', $1, true)", [String(left)]);
    }
    first = false;
    try {
      return (await client.query(sql.text, sql.values)).rows as Record<string, unknown>[];
    } catch (error) {
      if ((error as { code?: string }).code === QUERY_CANCELED && deadlineMs) throw new SearchDeadlineError(deadlineMs);
      throw error;
    }
  };
}

/**
 * Runs `read` in a read-only transaction on a connection of `pool` (begun by `begin`), then gives the
 * connection back. The result is returned without waiting for the COMMIT's round trip (a read-only
 * transaction has nothing to make durable); the connection goes back to the pool once the COMMIT is done
 * (or is closed if it failed), so no other search can use it before.
 */
async function inTransaction<T>(pool: pg.Pool, begin: (client: pg.PoolClient) => Promise<void>, read: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let result: T;
  try {
    await begin(client);
    result = await read(client);
  } catch (error) {
    let broken = false;
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    client.release(broken);
    throw error;
  }
  client.query('COMMIT').then(
    () => client.release(),
    () => client.release(true),
  );
  return result;
}

/** The value of `stampSql` in the results of a BEGIN batch whose last statement selected it AS stamp. */
function stampOf(results: pg.QueryResult | pg.QueryResult[], stampSql: string | undefined): string | null {
  if (stampSql === undefined) return null;
  const last = Array.isArray(results) ? results.at(-1) : results;
  return String(last?.rows[0]?.stamp ?? '');
}

/**
 * Runs `read` in one REPEATABLE READ, read-only transaction (the total, the page and its rows see one
 * snapshot, as on SQLite), every statement under what is left of `deadlineMs` (none when unset).
 * `stampSql`, when given, is read as the snapshot's first statement, in the BEGIN's round trip, and
 * handed to `read` (the count cache's change counter).
 */
export function inSnapshot<T>(pool: pg.Pool, deadlineMs: number | undefined, read: (query: Query, stamp: string | null) => Promise<T>, stampSql?: string): Promise<T> {
  const deadlineAt = deadlineMs ? Date.now() + deadlineMs : Infinity;
  let stamp: string | null = null;
  return inTransaction(
    pool,
    async (client) => {
      const sql = BEGIN + beginTimeout(deadlineAt, deadlineMs) + (stampSql === undefined ? '' : `; SELECT ${stampSql} AS stamp`);
      stamp = stampOf((await client.query(sql)) as unknown as pg.QueryResult[], stampSql);
    },
    (client) => read(deadlineQuery(client, deadlineAt, deadlineMs), stamp),
  );
}

const SNAPSHOT_ID = /^[0-9A-F-]+$/i;

/**
 * Like inSnapshot, with a second connection (from `besidePool`) reading the very same snapshot
 * (pg_export_snapshot / SET TRANSACTION SNAPSHOT), so two statements of one search run side by side on
 * two server processes: PostgreSQL's counterpart of SQLite's count worker. `read` gets both; the second
 * connection is taken and its transaction begun on its first statement (not at all when `read` needs
 * none: a total the count cache holds). A separate pool, so a search holding a connection of `pool`
 * never waits for another of the same pool (no deadlock when every one is taken). `stampSql` as in inSnapshot.
 */
export function inSharedSnapshot<T>(
  pool: pg.Pool,
  besidePool: pg.Pool,
  deadlineMs: number | undefined,
  read: (main: Query, beside: Query, stamp: string | null) => Promise<T>,
  stampSql?: string,
): Promise<T> {
  const deadlineAt = deadlineMs ? Date.now() + deadlineMs : Infinity;
  let snapshot = '';
  let stamp: string | null = null;
  return inTransaction(
    pool,
    async (client) => {
      // One round trip: BEGIN, the timeout, the snapshot's id (and the stamp) (the last of the results).
      const results = (await client.query(
        `${BEGIN}${beginTimeout(deadlineAt, deadlineMs)}; SELECT pg_export_snapshot() AS s${stampSql === undefined ? '' : `, ${stampSql} AS stamp`}`,
      )) as unknown as pg.QueryResult[];
      snapshot = String(results.at(-1)?.rows[0]?.s ?? '');
      if (!SNAPSHOT_ID.test(snapshot)) throw new Error(`Unexpected snapshot id from PostgreSQL: ${snapshot}`);
      stamp = stampOf(results, stampSql);
    },
    async (client) => {
      let release: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (release = resolve));
      let beside = null as { query: Query; ended: Promise<void> } | null;
      // The second transaction lives until `read` is done with both (its statements are awaited inside).
      const startBeside = () => {
        let ready: (query: Query) => void = () => undefined;
        const besideReady = new Promise<Query>((resolve) => (ready = resolve));
        const ended = inTransaction(
          besidePool,
          async (other) => {
            await other.query(`${BEGIN}; SET TRANSACTION SNAPSHOT '${snapshot}'${beginTimeout(deadlineAt, deadlineMs)}`);
          },
          async (other) => {
            ready(deadlineQuery(other, deadlineAt, deadlineMs));
            await done;
          },
        );
        ended.catch(() => undefined); // its failure reaches `read` through the query below
        const query: Query = (sql) => Promise.race([besideReady.then((run) => run(sql)), ended.then(() => Promise.reject(new Error('The second snapshot ended early.')))]);
        return { query, ended };
      };
      const besideQuery: Query = (sql) => (beside ??= startBeside()).query(sql);
      try {
        return await read(deadlineQuery(client, deadlineAt, deadlineMs), besideQuery, stamp);
      } finally {
        release();
        await beside?.ended.catch(() => undefined);
      }
    },
  );
}
