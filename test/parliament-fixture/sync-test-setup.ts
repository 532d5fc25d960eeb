import { afterEach, beforeEach } from 'vitest';
import type { DialectName } from '@/lib/db/database-url';
import { useTestDatabase, type TestDatabase } from '@/test/test-database';
import { startHarness, type Harness } from './harness';

/** What a sync test reads: the current test's database and fixture harness, and its synced questions. */
export interface SyncSuite {
  readonly db: TestDatabase;
  readonly h: Harness;
  questionBy(parliamentId: number): ReturnType<typeof syncedQuestion>;
}

/**
 * What each of the sync's test files needs per dialect: a database emptied before each test (ids
 * restarted) and a fresh fixture server, closed after it. Read `db` and `h` in hooks and tests.
 */
export function useSyncHarness(dialect: DialectName): SyncSuite {
  const database = useTestDatabase(dialect);
  const state: { harness?: Harness } = {};
  beforeEach(async () => {
    state.harness = await startHarness();
  });
  afterEach(() => state.harness?.close());
  return {
    get db() {
      return database.current;
    },
    get h() {
      if (!state.harness) throw new Error('The sync harness is only there inside a test.');
      return state.harness;
    },
    questionBy: (parliamentId) => syncedQuestion(database.current, parliamentId),
  };
}

/** Text of `n` distinct words, long enough that the list endpoint truncates it. */
export const longText = (word: string, n = 80) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

/** A synced question with what the tests check of it. */
export const syncedQuestion = (db: TestDatabase, parliamentId: number) =>
  db.prisma.question.findUniqueOrThrow({ where: { parliamentId }, include: { answers: { orderBy: { sequence: 'asc' }, include: { attachments: true } }, askingMember: { include: { party: true } }, department: true } });
