import { afterAll, beforeAll } from 'vitest';
import type { QuestionSearchDeps } from '@/server/search/question-search';
import { prismaNameResolver } from '@/server/search/resolve-filters';
import { SqliteQuestionSearch } from '@/server/search/sqlite-search';
import { FIXTURE_TODAY, loadSearchFixture } from './search-fixtures';
import { createTempDb, type TempDb } from './temp-db';

export interface SearchTestDb {
  temp: TempDb;
  backend: SqliteQuestionSearch;
  /** What the search functions need, on this database, with the fixture's today. */
  deps(): QuestionSearchDeps & { today: Date };
}

/**
 * For a test file: a fresh database with the search fixture (test/search-fixtures.ts) and a search
 * backend on it, made before the file's tests and removed after them.
 */
export function setUpSearchTestDb(): SearchTestDb {
  // Filled in by beforeAll: test bodies run after it.
  const db = {
    deps() {
      return { backend: db.backend, names: prismaNameResolver(db.temp.prisma), today: FIXTURE_TODAY };
    },
  } as Partial<SearchTestDb> as SearchTestDb;
  beforeAll(async () => {
    db.temp = createTempDb();
    await loadSearchFixture(db.temp.prisma);
    db.backend = new SqliteQuestionSearch(db.temp.file);
  });
  afterAll(async () => {
    db.backend.close();
    await db.temp.cleanup();
  });
  return db;
}
