import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { createDepartment, createMember, day } from '@/test/factories';

// `npm run import:meetings` as a person runs it: a real process on a real database file.
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/meetings-csv/meetings-standard.csv');
let db: TestDatabase;
let slug: string;

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const department = await createDepartment(db.prisma, { name: 'Fixture Department' });
    slug = department.slug;
    const alex = await createMember(db.prisma, { displayName: 'Alex Fixture' });
    await createMember(db.prisma, { displayName: 'Baroness Sample', house: 'LORDS' });
    await db.prisma.memberRole.create({ data: { memberId: alex.id, title: 'Minister for Fixtures', departmentId: department.id, startDate: day('2024-07-08') } });
  });
  afterAll(() => db.cleanup());

  const run = (...args: string[]) => {
    const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/import-meetings.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url }, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  describe('npm run import:meetings', () => {
    it('refuses bad arguments and unreadable files with a message and exit status 2', () => {
      expect(run()).toMatchObject({ code: 2, err: expect.stringMatching(/Give the CSV file to import/) });
      expect(run(FIXTURE, '--kind', 'minutes')).toMatchObject({ code: 2, err: expect.stringMatching(/--kind must be meetings or travel/) });
      expect(run(FIXTURE, '--quarter', 'summer')).toMatchObject({ code: 2, err: expect.stringMatching(/--quarter must be a year and quarter/) });
      expect(run('/nonexistent/file.csv')).toMatchObject({ code: 2, err: expect.stringMatching(/no such file/) });
      expect(run(FIXTURE, '--department', 'nowhere')).toMatchObject({ code: 2, err: expect.stringMatching(/No department has the address “nowhere”/) });
    });

    it('previews with --dry-run, imports, and creates nothing the second time', async () => {
      const dry = run(FIXTURE, '--department', slug, '--dry-run');
      expect(dry.code).toBe(0);
      expect(dry.out).toMatch(/To create: 4 · already imported: 0/);
      expect(dry.out).toMatch(/row 5: Nil return/);
      expect(await db.prisma.meeting.count()).toBe(0);

      const first = run(FIXTURE, '--department', slug);
      expect(first).toMatchObject({ code: 0, out: expect.stringMatching(/Imported 4 meetings\./) });
      expect(await db.prisma.changeLog.count({ where: { actor: 'import:meetings (command line)', action: 'create' } })).toBe(4);

      const second = run(FIXTURE, '--department', slug);
      expect(second).toMatchObject({ code: 0, out: expect.stringMatching(/To create: 0 · already imported: 4[\s\S]*Nothing new to import/) });
      expect(await db.prisma.meeting.count()).toBe(4);
    });
  });
});
