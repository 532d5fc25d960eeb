/**
 * Saved searches' words, matched against the new questions only (PostgreSQL): the counterpart of
 * sqlite-alert-text.ts. The new questions' two search vectors — exactly as the index holds them, kept by
 * the postgres_search migration's triggers — and their headings and texts are copied into a temporary table with
 * GIN indexes of its own (the headings' and texts' on the same expressions as postgres_search_heading's and _question's), on a
 * connection of its own, and each saved search runs the very conditions the table search runs
 * (server/search/postgres/postgres-tsquery.ts's textConditions, on the same column names) against that. So words,
 * phrases, prefixes, `heading:`-style fields, OR and exclusions mean exactly what they mean in the table,
 * and a search's cost is bounded by the day's new questions, not by a word's matches across the archive.
 */
import pg from 'pg';
import type { ParsedSearch } from '@/lib/search/parse-query';
import { Params } from '@/server/search/postgres/postgres-pool';
import { textConditions } from '@/server/search/postgres/postgres-tsquery';
import type { QuestionText } from '../alert-dialect';

const DOCS = 'pg_temp."alert_docs"';

/**
 * What PostgreSQL says about a query it cannot run as written (data exceptions, class 22; program
 * limits such as a tsquery too large, class 54): that search matches nothing here, as the table shows
 * nothing for it. Anything else (a lost connection, a missing column) stops the run, so that the cursor
 * does not move past questions whose alerts were never matched.
 */
const isQueryRefusal = (error: unknown) => /^(22|54)/.test(String((error as { code?: unknown }).code ?? ''));

export class PostgresNewQuestionText implements QuestionText {
  private readonly ready: Promise<pg.Client>;
  private readonly cache = new Map<string, Promise<Set<number>>>();

  /** Starts loading the documents of `questionIds` from the database at `url` into a temporary table. */
  constructor(url: string, questionIds: readonly number[]) {
    this.ready = load(url, questionIds);
    // Awaited by matching() and close(); this only keeps a failure before either from going unhandled.
    this.ready.catch(() => undefined);
  }

  /** The new questions whose text matches the search's words (the same conditions the table search runs). */
  matching(text: ParsedSearch): Promise<Set<number>> {
    const p = new Params();
    // answer: words on the copied vectors (weight C): the answer versions' index covers the whole table.
    const conditions = textConditions(text, p, { answerIndex: false });
    if (conditions === null) return Promise.resolve(new Set());
    const sql = `SELECT q."id" FROM ${DOCS} q WHERE ${conditions.where.join(' AND ')}`;
    const key = JSON.stringify([sql, p.values]);
    let ids = this.cache.get(key);
    if (!ids) {
      ids = this.run(sql, p.values);
      this.cache.set(key, ids);
    }
    return ids;
  }

  private async run(sql: string, values: unknown[]): Promise<Set<number>> {
    const client = await this.ready;
    try {
      return new Set((await client.query<{ id: number }>(sql, values)).rows.map((r) => r.id));
    } catch (error) {
      if (isQueryRefusal(error)) return new Set();
      throw error;
    }
  }

  /** Ends the connection, and with it the temporary table. */
  async close(): Promise<void> {
    const client = await this.ready.catch(() => null);
    await client?.end();
  }
}

async function load(url: string, questionIds: readonly number[]): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TEMPORARY TABLE ${DOCS} ("id" integer PRIMARY KEY, "searchDocument" tsvector, "searchFields" tsvector, "heading" text, "text" text)`);
    await client.query(`INSERT INTO ${DOCS} SELECT "id", "searchDocument", "searchFields", "heading", "text" FROM "Question" WHERE "id" = ANY($1::int[])`, [questionIds]);
    // The GIN indexes make each search read only the documents holding its words; without them every
    // search would unpack every new question's vectors (several kilobytes each) to test them.
    await client.query(`CREATE INDEX ON ${DOCS} USING GIN ("searchDocument")`);
    await client.query(`CREATE INDEX ON ${DOCS} USING GIN ("searchFields")`);
    // heading: and question: words: without them each would derive every new heading's (text's) vector again.
    await client.query(`CREATE INDEX ON ${DOCS} USING GIN (to_tsvector('answerable_english'::regconfig, "heading"))`);
    await client.query(`CREATE INDEX ON ${DOCS} USING GIN (to_tsvector('answerable_english'::regconfig, "text"))`);
    await client.query(`ANALYZE ${DOCS}`);
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}
