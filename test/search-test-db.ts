import { afterAll, beforeAll } from 'vitest';
import type { DialectName } from '@/lib/db/database-url';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { PostgresQuestionSearch, type PostgresSearchOptions } from '@/server/search/postgres/postgres-search';
import { postgresNameResolver } from '@/server/search/postgres/postgres-names';
import { searchQuestionsFromParams, type QuestionSearchDeps } from '@/server/search/question-search';
import { prismaNameResolver, type NameResolver } from '@/server/search/resolve-filters';
import { SqliteQuestionSearch } from '@/server/search/sqlite/sqlite-search';
import { sqliteNameResolver } from '@/server/search/sqlite/sqlite-names';
import type { QuestionSearchBackend } from '@/server/search/types';
import { createTempPostgres, type TempPostgres } from './postgres-db';
import { FIXTURE_TODAY, loadSearchFixture, type SearchFixture } from './search-fixtures';
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

type AnyTestDatabase = { dialect: DialectName; file: string | null; url: string; prisma: PrismaClient };

/** The dialect's own search backend on a database of test/test-database.ts; the caller closes it. */
export function searchBackendFor(db: AnyTestDatabase, options: BackendOptions = {}): QuestionSearchBackend {
  return db.dialect === 'sqlite' ? new SqliteQuestionSearch(db.file!, options) : new PostgresQuestionSearch(db.url, options);
}

/**
 * A search of the question table of `db` (test/test-database.ts) through its dialect's own backend, as
 * the app runs it: the ids of every question the query `q` finds (none when it is refused), in id order.
 */
export async function searchIds(db: AnyTestDatabase, q: string): Promise<number[]> {
  const backend = searchBackendFor(db);
  try {
    const outcome = await searchQuestionsFromParams(new URLSearchParams({ q, size: '100' }), { backend, names: prismaNameResolver(db.prisma), today: FIXTURE_TODAY });
    if (!outcome.ok) return [];
    return outcome.result.rows.map((r) => r.id).sort((a, b) => a - b);
  } finally {
    await backend.close();
  }
}

/** Options the backends take (countCache: PostgreSQL's alone; SQLite's backend has none and ignores it). */
export type BackendOptions = Pick<PostgresSearchOptions, 'rankWindow' | 'deadlineMs' | 'countCache'>;

/** A search database of either dialect (test/test-database.ts's DIALECTS), with the dialect's own backend and name lookups. */
export interface DialectSearchDb<F = SearchFixture> {
  dialect: DialectName;
  prisma: PrismaClient;
  backend: QuestionSearchBackend;
  names: NameResolver;
  /** What the loader returned (question ids by UIN for the search fixture). */
  fixture: F;
  /** Another backend on the same database with other options; the caller closes it. */
  backendWith(options: BackendOptions & { countOnWorker?: boolean }): QuestionSearchBackend;
  /** What the search functions need, on this database, with the fixture's today. */
  deps(): QuestionSearchDeps & { today: Date };
}

/**
 * For a test file or a `describe.each(DIALECTS)` block: a fresh, migrated database of `dialect`, loaded
 * through Prisma by `load` (the search fixture by default), with that dialect's search backend on it.
 */
export function setUpDialectSearchDb<F = SearchFixture>(
  dialect: DialectName,
  load: (prisma: PrismaClient) => Promise<F> = loadSearchFixture as unknown as (prisma: PrismaClient) => Promise<F>,
  options: BackendOptions & { countOnWorker?: boolean } = {},
): DialectSearchDb<F> {
  let sqlite: TempDb | null = null;
  let postgres: TempPostgres | null = null;
  const db = {
    dialect,
    backendWith: (more: BackendOptions & { countOnWorker?: boolean }) =>
      sqlite ? new SqliteQuestionSearch(sqlite.file, { ...options, ...more }) : new PostgresQuestionSearch(postgres!.url, { ...options, ...more }),
    deps: () => ({ backend: db.backend, names: db.names, today: FIXTURE_TODAY }),
  } as Partial<DialectSearchDb<F>> as DialectSearchDb<F>;
  beforeAll(async () => {
    if (dialect === 'sqlite') {
      sqlite = createTempDb();
      db.prisma = sqlite.prisma;
    } else {
      postgres = await createTempPostgres('answerable_pgsearch');
      db.prisma = postgres.prisma;
    }
    db.fixture = await load(db.prisma);
    db.backend = db.backendWith({});
    db.names = db.backend instanceof SqliteQuestionSearch ? sqliteNameResolver(db.backend.db) : postgresNameResolver((db.backend as PostgresQuestionSearch).pool);
  }, 120_000);
  afterAll(async () => {
    await db.backend?.close();
    await (sqlite ?? postgres)?.cleanup();
  });
  return db;
}
