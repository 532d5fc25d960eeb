import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { createDepartment, createMember, createQuestion, day } from '@/test/factories';
import { getDashboard } from './dashboard';
import { getQuestionDetail } from './question-detail';

/**
 * The home page's latest answers and the question page both name the answering minister's post on the
 * day of the answer. They must read it the same way (lib/member-roles.ts), or one minister gets two
 * titles for one answer. The posts below are the case that used to split them: an undated post a news
 * article reported, stored first, and a dated post from Parliament in the same department.
 */
const TODAY = day('2025-03-25');
let tmp: TestDatabase;
let questionKey: { house: 'COMMONS'; uin: string; dateTabled: Date };

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    tmp = await createTestDatabase(dialect);
    const db = tmp.prisma;
    const asker = await createMember(db, { displayName: 'Edward Morello' });
    const minister = await createMember(db, { displayName: 'Maria Eagle' });
    const mod = await createDepartment(db, { name: 'Ministry of Defence' });
    const treasury = await createDepartment(db, { name: 'HM Treasury' });
    await db.memberRole.create({ data: { memberId: minister.id, title: 'Defence Minister', departmentId: mod.id, source: 'ARTICLE' } });
    await db.memberRole.create({ data: { memberId: minister.id, title: 'Exchequer Secretary', departmentId: treasury.id, startDate: day('2023-01-01'), endDate: day('2024-07-05') } });
    await db.memberRole.create({ data: { memberId: minister.id, title: 'Minister of State for Defence Procurement', departmentId: mod.id, startDate: day('2024-07-09') } });

    const q = await createQuestion(db, {
      askingMemberId: asker.id,
      departmentId: mod.id,
      uin: '41234',
      dateTabled: '2025-03-13',
      dateDue: '2025-03-20',
      state: 'ANSWERED',
      dateAnswered: '2025-03-20',
      daysToAnswer: 7,
    });
    questionKey = { house: 'COMMONS', uin: q.uin, dateTabled: q.dateTabled };
    await db.answerVersion.create({
      data: { questionId: q.id, sequence: 1, kind: 'SUBSTANTIVE', answeringMemberId: minister.id, answeredOn: day('2025-03-20'), textHtml: '<p>Answer</p>', textPlain: 'Answer' },
    });
  });

  afterAll(() => tmp.cleanup());

  describe("the answering minister's title", () => {
    it('is the same on the home page and on the question page: the dated post in the answering department', async () => {
      const home = await getDashboard({ db: tmp.prisma, today: TODAY });
      const detail = await getQuestionDetail(questionKey, tmp.prisma, TODAY);

      const onHome = home.latestAnswers.find((a) => a.href === detail?.path)?.answeringMember;
      const onPage = detail?.answers[0]?.answeringMember;
      expect(onHome?.name).toBe('Maria Eagle');
      expect(onPage?.name).toBe('Maria Eagle');
      expect(onHome?.roleTitle).toBe(onPage?.roleTitle);
      expect(onPage?.roleTitle).toBe('Minister of State for Defence Procurement');
    });
  });
});
