import { describe, expect, it } from 'vitest';
import { answered, fixtureMember, fixtureQuestion } from '@/test/parliament-fixture/records';
import { longText, useSyncHarness } from '@/test/parliament-fixture/sync-test-setup';
import { DIALECTS } from '@/test/test-database';

describe.each(DIALECTS)('on %s', (dialect) => {
  const t = useSyncHarness(dialect);

  describe('paging and the list endpoint', () => {
    it('pages through every result with a date anchor on each request and fetches full text only where the list truncates it', async () => {
      t.h.fixture.setQuestions(Array.from({ length: 45 }, (_, i) => fixtureQuestion(100 + i, { dateTabled: `2025-03-${String(1 + (i % 20)).padStart(2, '0')}` })));
      t.h.fixture.setQuestions([fixtureQuestion(200, { questionText: `To ask ${longText('word')} END-OF-QUESTION`, ...answered('2025-03-10', `<p>${longText('answer')} END-OF-ANSWER</p>`) })]);
      const out = await t.h.sync(t.db.prisma, { from: '2025-03-01', pageSize: 10 });
      expect(out.totals).toMatchObject({ created: 46, updated: 0, rejected: 0 });
      const lists = t.h.fixture.requests.filter((r) => r.startsWith('/api/writtenquestions/questions?'));
      expect([...new Set(lists.map((r) => new URLSearchParams(r.split('?')[1]).get('skip')))].sort()).toEqual(['0', '10', '20', '30', '40']);
      expect(lists.every((r) => r.includes('tabledWhenFrom=2025-03-01'))).toBe(true);
      const single = t.h.fixture.requests.filter((r) => /^\/api\/writtenquestions\/questions\/\d+$/.test(r));
      expect(single).toEqual(['/api/writtenquestions/questions/200']);
      const q = await t.questionBy(200);
      expect(q.text).toMatch(/END-OF-QUESTION$/);
      expect(q.answers[0]!.textPlain).toMatch(/END-OF-ANSWER$/);
      expect(await t.db.prisma.question.count()).toBe(46);
    });

    it('keeps Parliament ids, members from the Members API and departments by answering-body id', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(300, { answeringBodyId: 13, answeringBodyName: 'Department for Environment, Food and Rural Affairs' })]);
      await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      const q = await t.questionBy(300);
      expect(q).toMatchObject({ parliamentId: 300, source: 'PARLIAMENT', uin: '300', house: 'COMMONS', state: 'AWAITING' });
      expect(q.askingMember).toMatchObject({ parliamentId: 4001, displayName: 'Asking Fixture', house: 'COMMONS', constituency: 'Fixtureton 4001', source: 'PARLIAMENT' });
      expect(q.askingMember.party?.name).toBeTruthy();
      expect(q.department).toMatchObject({ parliamentId: 13, shortName: 'Environment, Food and Rural Affairs' });
      const stored = await t.db.prisma.parliamentQuestionRecord.findUniqueOrThrow({ where: { parliamentId: 300 } });
      expect(JSON.parse(stored.payload)).toMatchObject({ id: 300, answeringBodyName: 'Department for Environment, Food and Rural Affairs', memberHasInterest: false, isNamedDay: false });
    });
  });

  describe('answers over time', () => {
    it('appends a substantive answer after a holding answer, keeping the holding version, when a later run re-polls', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(400, { dateTabled: '2025-03-03', answerIsHolding: true, dateHoldingAnswer: '2025-03-10', dateAnswered: '2025-03-10', answeringMemberId: 4101, answerText: '<p>I will reply as soon as possible.</p>' })]);
      await t.h.sync(t.db.prisma, { from: '2025-03-01' });
      expect((await t.questionBy(400)).state).toBe('HOLDING');
      t.h.fixture.setQuestions([fixtureQuestion(400, { dateTabled: '2025-03-03', dateHoldingAnswer: '2025-03-10', ...answered('2025-03-20', '<p>The full answer.</p>') })]);
      const second = await t.h.sync(t.db.prisma);
      expect(second.totals.updated).toBe(1);
      const q = await t.questionBy(400);
      expect(q.state).toBe('ANSWERED');
      expect(q.answers.map((a) => [a.kind, a.textPlain])).toEqual([
        ['HOLDING', 'I will reply as soon as possible.'],
        ['SUBSTANTIVE', 'The full answer.'],
      ]);
      expect(q.dateAnswered?.toISOString().slice(0, 10)).toBe('2025-03-20');
    });

    it('adds a correction as a new version and never overwrites the original answer', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(500, answered('2025-03-05', '<p>Original answer.</p>'))]);
      await t.h.sync(t.db.prisma, { from: '2025-03-01' });
      t.h.fixture.setQuestions([fixtureQuestion(500, { ...answered('2025-03-05', '<p>Corrected answer.</p>'), answerIsCorrection: true, originalAnswerText: '<p>Original answer.</p>', correctingMemberId: 4102, dateAnswerCorrected: '2025-03-12' })]);
      await t.h.sync(t.db.prisma, { from: '2025-03-01' });
      const q = await t.questionBy(500);
      expect(q.state).toBe('CORRECTED');
      expect(q.answers.map((a) => [a.sequence, a.kind, a.textPlain])).toEqual([
        [1, 'SUBSTANTIVE', 'Original answer.'],
        [2, 'CORRECTION', 'Corrected answer.'],
      ]);
    });

    it('first seen already corrected: the original text becomes the substantive version, then the correction', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(510, { ...answered('2025-03-05', '<p>Now right.</p>'), answerIsCorrection: true, originalAnswerText: '<p>Was wrong.</p>', dateAnswerCorrected: '2025-03-09' })]);
      await t.h.sync(t.db.prisma, { from: '2025-03-01' });
      const q = await t.questionBy(510);
      expect(q.answers.map((a) => [a.kind, a.textPlain, a.answeredOn.toISOString().slice(0, 10)])).toEqual([
        ['SUBSTANTIVE', 'Was wrong.', '2025-03-05'],
        ['CORRECTION', 'Now right.', '2025-03-09'],
      ]);
      expect(q).toMatchObject({ state: 'CORRECTED', daysToAnswer: 2 });
    });

    it('withdraws a question Parliament withdraws, with its history', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(600)]);
      await t.h.sync(t.db.prisma, { from: '2025-03-01' });
      t.h.fixture.setQuestions([fixtureQuestion(600, { isWithdrawn: true })]);
      await t.h.sync(t.db.prisma, { from: '2025-03-01' });
      const q = await t.questionBy(600);
      expect(q.state).toBe('WITHDRAWN');
      expect(q.withdrawnAt).not.toBeNull();
      expect(await t.db.prisma.changeLog.count({ where: { entityType: 'Question', entityId: String(q.id), action: 'withdraw', actor: 'Parliament sync' } })).toBe(1);
    });

    it('keeps attachments, and tables and lists in answers, and strips scripts', async () => {
      const html = '<p>See below.</p><table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>£3m</td></tr></table><ul><li>First</li><li>Second</li></ul><script>alert(1)</script><img src=x onerror="alert(2)">';
      t.h.fixture.setQuestions([
        fixtureQuestion(700, { ...answered('2025-03-05', html), attachments: [{ title: 'Data table', url: 'https://questions-statements.parliament.uk/api/Attachment/1', fileType: 'xlsx', fileSizeBytes: 12345 }] }),
      ]);
      await t.h.sync(t.db.prisma, { from: '2025-03-01' });
      const answer = (await t.questionBy(700)).answers[0]!;
      expect(answer.textHtml).toContain('<table>');
      expect(answer.textHtml).toContain('<li>Second</li>');
      expect(answer.textHtml).not.toMatch(/script|onerror|<img/);
      expect(answer.attachments).toEqual([expect.objectContaining({ title: 'Data table', url: 'https://questions-statements.parliament.uk/api/Attachment/1', fileType: 'xlsx', sizeBytes: 12345 })]);
    });
  });

  describe('links between questions', () => {
    it('links grouped questions both ways and records the link on both', async () => {
      const group = [{ questionUin: '801', dateTabled: '2025-03-03T00:00:00' }, { questionUin: '802', dateTabled: '2025-03-03T00:00:00' }];
      t.h.fixture.setQuestions([fixtureQuestion(801, { groupedQuestions: ['802'], groupedQuestionsDates: [group[1]] }), fixtureQuestion(802, { groupedQuestions: ['801'], groupedQuestionsDates: [group[0]] })]);
      await t.h.sync(t.db.prisma, { from: '2025-03-01' });
      const [a, b] = [await t.questionBy(801), await t.questionBy(802)];
      const links = await t.db.prisma.questionGroupLink.findMany();
      expect(links.map((l) => `${l.fromId}>${l.toId}`).sort()).toEqual([`${a.id}>${b.id}`, `${b.id}>${a.id}`].sort());
      for (const q of [a, b]) expect(await t.db.prisma.changeLog.count({ where: { entityType: 'Question', entityId: String(q.id), action: 'link' } })).toBe(1);
    });

    it('links a follow-up found in the wording to the earlier question', async () => {
      t.h.fixture.setQuestions([
        fixtureQuestion(901, { dateTabled: '2025-02-03', ...answered('2025-02-10', '<p>First answer.</p>') }),
        fixtureQuestion(902, { dateTabled: '2025-03-03', questionText: 'To ask the Secretary of State for Defence, pursuant to the Answer of 10 February 2025 to Question 901, what further steps are planned.' }),
      ]);
      await t.h.sync(t.db.prisma, { from: '2025-02-01' });
      const link = await t.db.prisma.questionFollowUp.findFirstOrThrow();
      expect(link).toMatchObject({ followUpId: (await t.questionBy(902)).id, earlierId: (await t.questionBy(901)).id, origin: 'TEXT' });
    });

    it('stores a Lords UIN reused on another date as a different question', async () => {
      t.h.fixture.setQuestions([
        fixtureQuestion(1001, { house: 'Lords', uin: 'HL1234', dateTabled: '2024-03-04', askingMemberId: 5001 }),
        fixtureQuestion(1002, { house: 'Lords', uin: 'HL1234', dateTabled: '2025-03-04', askingMemberId: 5001 }),
      ]);
      await t.h.sync(t.db.prisma, { from: '2024-01-01' });
      const qs = await t.db.prisma.question.findMany({ where: { uin: 'HL1234' }, orderBy: { dateTabled: 'asc' }, include: { askingMember: true } });
      expect(qs.map((q) => [q.house, q.parliamentId, q.dateTabled.toISOString().slice(0, 10)])).toEqual([
        ['LORDS', 1001, '2024-03-04'],
        ['LORDS', 1002, '2025-03-04'],
      ]);
      expect(qs[0]!.askingMember).toMatchObject({ house: 'LORDS', constituency: null });
    });
  });

  describe("surviving the live API's behaviour", () => {
    it('reports a malformed record with its id and skips it, writing the others', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(1101), { ...fixtureQuestion(1102), dateTabled: 'yesterday', house: 'Senate' } as never, fixtureQuestion(1103)]);
      const out = await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      expect(out.status).toBe('succeeded');
      expect(out.totals).toMatchObject({ created: 2, rejected: 1 });
      expect(out.errors).toEqual([expect.objectContaining({ id: '1102', reason: expect.stringMatching(/house|dateTabled/) })]);
      const run = await t.db.prisma.syncRun.findUniqueOrThrow({ where: { id: out.runId } });
      expect(JSON.parse(run.errors)).toEqual(out.errors);
      expect(await t.db.prisma.question.count({ where: { parliamentId: 1102 } })).toBe(0);
    });

    it('retries a 500 and a request that hangs, then succeeds', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(1201, { questionText: longText('hang') })]);
      t.h.fixture.fail(/^\/api\/writtenquestions\/questions$/, '500', 2);
      t.h.fixture.fail(/^\/api\/writtenquestions\/questions\/1201$/, 'hang', 1);
      const out = await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      expect(out.status).toBe('succeeded');
      expect((await t.questionBy(1201)).text).toBe(longText('hang'));
      expect(t.h.logs.some((l) => /HTTP 500/.test(l))).toBe(true);
      expect(t.h.logs.some((l) => /no answer within/.test(l))).toBe(true);
    });

    it('fails the run with a message when the API keeps failing, and the next run completes it', async () => {
      t.h.fixture.setQuestions(Array.from({ length: 30 }, (_, i) => fixtureQuestion(1300 + i)));
      t.h.fixture.fail(/^\/api\/writtenquestions\/questions$/, '500', 100);
      const failed = await t.h.sync(t.db.prisma, { from: '2025-01-01', pageSize: 10 });
      expect(failed.status).toBe('failed');
      expect(failed.message).toMatch(/HTTP 500/);
      t.h.fixture.failures = [];
      const resumed = await t.h.sync(t.db.prisma);
      expect(resumed.status).toBe('succeeded');
      expect(resumed.message).toMatch(/interrupted run/);
      expect(await t.db.prisma.question.count()).toBe(30);
    });

    it('refuses a record whose House, UIN and date are already another API record’s, writing the rest', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(1451, { uin: '77' }), fixtureQuestion(1452, { uin: '77' }), fixtureQuestion(1453)]);
      const out = await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      expect(out.status).toBe('succeeded');
      expect(out.totals).toMatchObject({ created: 2, rejected: 1 });
      expect(out.errors).toEqual([expect.objectContaining({ id: '1452', reason: expect.stringMatching(/already those of Parliament question/) })]);
    });

    it('replaces a placeholder member once the Members API knows them', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(1461, { askingMemberId: 9998 })]);
      await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      t.h.fixture.setMembers([fixtureMember(9998, { name: 'Late Arrival' })]);
      t.h.fixture.setQuestions([fixtureQuestion(1461, { askingMemberId: 9998, heading: 'Changed heading' })]);
      await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      expect((await t.questionBy(1461)).askingMember).toMatchObject({ parliamentId: 9998, displayName: 'Late Arrival', slug: 'late-arrival' });
      expect(await t.db.prisma.member.count({ where: { parliamentId: 9998 } })).toBe(1);
    });

    it('stores a member missing from the Members API as a labelled placeholder', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(1401, { askingMemberId: 9999 })]);
      await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      const q = await t.questionBy(1401);
      expect(q.askingMember).toMatchObject({ parliamentId: 9999, displayName: expect.stringMatching(/^Unknown member 9999 \(not found in Parliament/) });
    });
  });
});
