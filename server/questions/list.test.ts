import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { createDepartment, createMember, createParty, createQuestion, day } from '@/test/factories';
import { QUESTION_TABLE, type QuestionSortKey } from '@/lib/validation/questions';
import { sortKeysOf, type SortDirection } from '@/lib/validation/table-state';
import type { QuestionRow } from '@/server/question-rows';
import { listQuestions } from './list';

const TODAY = day('2025-03-20');
let tmp: TestDatabase;
const ids: Record<string, number> = {};

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    tmp = await createTestDatabase(dialect);
    const db = tmp.prisma;
    const libDem = await createParty(db, { name: 'Liberal Democrat', abbreviation: 'LD', colour: '#FAA61A' });
    const morello = await createMember(db, { displayName: 'Edward Morello', listName: 'Morello, Edward', partyId: libDem.id, source: 'ARTICLE' });
    const adams = await createMember(db, { displayName: 'Alice Adams', listName: 'Adams, Alice' });
    const zulu = await createMember(db, { displayName: 'Zed Zulu', listName: 'Zulu, Zed' });
    const mod = await createDepartment(db, { name: 'Ministry of Defence' });
    const home = await createDepartment(db, { name: 'Home Office' });
    const treasury = await createDepartment(db, { name: 'HM Treasury' });

    const q = async (key: string, input: Parameters<typeof createQuestion>[1]) => {
      ids[key] = (await createQuestion(db, input)).id;
    };
    await q('overdue', { askingMemberId: morello.id, departmentId: mod.id, uin: '100', dateTabled: '2025-03-10', dateDue: '2025-03-17', source: 'ARTICLE', unreportedFields: 'uin,dateTabled' });
    await q('awaiting', { askingMemberId: adams.id, departmentId: home.id, uin: '200', dateTabled: '2025-03-12', dateDue: '2025-03-25' });
    await q('answered9', { askingMemberId: zulu.id, departmentId: treasury.id, uin: '050', dateTabled: '2025-03-05', dateDue: '2025-03-12', state: 'ANSWERED', dateAnswered: '2025-03-14', daysToAnswer: 9 });
    await q('holding', { askingMemberId: morello.id, departmentId: home.id, uin: '300', dateTabled: '2025-03-11', dateDue: '2025-03-18', state: 'HOLDING' });
    await q('answered2', { askingMemberId: adams.id, departmentId: mod.id, uin: '400', dateTabled: '2025-03-01', dateDue: '2025-03-08', state: 'ANSWERED', dateAnswered: '2025-03-03', daysToAnswer: 2 });
    await q('withdrawn', { askingMemberId: zulu.id, departmentId: mod.id, uin: '250', dateTabled: '2025-03-12', dateDue: '2025-03-19', state: 'WITHDRAWN' });
    await q('corrected', { askingMemberId: morello.id, departmentId: treasury.id, uin: '075', dateTabled: '2025-03-02', dateDue: '2025-03-09', state: 'CORRECTED', dateAnswered: '2025-03-06', daysToAnswer: 4 });
    await q('dueToday', { askingMemberId: adams.id, departmentId: treasury.id, uin: '500', dateTabled: '2025-03-13', dateDue: '2025-03-20', isNamedDay: true });
  });

  afterAll(async () => {
    await tmp.cleanup();
  });

  async function all(sort: QuestionSortKey, dir: SortDirection, today = TODAY): Promise<QuestionRow[]> {
    const result = await listQuestions({ sort, dir, page: 1, size: 100 }, { db: tmp.prisma, today });
    expect(result.total).toBe(8);
    return result.rows;
  }
  const keysOf = (rows: QuestionRow[]) => rows.map((row) => Object.keys(ids).find((key) => ids[key] === row.id));
  const time = (d: Date | null) => d?.getTime() ?? null;

  describe('listQuestions ordering', () => {
    it('defaults to newest tabled first, breaking ties by id so pages are stable', async () => {
      const rows = await all('dateTabled', 'desc');
      expect(rows.map((r) => r.dateTabled.toISOString().slice(0, 10))).toEqual([
        '2025-03-13', '2025-03-12', '2025-03-12', '2025-03-11', '2025-03-10', '2025-03-05', '2025-03-02', '2025-03-01',
      ]);
      // Both tabled on the 12th: the later-created (higher id) first when descending.
      expect(keysOf(rows).slice(1, 3)).toEqual(['withdrawn', 'awaiting']);
      expect(keysOf(await all('dateTabled', 'asc'))).toEqual(keysOf(rows).reverse());
    });

    it('orders by date due both ways', async () => {
      const asc = (await all('dateDue', 'asc')).map((r) => time(r.dateDue)!);
      expect(asc).toEqual([...asc].sort((a, b) => a - b));
      expect(keysOf(await all('dateDue', 'desc'))[0]).toBe('awaiting');
    });

    it('orders by date answered with unanswered questions last in both directions', async () => {
      const desc = await all('dateAnswered', 'desc');
      expect(keysOf(desc).slice(0, 3)).toEqual(['answered9', 'corrected', 'answered2']);
      expect(desc.slice(3).every((r) => r.dateAnswered === null)).toBe(true);
      const asc = await all('dateAnswered', 'asc');
      expect(keysOf(asc).slice(0, 3)).toEqual(['answered2', 'corrected', 'answered9']);
      expect(asc.slice(3).every((r) => r.dateAnswered === null)).toBe(true);
    });

    it('orders by days to answer with unanswered questions last', async () => {
      expect((await all('daysToAnswer', 'asc')).map((r) => r.daysToAnswer).slice(0, 4)).toEqual([2, 4, 9, null]);
      expect((await all('daysToAnswer', 'desc')).map((r) => r.daysToAnswer).slice(0, 4)).toEqual([9, 4, 2, null]);
    });

    it('orders by UIN', async () => {
      expect((await all('uin', 'asc')).map((r) => r.uin)).toEqual(['050', '075', '100', '200', '250', '300', '400', '500']);
      expect((await all('uin', 'desc')).map((r) => r.uin)[0]).toBe('500');
    });

    it('orders by the asking member’s surname, then newest first', async () => {
      const rows = await all('member', 'asc');
      expect(rows.map((r) => r.member.name)).toEqual([
        'Alice Adams', 'Alice Adams', 'Alice Adams', 'Edward Morello', 'Edward Morello', 'Edward Morello', 'Zed Zulu', 'Zed Zulu',
      ]);
      expect(keysOf(rows).slice(0, 3)).toEqual(['dueToday', 'awaiting', 'answered2']);
      expect((await all('member', 'desc'))[0]!.member.name).toBe('Zed Zulu');
    });

    it('orders by department name', async () => {
      const names = (await all('department', 'asc')).map((r) => r.department.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      expect(names[0]).toBe('HM Treasury');
      expect((await all('department', 'desc'))[0]!.department.name).toBe('Ministry of Defence');
    });

    it('orders by status from most to least urgent, and the reverse', async () => {
      const asc = await all('status', 'asc');
      expect(asc.map((r) => r.status)).toEqual(['overdue', 'awaiting', 'awaiting', 'holding', 'answered', 'answered', 'corrected', 'withdrawn']);
      // Awaiting: the soonest due first; answered: the latest answer first.
      expect(keysOf(asc).slice(1, 3)).toEqual(['dueToday', 'awaiting']);
      expect(keysOf(asc).slice(4, 6)).toEqual(['answered9', 'answered2']);
      const desc = await all('status', 'desc');
      expect(desc.map((r) => r.status)).toEqual(['withdrawn', 'corrected', 'answered', 'answered', 'holding', 'awaiting', 'awaiting', 'overdue']);
    });
  });

  describe('listQuestions pagination', () => {
    it.each(sortKeysOf(QUESTION_TABLE).flatMap((sort) => (['asc', 'desc'] as const).map((dir) => [sort, dir] as const)))(
      'pages of 3 by %s %s add up to the full order with no repeats or gaps',
      async (sort, dir) => {
        const full = keysOf(await all(sort, dir));
        const pages: Array<string | undefined> = [];
        for (let page = 1; page <= 3; page++) {
          const result = await listQuestions({ sort, dir, page, size: 3 }, { db: tmp.prisma, today: TODAY });
          expect(result.total).toBe(8);
          expect(result.pageCount).toBe(3);
          expect(result.rows.length).toBe(page < 3 ? 3 : 2);
          pages.push(...keysOf(result.rows));
        }
        expect(pages).toEqual(full);
      },
    );

    it('returns no rows but the real total for a page past the end', async () => {
      const result = await listQuestions({ sort: 'dateTabled', dir: 'desc', page: 40, size: 25 }, { db: tmp.prisma, today: TODAY });
      expect(result).toMatchObject({ rows: [], total: 8, page: 40, pageCount: 1 });
    });

    it('applies filters to both rows and total', async () => {
      const mod = await tmp.prisma.department.findUniqueOrThrow({ where: { name: 'Ministry of Defence' } });
      const result = await listQuestions(
        { sort: 'status', dir: 'asc', page: 1, size: 2, where: { departmentId: mod.id } },
        { db: tmp.prisma, today: TODAY },
      );
      expect(result.total).toBe(3);
      expect(result.pageCount).toBe(2);
      expect(keysOf(result.rows)).toEqual(['overdue', 'answered2']);
    });
  });

  describe('listQuestions rows', () => {
    it('derives overdue from the due date and the given today (due today is not overdue)', async () => {
      const rows = await all('dateTabled', 'desc');
      const byKey = (key: string) => rows.find((r) => r.id === ids[key])!;
      expect(byKey('overdue')).toMatchObject({ status: 'overdue', daysOverdue: 3 });
      expect(byKey('dueToday')).toMatchObject({ status: 'awaiting', daysOverdue: null, isNamedDay: true });
      expect(byKey('awaiting').status).toBe('awaiting');

      const later = await all('dateTabled', 'desc', day('2025-03-26'));
      expect(later.find((r) => r.id === ids.awaiting)).toMatchObject({ status: 'overdue', daysOverdue: 1 });
      expect(later.find((r) => r.id === ids.holding)?.status).toBe('holding');
    });

    it('carries links, party, source and unreported fields', async () => {
      const row = (await all('dateTabled', 'desc')).find((r) => r.id === ids.overdue)!;
      expect(row.href).toBe('/questions/commons/2025-03-10/100');
      expect(row.member).toMatchObject({ name: 'Edward Morello', party: { abbreviation: 'LD', colour: '#FAA61A' } });
      expect(row.member.href).toBe(`/members/${row.member.slug}`);
      expect(row.department).toMatchObject({ name: 'Ministry of Defence', href: `/departments/${row.department.slug}` });
      expect(row).toMatchObject({ source: 'ARTICLE', isDemo: false, unreportedFields: ['uin', 'dateTabled'] });
      const demo = (await all('dateTabled', 'desc')).find((r) => r.id === ids.awaiting)!;
      expect(demo).toMatchObject({ isDemo: true, unreportedFields: [], member: { party: null } });
    });
  });
});
