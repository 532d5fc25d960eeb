import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/prisma-client';
import { confirmImportSchema } from '@/lib/validation/meetings-import-form';
import { executeStaffWrite, type WriteUser } from '@/server/writes/execute-staff-write';
import { createDepartment, createMember, day } from '@/test/factories';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { importMeetingsStep } from './import-step';
import { planMeetingsImport } from './plan';

// Two editors on two app servers confirm the same preview at the same moment (issue 13: no duplicate import
// under concurrent runs): two Prisma clients on one database, as two processes would have.
const FILE = path.resolve(import.meta.dirname, '../../test/fixtures/meetings-csv/meetings-standard.csv');
const editors: WriteUser[] = [
  { id: 'u-one', name: 'Editor One', email: 'one@example.org', role: 'editor' },
  { id: 'u-two', name: 'Editor Two', email: 'two@example.org', role: 'editor' },
];
let db: TestDatabase;
let other: PrismaClient;
let slug: string;

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    other = createPrismaClient(db.url);
    const department = await createDepartment(db.prisma, { name: 'Fixture Department' });
    slug = department.slug;
    const alex = await createMember(db.prisma, { displayName: 'Alex Fixture' });
    await createMember(db.prisma, { displayName: 'Baroness Sample', house: 'LORDS' });
    await db.prisma.memberRole.create({ data: { memberId: alex.id, title: 'Minister for Fixtures', departmentId: department.id, startDate: day('2024-07-08') } });
  });
  afterAll(async () => {
    await other.$disconnect();
    await db.cleanup();
  });

  it('the same release confirmed twice at once from two app servers is imported once; the other is told the plan changed', async () => {
    const bytes = new Uint8Array(readFileSync(FILE));
    const plan = await planMeetingsImport(db.prisma, bytes, { department: slug, fileName: 'meetings-standard.csv' });
    const raw = { file: Buffer.from(bytes).toString('base64'), fileName: 'meetings-standard.csv', department: slug, fileHash: plan.fileHash, planHash: plan.planHash };
    const step = { role: 'editor' as const, schema: confirmImportSchema, run: importMeetingsStep };
    const results = await Promise.all([executeStaffWrite(db.prisma, step, raw, editors[0]!), executeStaffWrite(other, step, raw, editors[1]!)]);
    expect(results.map((r) => r.state.status).sort()).toEqual(['error', 'ok']);
    expect(results.find((r) => r.state.status === 'ok')!.state.message).toBe('Imported 4 meetings.');
    expect(results.find((r) => r.state.status === 'error')!.state.message).toMatch(/Something changed since the preview/);
    expect(await db.prisma.meeting.count()).toBe(4);
    expect(await db.prisma.changeLog.count({ where: { entityType: 'Meeting', action: 'create' } })).toBe(4);
  });
});
