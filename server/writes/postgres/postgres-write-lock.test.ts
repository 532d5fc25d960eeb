import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from '@/lib/validation/zod';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';
import { executeStaffWrite } from '../execute-staff-write';
import { WRITE_LOCK_KEY } from './postgres-write-lock';

// PostgreSQL alone: the lock is an advisory lock another app server may hold. (The queueing of two
// saves from two processes runs on both databases in server/actions/staff-action.test.ts.)
let db: TestDatabase;
const editor = { id: 'u-editor', name: 'Ed Itor', email: 'ed@example.org', role: 'editor' as const };
const rename = {
  role: 'editor' as const,
  schema: z.object({ name: z.string() }),
  run: async (input: { name: string }, { tx, record }: Parameters<Parameters<typeof executeStaffWrite>[1]['run']>[1]) => {
    const topic = await tx.topic.create({ data: { name: input.name, slug: input.name.toLowerCase() } });
    await record({ entityType: 'Topic', entityId: topic.id, action: 'create', after: { name: topic.name } });
  },
};

beforeAll(async () => {
  db = await createTestDatabase('postgresql');
});
afterAll(() => db.cleanup());

describe('the write lock on PostgreSQL', () => {
  it('held elsewhere past the timeout, a save is refused with "save again" and writes nothing; once free, it saves', async () => {
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      // Another app server in the middle of a long write.
      await other.query(`SELECT pg_advisory_lock(${WRITE_LOCK_KEY})`);
      const refused = await executeStaffWrite(db.prisma, rename, { name: 'Blocked' }, editor);
      expect(refused.state).toMatchObject({ status: 'error', message: 'Someone else was saving at the same moment: nothing was saved. Save again.' });
      expect(await db.prisma.topic.count({ where: { name: 'Blocked' } })).toBe(0);

      await other.query(`SELECT pg_advisory_unlock(${WRITE_LOCK_KEY})`);
      const saved = await executeStaffWrite(db.prisma, rename, { name: 'Saved' }, editor);
      expect(saved.state.status).toBe('ok');
      expect(await db.prisma.topic.count({ where: { name: 'Saved' } })).toBe(1);
    } finally {
      await other.end();
    }
  });
});
