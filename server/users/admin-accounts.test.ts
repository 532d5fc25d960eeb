import { beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, useTestDatabase, type TestDatabase } from '@/test/test-database';
import { recordChange } from '@/server/history/record-change';
import { createAccount } from './accounts';
import { AccountRefusal, changeRole, setDisabled, setPassword } from './admin-accounts';

let db: TestDatabase;
let adminId: string;
let editorId: string;
const actor = { id: 'x', name: 'Admin' };

describe.each(DIALECTS)('on %s', (dialect) => {
  // One database per dialect for the file, emptied before each test.
  const database = useTestDatabase(dialect);
  beforeEach(async () => {
    db = database.current;
    adminId = (await db.prisma.$transaction((tx) => createAccount(tx, { name: 'Ada Admin', email: 'ada@example.org', role: 'admin', password: 'admin-password-1' }, actor))).id;
    editorId = (await db.prisma.$transaction((tx) => createAccount(tx, { name: 'Ed Editor', email: 'ed@example.org', role: 'editor', password: 'editor-password-1' }, actor))).id;
    const expiresAt = new Date(Date.now() + 86_400_000);
    await db.prisma.session.createMany({ data: [1, 2].map((n) => ({ id: `s${n}`, token: `t${n}`, userId: editorId, expiresAt })) });
  });

  const run = <T,>(step: (tx: Parameters<Parameters<typeof db.prisma.$transaction>[0]>[0], record: (c: Parameters<typeof recordChange>[2]) => Promise<number>) => Promise<T>) =>
    db.prisma.$transaction((tx) => step(tx, (c) => recordChange(tx, actor, c)));

  describe('account changes on the admin screens', () => {
    it('disabling ends every session of the account in the same transaction, with history', async () => {
      await run((tx, record) => setDisabled(tx, record, adminId, editorId, true));
      expect(await db.prisma.session.count({ where: { userId: editorId } })).toBe(0);
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: editorId } })).banned).toBe(true);
      const entry = await db.prisma.changeLog.findFirstOrThrow({ where: { entityType: 'User', entityId: editorId, action: 'update' } });
      expect(JSON.parse(entry.after!)).toEqual({ disabled: true, sessionsEnded: 2 });
      await run((tx, record) => setDisabled(tx, record, adminId, editorId, false));
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: editorId } })).banned).toBe(false);
    });

    it('an admin cannot disable themself or drop their own admin role, so an admin always remains', async () => {
      await expect(run((tx, record) => setDisabled(tx, record, adminId, adminId, true))).rejects.toBeInstanceOf(AccountRefusal);
      await expect(run((tx, record) => changeRole(tx, record, adminId, adminId, 'editor'))).rejects.toThrow(/own admin role/);
      expect(await db.prisma.user.count({ where: { role: 'admin', banned: false } })).toBe(1);
    });

    it('role changes record before and after; a new password ends the account’s sessions', async () => {
      await run((tx, record) => changeRole(tx, record, adminId, editorId, 'viewer'));
      const entry = await db.prisma.changeLog.findFirstOrThrow({ where: { entityId: editorId, action: 'update' } });
      expect([JSON.parse(entry.before!), JSON.parse(entry.after!)]).toEqual([{ role: 'editor' }, { role: 'viewer' }]);
      const oldHash = (await db.prisma.account.findFirstOrThrow({ where: { userId: editorId } })).password;
      await run((tx, record) => setPassword(tx, record, adminId, editorId, 'a-new-password-2'));
      expect((await db.prisma.account.findFirstOrThrow({ where: { userId: editorId } })).password).not.toBe(oldHash);
      expect(await db.prisma.session.count({ where: { userId: editorId } })).toBe(0);
    });
  });
});
