import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { z } from '@/lib/validation/zod';
import type { CurrentUser } from '@/server/auth/session';
import { execFile } from 'node:child_process';
import { assertUnchangedSince, latestChangeId } from '@/server/history/concurrency';
import { executeStaffWrite, FormError } from './staff-action';

// The write path every staff action takes, on a real SQLite database: validation, one transaction,
// mandatory history, refusals that keep what was typed, and conflicts that show the newer values.
let db: TestDatabase;
const editor: CurrentUser = { id: 'u-editor', name: 'Ed Itor', email: 'ed@example.org', role: 'editor' };
const schema = z.object({ name: z.string().trim().min(1, 'Name is required'), description: z.string().optional() });

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
  });
  afterAll(() => db.cleanup());

  describe('executeStaffWrite', () => {
    it('refuses invalid input with field errors and the typed values, writing nothing', async () => {
      const before = await db.prisma.topic.count();
      const result = await executeStaffWrite(db.prisma, { role: 'editor', schema, run: async () => ({}) }, { name: '  ', description: 'kept' }, editor);
      expect(result.state.status).toBe('error');
      expect(result.state.fieldErrors?.name).toEqual(['Name is required']);
      expect(result.state.values).toMatchObject({ description: 'kept' });
      expect(await db.prisma.topic.count()).toBe(before);
    });

    it('commits the change and its history together, naming the actor', async () => {
      const result = await executeStaffWrite(
        db.prisma,
        {
          role: 'editor',
          schema,
          run: async (input, { tx, record }) => {
            const topic = await tx.topic.create({ data: { name: input.name, slug: 'written-path', source: 'STAFF' } });
            await record({ entityType: 'Topic', entityId: topic.id, action: 'create', after: { name: topic.name } });
            return { redirectTo: '/topics/written-path' };
          },
        },
        { name: 'Written path' },
        editor,
      );
      expect(result).toMatchObject({ state: { status: 'ok' }, redirectTo: '/topics/written-path' });
      const topic = await db.prisma.topic.findUniqueOrThrow({ where: { slug: 'written-path' } });
      const log = await db.prisma.changeLog.findMany({ where: { entityType: 'Topic', entityId: String(topic.id) } });
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ actor: 'Ed Itor', actorId: 'u-editor', action: 'create', after: '{"name":"Written path"}' });
    });

    it('rolls back a write that records no history', async () => {
      const result = await executeStaffWrite(
        db.prisma,
        { role: 'editor', schema, run: async (input, { tx }) => void (await tx.topic.create({ data: { name: input.name, slug: 'no-history' } })) },
        { name: 'No history' },
        editor,
      );
      expect(result.state.status).toBe('error');
      expect(result.state.message).toMatch(/nothing was changed/);
      expect(await db.prisma.topic.findUnique({ where: { slug: 'no-history' } })).toBeNull();
    });

    it('rolls back everything when the step fails half-way, and reports it without a stack trace', async () => {
      const logs = await db.prisma.changeLog.count();
      const result = await executeStaffWrite(
        db.prisma,
        {
          role: 'editor',
          schema,
          run: async (input, { tx, record }) => {
            const topic = await tx.topic.create({ data: { name: input.name, slug: 'half-way' } });
            await record({ entityType: 'Topic', entityId: topic.id, action: 'create' });
            throw new FormError('The second step refused', { name: ['Taken'] });
          },
        },
        { name: 'Half way' },
        editor,
      );
      expect(result.state).toMatchObject({ status: 'error', message: 'The second step refused', fieldErrors: { name: ['Taken'] }, values: { name: 'Half way' } });
      expect(await db.prisma.topic.findUnique({ where: { slug: 'half-way' } })).toBeNull();
      expect(await db.prisma.changeLog.count()).toBe(logs);
    });

    it('refuses a save made after a newer change, showing the newer values and the new token', async () => {
      const topic = await db.prisma.topic.create({ data: { name: 'Contested', slug: 'contested' } });
      const rename = (name: string, baseChangeId: number, user: CurrentUser) =>
        executeStaffWrite(
          db.prisma,
          {
            role: 'editor',
            schema: schema.extend({ baseChangeId: z.coerce.number() }),
            run: async (input, { tx, record }) => {
              const current = await tx.topic.findUniqueOrThrow({ where: { id: topic.id } });
              await assertUnchangedSince(tx, 'Topic', topic.id, input.baseChangeId, async () => [{ label: 'Name', value: current.name }]);
              await tx.topic.update({ where: { id: topic.id }, data: { name: input.name } });
              await record({ entityType: 'Topic', entityId: topic.id, action: 'update', before: { name: current.name }, after: { name: input.name } });
            },
          },
          { name, baseChangeId: String(baseChangeId) },
          user,
        );
      const loaded = await latestChangeId(db.prisma, 'Topic', topic.id);
      expect((await rename('First save', loaded, editor)).state.status).toBe('ok');
      const second = await rename('Stale save', loaded, { ...editor, id: 'u-2', name: 'Second Editor' });
      expect(second.state.status).toBe('conflict');
      expect(second.state.conflict?.by).toBe('Ed Itor');
      expect(second.state.conflict?.newer).toEqual([{ label: 'Name', value: 'First save' }]);
      expect(second.state.values).toMatchObject({ name: 'Stale save' });
      expect((await db.prisma.topic.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe('First save');
      // Having seen the newer values, the second editor may save over them deliberately.
      const third = await rename('Deliberate save', second.state.conflict!.baseChangeId, { ...editor, id: 'u-2', name: 'Second Editor' });
      expect(third.state.status).toBe('ok');
      expect((await db.prisma.topic.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe('Deliberate save');
    });

    it('queues simultaneous saves from two server processes: one saves, the other sees a conflict, none fails', async () => {
      const topic = await db.prisma.topic.create({ data: { name: 'Raced', slug: 'raced' } });
      const base = String(await latestChangeId(db.prisma, 'Topic', topic.id));
      const save = (name: string) =>
        new Promise<{ status: string; message: string }>((resolve, reject) => {
          execFile(
            process.execPath,
            ['--import', 'tsx', 'test/fixtures/rename-topic-process.ts', db.url, String(topic.id), base, name, '300'],
            { cwd: process.cwd(), timeout: 60_000 },
            (error, stdout, stderr) => (error ? reject(new Error(stderr || String(error))) : resolve(JSON.parse(stdout.trim().split('\n').pop()!))),
          );
        });
      const results = await Promise.all([save('From process one'), save('From process two')]);
      expect(results.map((r) => r.status).sort()).toEqual(['conflict', 'ok']);
      const winner = results[0]!.status === 'ok' ? 'From process one' : 'From process two';
      expect((await db.prisma.topic.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe(winner);
      expect(await db.prisma.changeLog.count({ where: { entityType: 'Topic', entityId: String(topic.id), action: 'update' } })).toBe(1);
    }, 120_000);
  });
});
