import { afterEach, beforeEach } from 'vitest';
import type { DialectName } from '@/lib/db/database-url';
import { useTestDatabase, type TestDatabase } from '@/test/test-database';
import { startHarness, type Harness } from './harness';

/**
 * What each of the sync's test files needs per dialect: a database emptied before each test (ids
 * restarted) and a fresh fixture server, closed after it. Read `.current` in hooks and tests.
 */
export function useSyncHarness(dialect: DialectName): { readonly current: { db: TestDatabase; h: Harness } } {
  const database = useTestDatabase(dialect);
  const holder = { current: undefined as unknown as { db: TestDatabase; h: Harness } };
  beforeEach(async () => {
    holder.current = { db: database.current, h: await startHarness() };
  });
  afterEach(() => holder.current.h.close());
  return holder;
}

/** Text of `n` distinct words, long enough that the list endpoint truncates it. */
export const longText = (word: string, n = 80) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

/** A synced question with what the tests check of it. */
export const syncedQuestion = (db: TestDatabase, parliamentId: number) =>
  db.prisma.question.findUniqueOrThrow({ where: { parliamentId }, include: { answers: { orderBy: { sequence: 'asc' }, include: { attachments: true } }, askingMember: { include: { party: true } }, department: true } });
