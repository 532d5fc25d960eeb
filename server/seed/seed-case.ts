/**
 * Loads the seed case (server/seed/seed-case-data.ts) in one transaction, upserting on natural keys
 * so running it again changes nothing. Used by scripts/seed.ts and the tests; it is script-side code
 * (run by tsx outside Next), which is why it does not import `server-only`.
 */
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { deriveQuestionState } from '@/lib/question-state';
import { htmlToPlainText, sanitizeAnswerHtml } from '@/lib/sanitize-html';
import {
  SEED_ANSWER,
  SEED_COVERAGE,
  SEED_DEPARTMENT,
  SEED_MEETINGS,
  SEED_MEMBERS,
  SEED_PARTY,
  SEED_QUESTION,
  SEED_TOPIC,
} from './seed-case-data';

type Tx = Prisma.TransactionClient;
const SOURCE = 'ARTICLE' as const;

export interface SeedCaseIds {
  questionId: number;
  answerId: number;
  memberIds: Record<keyof typeof SEED_MEMBERS, number>;
  departmentId: number;
  meetingIds: Record<'paris' | 'e5', number>;
  coverageId: number;
  topicId: number;
}

/** Loads (or re-asserts) the seed case and returns the ids of its records. */
export async function loadSeedCase(prisma: PrismaClient): Promise<SeedCaseIds> {
  return prisma.$transaction(async (tx) => {
    const party = await tx.party.upsert({
      where: { name: SEED_PARTY.name },
      create: { ...SEED_PARTY, source: SOURCE },
      update: {},
    });
    const department = await tx.department.upsert({
      where: { parliamentId: SEED_DEPARTMENT.parliamentId },
      create: { ...SEED_DEPARTMENT, source: SOURCE },
      update: { ...SEED_DEPARTMENT },
    });

    const memberIds = {} as SeedCaseIds['memberIds'];
    for (const [key, m] of Object.entries(SEED_MEMBERS) as [keyof typeof SEED_MEMBERS, (typeof SEED_MEMBERS)[keyof typeof SEED_MEMBERS]][]) {
      const fields = {
        displayName: m.displayName,
        listName: m.listName,
        house: m.house,
        partyId: m.party ? party.id : null,
        constituency: null,
        source: SOURCE,
      };
      const member = await tx.member.upsert({ where: { slug: m.slug }, create: { slug: m.slug, ...fields }, update: fields });
      memberIds[key] = member.id;
      if (m.role) await ensureRole(tx, member.id, m.role, department.id);
    }

    const questionKey = { house: SEED_QUESTION.house, uin: SEED_QUESTION.uin, dateTabled: SEED_QUESTION.dateTabled };
    const answerFacts = { kind: SEED_ANSWER.kind, answeredOn: SEED_ANSWER.answeredOn, sequence: SEED_ANSWER.sequence };
    const derived = deriveQuestionState({ dateTabled: SEED_QUESTION.dateTabled, withdrawnAt: null, answers: [answerFacts] });
    const questionFields = {
      ...SEED_QUESTION,
      askingMemberId: memberIds.morello,
      departmentId: department.id,
      withdrawnAt: null,
      ...derived,
      source: SOURCE,
    };
    // Updated only when something differs, so a second run leaves even `updatedAt` alone.
    const existingQuestion = await tx.question.findUnique({ where: { house_uin_dateTabled: questionKey } });
    const question = !existingQuestion
      ? await tx.question.create({ data: questionFields })
      : differs(existingQuestion, questionFields)
        ? await tx.question.update({ where: { id: existingQuestion.id }, data: questionFields })
        : existingQuestion;

    const textHtml = sanitizeAnswerHtml(SEED_ANSWER.textHtml);
    const answerFields = {
      ...answerFacts,
      answeringMemberId: memberIds.eagle,
      textHtml,
      textPlain: htmlToPlainText(textHtml),
      source: SOURCE,
      unreportedFields: SEED_ANSWER.unreportedFields,
    };
    const answer = await tx.answerVersion.upsert({
      where: { questionId_sequence: { questionId: question.id, sequence: SEED_ANSWER.sequence } },
      create: { questionId: question.id, ...answerFields },
      update: answerFields,
    });

    const topic = await tx.topic.upsert({
      where: { slug: SEED_TOPIC.slug },
      create: { ...SEED_TOPIC, source: SOURCE },
      update: { ...SEED_TOPIC },
    });
    await tx.questionTopic.upsert({
      where: { questionId_topicId: { questionId: question.id, topicId: topic.id } },
      create: { questionId: question.id, topicId: topic.id },
      update: {},
    });

    const meetingIds = {} as SeedCaseIds['meetingIds'];
    for (const m of SEED_MEETINGS) {
      const meetingId = await upsertMeeting(tx, m, memberIds);
      meetingIds[m.key] = meetingId;
      await tx.answerMeeting.upsert({
        where: { answerId_meetingId: { answerId: answer.id, meetingId } },
        create: { answerId: answer.id, meetingId },
        update: {},
      });
      await tx.meetingTopic.upsert({
        where: { meetingId_topicId: { meetingId, topicId: topic.id } },
        create: { meetingId, topicId: topic.id },
        update: {},
      });
    }

    const coverage = await tx.coverage.upsert({
      where: { url: SEED_COVERAGE.url },
      create: { ...SEED_COVERAGE, source: SOURCE },
      update: { ...SEED_COVERAGE },
    });
    const coverageId = coverage.id;
    await tx.coverageQuestion.upsert({
      where: { coverageId_questionId: { coverageId, questionId: question.id } },
      create: { coverageId, questionId: question.id },
      update: {},
    });
    for (const memberId of Object.values(memberIds)) {
      await tx.coverageMember.upsert({
        where: { coverageId_memberId: { coverageId, memberId } },
        create: { coverageId, memberId },
        update: {},
      });
    }
    await tx.coverageTopic.upsert({
      where: { coverageId_topicId: { coverageId, topicId: topic.id } },
      create: { coverageId, topicId: topic.id },
      update: {},
    });

    return { questionId: question.id, answerId: answer.id, memberIds, departmentId: department.id, meetingIds, coverageId, topicId: topic.id };
  });
}

