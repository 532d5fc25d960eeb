/**
 * Saved searches' words, matched against the new questions only (SQLite). The new questions' documents —
 * exactly as the search index holds them, from its own `question_search_source` view — go into a small
 * temporary FTS5 table with the index's columns and tokenizer, and each saved search's MATCH (the same
 * compiler the search uses, server/search/sqlite/sqlite-match.ts) runs against that. A thousand documents make a
 * tiny index, so ten thousand searches cost a fraction of a millisecond each, where running them on the
 * full index would read each word's whole doclist. Words mean exactly what they mean in the table search.
 */
import type Database from 'better-sqlite3';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import type { ParsedSearch } from '@/lib/search/parse-query';
import { toFts5Match } from '@/server/search/sqlite/sqlite-match';

const COLUMNS = '"heading", "question", "answer", "asker", "answerer", "department", "meeting", "tags"';

export class NewQuestionText {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Set<number>>();

  /** Loads the documents of `questionIds` from the database file into a temporary index. */
  constructor(file: string, questionIds: readonly number[]) {
    this.db = openSqlite(file);
    this.db.exec(`CREATE VIRTUAL TABLE temp."alert_docs" USING fts5(${COLUMNS}, tokenize = 'porter unicode61 remove_diacritics 2')`);
    const insert = this.db.prepare(`INSERT INTO temp."alert_docs" ("rowid", ${COLUMNS}) SELECT "questionId", ${COLUMNS} FROM main."question_search_source" WHERE "questionId" IN (SELECT value FROM json_each(?))`);
    insert.run(JSON.stringify(questionIds));
  }

  /** The new questions whose text matches the search's words (the same MATCH the table search runs). */
  matching(text: ParsedSearch): Set<number> {
    const match = toFts5Match(text);
    if (match === null) return new Set();
    const cached = this.cache.get(match);
    if (cached) return cached;
    let ids: Set<number>;
    try {
      ids = new Set((this.db.prepare('SELECT "rowid" AS id FROM temp."alert_docs" WHERE "alert_docs" MATCH ?').all(match) as { id: number }[]).map((r) => r.id));
    } catch {
      // A search FTS5 cannot run matches nothing here, as it shows nothing on the page.
      ids = new Set();
    }
    this.cache.set(match, ids);
    return ids;
  }

  close(): void {
    this.db.close();
  }
}
