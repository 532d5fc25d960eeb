import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { getQuestionDetail } from './question-detail';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
let db: TestDatabase;
const today = d('2025-06-01');

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const p = db.prisma;
    const party = await p.party.create({ data: { name: 'Liberal Democrat', abbreviation: 'LD' } });
    const mod = await p.department.create({ data: { name: 'Ministry of Defence', shortName: 'MoD', slug: 'ministry-of-defence', parliamentId: 11 } });
    const fco = await p.department.create({ data: { name: 'Foreign Office', shortName: 'FCDO', slug: 'foreign-office' } });
    const asker = await p.member.create({ data: { displayName: 'Edward Morello', listName: 'Morello, Edward', slug: 'edward-morello', house: 'COMMONS', partyId: party.id, constituency: 'West Dorset' } });
    const minister = await p.member.create({
      data: {
        displayName: 'Maria Eagle',
        listName: 'Eagle, Maria',
        slug: 'maria-eagle',
        house: 'COMMONS',
        roles: {
          create: [
            { title: 'Foreign Office Minister', departmentId: fco.id, startDate: d('2025-01-01') },
            { title: 'Minister for Defence Procurement', departmentId: mod.id, startDate: d('2024-07-09'), endDate: d('2025-03-31') },
            { title: 'Minister for Veterans', departmentId: mod.id, startDate: d('2025-04-01') },
          ],
        },
      },
    });

    const q = await p.question.create({
      data: {
        house: 'COMMONS',
        uin: '12345',
        dateTabled: d('2025-03-13'),
        dateDue: d('2025-03-20'),
        askingMemberId: asker.id,
        departmentId: mod.id,
        heading: 'Defence: Europe',
        text: 'To ask the Secretary of State for Defence…',
        state: 'CORRECTED',
        dateAnswered: d('2025-03-25'),
        daysToAnswer: 12,
        source: 'PARLIAMENT',
        unreportedFields: 'dateDue, heading',
      },
    });
    const paris = await p.meeting.create({
      data: {
        date: d('2025-03-11'),
        title: 'Bilateral in Paris',
        place: 'Paris',
        kind: 'BILATERAL',
        participants: { create: [{ memberId: minister.id }, { name: null, role: 'French counterpart', country: 'France' }] },
      },
    });
    const e5 = await p.meeting.create({ data: { date: d('2025-03-12'), title: 'E5 meeting', kind: 'MULTILATERAL', unreportedFields: 'place' } });
    await p.answerVersion.create({ data: { questionId: q.id, sequence: 1, kind: 'HOLDING', answeringMemberId: minister.id, answeredOn: d('2025-03-20'), textHtml: '<p>I will reply.</p>', textPlain: 'I will reply.' } });
    const substantive = await p.answerVersion.create({
      data: {
        questionId: q.id,
        sequence: 2,
        kind: 'SUBSTANTIVE',
        answeringMemberId: minister.id,
        answeredOn: d('2025-03-25'),
        textHtml: '<p>We met in Paris.</p>',
        textPlain: 'We met in Paris.',
        attachments: { create: [{ title: 'Meeting list', url: 'https://example.org/list.pdf', fileType: 'pdf', sizeBytes: 240_000 }] },
        citedMeetings: { create: [{ meetingId: e5.id }, { meetingId: paris.id }] },
      },
    });
    await p.answerVersion.create({
      data: {
        questionId: q.id,
        sequence: 3,
        kind: 'CORRECTION',
        answeringMemberId: minister.id,
        answeredOn: d('2025-04-10'),
        textHtml: '<p>We met in Paris and Berlin.</p>',
        textPlain: 'We met in Paris and Berlin.',
        unreportedFields: 'answeredOn',
        citedMeetings: { create: [{ meetingId: paris.id }] },
      },
    });

    await p.coverage.create({ data: { outlet: 'Undated Weekly', headline: 'Undated', url: 'https://example.org/u', questions: { create: { questionId: q.id } } } });
    await p.coverage.create({
      data: { outlet: 'London Pulse News', headline: 'UK deepens defence collaboration', url: 'https://x.invalid/a', publishedOn: d('2025-03-26'), unreportedFields: 'url', questions: { create: { questionId: q.id } } },
    });
    await p.topic.create({ data: { slug: 'european-defence', name: 'European defence cooperation', questions: { create: { questionId: q.id } } } });
    await p.topic.create({ data: { slug: 'arms', name: 'Arms exports', questions: { create: { questionId: q.id } } } });

    const question = (uin: string, tabled: string, extra: object = {}) =>
      p.question.create({ data: { house: 'COMMONS', uin, dateTabled: d(tabled), dateDue: d(tabled), askingMemberId: asker.id, departmentId: mod.id, heading: `Question ${uin}`, text: '…', ...extra } });
    const earlier = await question('900', '2025-01-06', { state: 'ANSWERED', source: 'DEMO' });
    const earlierAnswer = await p.answerVersion.create({ data: { questionId: earlier.id, sequence: 1, kind: 'SUBSTANTIVE', answeringMemberId: minister.id, answeredOn: d('2025-01-10'), textHtml: '', textPlain: '' } });
    await p.questionFollowUp.create({ data: { followUpId: q.id, earlierId: earlier.id, earlierAnswerId: earlierAnswer.id, origin: 'TEXT' } });
    const laterB = await question('2002', '2025-04-20');
    const laterA = await question('2001', '2025-04-02');
    await p.questionFollowUp.create({ data: { followUpId: laterB.id, earlierId: q.id, origin: 'STAFF' } });
    await p.questionFollowUp.create({ data: { followUpId: laterA.id, earlierId: q.id, earlierAnswerId: substantive.id, origin: 'TEXT' } });
    // Grouping stored in one direction only must still show from both ends.
    const grouped = await question('12346', '2025-03-13');
    await p.questionGroupLink.create({ data: { fromId: grouped.id, toId: q.id } });
  });

  afterAll(() => db.cleanup());

  const key = { house: 'COMMONS' as const, dateTabled: d('2025-03-13'), uin: '12345' };

  describe('getQuestionDetail', () => {
    it('returns null for a question that does not exist under that house, date and UIN', async () => {
      expect(await getQuestionDetail({ ...key, uin: '99999' }, db.prisma, today)).toBeNull();
      expect(await getQuestionDetail({ ...key, dateTabled: d('2025-03-14') }, db.prisma, today)).toBeNull();
      expect(await getQuestionDetail({ ...key, house: 'LORDS' }, db.prisma, today)).toBeNull();
    });

    it('gives the question, its asker and department, status, placeholders and the Parliament link', async () => {
      const q = (await getQuestionDetail(key, db.prisma, today))!;
      expect(q).toMatchObject({
        path: '/questions/commons/2025-03-13/12345',
        status: 'corrected',
        isDemo: false,
        unreportedFields: ['dateDue', 'heading'],
        parliamentUrl: 'https://questions-statements.parliament.uk/written-questions/detail/2025-03-13/12345',
        askingMember: { name: 'Edward Morello', path: '/members/edward-morello', party: { name: 'Liberal Democrat', abbreviation: 'LD' }, constituency: 'West Dorset' },
        department: { name: 'Ministry of Defence', path: '/departments/ministry-of-defence' },
      });
      expect(q.topics.map((t) => t.name)).toEqual(['Arms exports', 'European defence cooperation']);
    });

    it('lists every answer version in order with the minister’s post on that day in the answering department', async () => {
      const q = (await getQuestionDetail(key, db.prisma, today))!;
      expect(q.answers.map((a) => [a.sequence, a.kind, a.answeringMember?.roleTitle])).toEqual([
        [1, 'HOLDING', 'Minister for Defence Procurement'],
        [2, 'SUBSTANTIVE', 'Minister for Defence Procurement'],
        [3, 'CORRECTION', 'Minister for Veterans'],
      ]);
      expect(q.answers[1]?.attachments).toEqual([{ title: 'Meeting list', url: 'https://example.org/list.pdf', fileType: 'pdf', sizeBytes: 240_000 }]);
      expect(q.answers[2]?.unreportedFields).toEqual(['answeredOn']);
    });

    it('gives each cited meeting once, in date order, with its participants and the versions citing it', async () => {
      const q = (await getQuestionDetail(key, db.prisma, today))!;
      expect(q.meetings.map((m) => [m.title, m.citedBySequences])).toEqual([
        ['Bilateral in Paris', [2, 3]],
        ['E5 meeting', [2]],
      ]);
      expect(q.meetings[0]?.participants).toEqual([
        { member: { name: 'Maria Eagle', slug: 'maria-eagle', path: '/members/maria-eagle' }, name: null, role: null, organisation: null, country: null },
        { member: null, name: null, role: 'French counterpart', organisation: null, country: 'France' },
      ]);
      expect(q.meetings[1]).toMatchObject({ place: null, unreportedFields: ['place'], path: `/meetings/${q.meetings[1]?.id}` });
    });

    it('lists coverage by publication date with undated articles last', async () => {
      const q = (await getQuestionDetail(key, db.prisma, today))!;
      expect(q.coverage.map((c) => [c.outlet, c.unreportedFields])).toEqual([
        ['London Pulse News', ['url']],
        ['Undated Weekly', []],
      ]);
    });

    it('links follow-ups both ways, with the answer followed up, and grouped questions from either end', async () => {
      const q = (await getQuestionDetail(key, db.prisma, today))!;
      expect(q.followsUp).toEqual([
        expect.objectContaining({
          question: expect.objectContaining({ uin: '900', status: 'answered', isDemo: true }),
          answer: { sequence: 1, kind: 'SUBSTANTIVE', answeredOn: d('2025-01-10'), answeringMemberName: 'Maria Eagle' },
          origin: 'TEXT',
        }),
      ]);
      expect(q.followedUpBy.map((f) => [f.question.uin, f.answer?.sequence ?? null, f.origin])).toEqual([
        ['2001', 2, 'TEXT'],
        ['2002', null, 'STAFF'],
      ]);
      expect(q.followedUpBy[0]?.question.status).toBe('overdue'); // awaiting, due 2 April, today 1 June
      expect(q.grouped.map((g) => g.uin)).toEqual(['12346']);

      const other = (await getQuestionDetail({ ...key, uin: '12346' }, db.prisma, today))!;
      expect(other.grouped.map((g) => g.uin)).toEqual(['12345']);
      expect(other.parliamentUrl).toBeNull(); // not imported from Parliament: no link to its site
    });
  });
});