function differs(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).some(([key, value]) => {
    const have = current[key];
    if (value instanceof Date || have instanceof Date) return (have as Date | null)?.getTime() !== (value as Date | null)?.getTime();
    return have !== value;
  });
}

/** A reported post; its dates were not reported, so both stay null. */
async function ensureRole(tx: Tx, memberId: number, title: string, departmentId: number) {
  const existing = await tx.memberRole.findFirst({ where: { memberId, title, departmentId, source: SOURCE } });
  if (!existing) await tx.memberRole.create({ data: { memberId, title, departmentId, startDate: null, endDate: null, source: SOURCE } });
}

/** Meetings have no natural key in the schema: the article's (date, title) identifies them here. */
async function upsertMeeting(tx: Tx, m: (typeof SEED_MEETINGS)[number], memberIds: SeedCaseIds['memberIds']): Promise<number> {
  const fields = {
    date: m.date,
    title: m.title,
    place: m.place,
    kind: m.kind,
    description: m.description,
    sourceUrl: null,
    source: SOURCE,
    unreportedFields: m.unreportedFields,
  };
  const existing = await tx.meeting.findFirst({ where: { date: m.date, title: m.title, source: SOURCE } });
  const meeting = existing ? await tx.meeting.update({ where: { id: existing.id }, data: fields }) : await tx.meeting.create({ data: fields });

  // Participants are re-asserted only when they differ, so a second run keeps the same rows.
  const wanted = m.participants.map((p) => ({
    memberId: p.member ? memberIds[p.member] : null,
    name: p.name ?? null,
    role: p.role ?? null,
    organisation: null,
    country: p.country ?? null,
  }));
  const current = await tx.meetingParticipant.findMany({ where: { meetingId: meeting.id }, orderBy: { id: 'asc' } });
  const same =
    current.length === wanted.length &&
    current.every((c, i) => {
      const w = wanted[i]!;
      return c.memberId === w.memberId && c.name === w.name && c.role === w.role && c.organisation === w.organisation && c.country === w.country;
    });
  if (!same) {
    await tx.meetingParticipant.deleteMany({ where: { meetingId: meeting.id } });
    await tx.meetingParticipant.createMany({ data: wanted.map((w) => ({ meetingId: meeting.id, ...w })) });
  }
  return meeting.id;
}
