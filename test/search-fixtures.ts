/**
 * A small, fully known set of questions for the search tests: every filter and sort has at least one
 * question it must include and one it must leave out. "Today" for these tests is 1 June 2025.
 */
import type { PrismaClient } from '@/lib/db/prisma-client';

export const FIXTURE_TODAY = new Date(Date.UTC(2025, 5, 1));
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface SearchFixture {
  ids: Record<string, number>;
  members: Record<'morello' | 'eagle' | 'healey' | 'jones' | 'smith', number>;
  meetings: Record<'paris' | 'e5', number>;
}

/** Loads the fixture; returns question ids by UIN. */
export async function loadSearchFixture(prisma: PrismaClient): Promise<SearchFixture> {
  const ld = await prisma.party.create({ data: { name: 'Liberal Democrat', abbreviation: 'LD' } });
  const lab = await prisma.party.create({ data: { name: 'Labour', abbreviation: 'Lab' } });
  const con = await prisma.party.create({ data: { name: 'Conservative', abbreviation: 'Con' } });
  const mod = await prisma.department.create({ data: { name: 'Ministry of Defence', shortName: 'MoD', slug: 'ministry-of-defence', parliamentId: 11 } });
  const home = await prisma.department.create({ data: { name: 'Home Office', shortName: 'Home Office', slug: 'home-office' } });
  const treasury = await prisma.department.create({ data: { name: 'HM Treasury', shortName: 'Treasury', slug: 'hm-treasury' } });
  const member = (displayName: string, listName: string, slug: string, partyId: number, house: 'COMMONS' | 'LORDS' = 'COMMONS') =>
    prisma.member.create({ data: { displayName, listName, slug, partyId, house } });
  const morello = await member('Edward Morello', 'Morello, Edward', 'edward-morello', ld.id);
  const eagle = await member('Maria Eagle', 'Eagle, Maria', 'maria-eagle', lab.id);
  const healey = await member('John Healey', 'Healey, John', 'john-healey', lab.id);
  const jones = await member('Alice Jones', 'Jones, Alice', 'alice-jones', lab.id);
  const smith = await member('Lord Smith of Nowhere', 'Smith of Nowhere, Lord', 'lord-smith-of-nowhere', con.id, 'LORDS');
  const topic = await prisma.topic.create({ data: { name: 'European defence cooperation', slug: 'european-defence-cooperation' } });
  const paris = await prisma.meeting.create({ data: { date: day('2025-03-11'), title: 'Bilateral with the French counterpart', place: 'Paris', kind: 'BILATERAL' } });
  const e5 = await prisma.meeting.create({ data: { date: day('2025-03-12'), title: 'E5 defence ministers’ meeting', kind: 'MULTILATERAL' } });

  const ids: Record<string, number> = {};
  const question = async (data: {
    uin: string;
    house?: 'COMMONS' | 'LORDS';
    tabled: string;
    due: string;
    asker: number;
    department: number;
    heading: string;
    text: string;
    state?: 'AWAITING' | 'HOLDING' | 'ANSWERED' | 'CORRECTED' | 'WITHDRAWN';
    answered?: string;
    days?: number;
    namedDay?: boolean;
  }) => {
    const q = await prisma.question.create({
      data: {
        house: data.house ?? 'COMMONS',
        uin: data.uin,
        dateTabled: day(data.tabled),
        dateDue: day(data.due),
        askingMemberId: data.asker,
        departmentId: data.department,
        heading: data.heading,
        text: data.text,
        state: data.state ?? 'AWAITING',
        dateAnswered: data.answered ? day(data.answered) : null,
        daysToAnswer: data.days ?? null,
        isNamedDay: data.namedDay ?? false,
        withdrawnAt: data.state === 'WITHDRAWN' ? day(data.due) : null,
      },
    });
    ids[data.uin] = q.id;
    return q.id;
  };
  const answer = (questionId: number, sequence: number, kind: 'HOLDING' | 'SUBSTANTIVE' | 'CORRECTION', by: number, on: string, text: string) =>
    prisma.answerVersion.create({ data: { questionId, sequence, kind, answeringMemberId: by, answeredOn: day(on), textHtml: `<p>${text}</p>`, textPlain: text } });

  const q100 = await question({
    uin: '100', tabled: '2025-03-13', due: '2025-03-20', asker: morello.id, department: mod.id, state: 'ANSWERED', answered: '2025-03-20', days: 7,
    heading: 'Defence: Europe', text: 'To ask the Secretary of State for Defence what discussions he has had with European partners on joint production of defence capabilities.',
  });
  const a100 = await answer(q100, 1, 'SUBSTANTIVE', eagle.id, '2025-03-20', 'The Defence Secretary is in regular talks with European partners on joint production, procurement and future development. I met my French counterpart in Paris on 11 March, and attended the E5 meeting on 12 March.');
  await prisma.answerMeeting.createMany({ data: [{ answerId: a100.id, meetingId: paris.id }, { answerId: a100.id, meetingId: e5.id }] });
  await prisma.questionTopic.create({ data: { questionId: q100, topicId: topic.id } });
  const article = await prisma.coverage.create({ data: { outlet: 'London Pulse News', headline: 'UK Deepens Defence Collaboration', url: 'https://example.invalid/a' } });
  await prisma.coverageQuestion.create({ data: { coverageId: article.id, questionId: q100 } });

  await question({ uin: '200', tabled: '2025-05-01', due: '2025-05-08', asker: jones.id, department: home.id, heading: 'Asylum: Hotels', text: 'To ask the Secretary of State for the Home Department what the cost of asylum hotels was in 2024.' });
  await question({
    uin: 'HL300', house: 'LORDS', tabled: '2025-05-28', due: '2025-06-11', asker: smith.id, department: treasury.id, namedDay: true,
    heading: 'Banks: Defence', text: 'To ask His Majesty’s Government what steps they are taking to support bank lending to defence firms.',
  });
  const q400 = await question({
    uin: '400', tabled: '2025-02-01', due: '2025-02-08', asker: morello.id, department: mod.id, state: 'HOLDING',
    heading: 'Drones', text: 'To ask the Secretary of State for Defence what progress has been made on the procurement of drones.',
  });
  await answer(q400, 1, 'HOLDING', eagle.id, '2025-02-08', 'I will reply to the honourable Member as soon as possible.');
  const q500 = await question({
    uin: '500', tabled: '2025-01-10', due: '2025-01-17', asker: jones.id, department: mod.id, state: 'CORRECTED', answered: '2025-01-30', days: 20,
    heading: 'Nuclear Weapons: Finance', text: 'To ask the Secretary of State for Defence what the cost of the nuclear deterrent was in 2024.',
  });
  await answer(q500, 1, 'SUBSTANTIVE', healey.id, '2025-01-30', 'The deterrent cost six per cent of the defence budget.');
  await answer(q500, 2, 'CORRECTION', healey.id, '2025-02-03', 'The deterrent cost seven per cent of the defence budget.');
  await question({
    uin: '600', tabled: '2025-04-01', due: '2025-04-08', asker: morello.id, department: home.id, state: 'WITHDRAWN',
    heading: 'Police: Rural Areas', text: 'To ask the Secretary of State for the Home Department how many police officers serve rural areas.',
  });
  await question({
    uin: '700', tabled: '2025-05-30', due: '2025-06-06', asker: morello.id, department: mod.id,
    heading: 'Armed Forces: Housing', text: 'To ask the Secretary of State for Defence what plans he has to improve service family accommodation.',
  });
  return {
    ids,
    members: { morello: morello.id, eagle: eagle.id, healey: healey.id, jones: jones.id, smith: smith.id },
    meetings: { paris: paris.id, e5: e5.id },
  };
}
