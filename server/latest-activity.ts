import 'server-only';
/**
 * "Latest" lookups for the member and topic lists, in hand-written SQL because Prisma cannot order a
 * relation and take its first row per parent in one query. The SQL is plain (double-quoted
 * identifiers, correlated subqueries, LIMIT): nothing SQLite-only, so PostgreSQL can run it as is.
 * Only ids and dates come back; callers read the records themselves through Prisma.
 */
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';

/**
 * A topic with more question links than this finds its latest question by walking the date index
 * from the newest and probing the link table (a few probes for a busy topic); a smaller one joins its
 * links and sorts them (cheap for a few). Either alone is slow on a million questions for the other kind.
 */
export const BUSY_TOPIC_LINKS = 1000;

export interface TopicLatestIds {
  questionId: number | null;
  answerId: number | null;
  meetingId: number | null;
  coverageId: number | null;
}

const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** SQLite returns stored DateTimes as Unix milliseconds (a bigint here); PostgreSQL as a Date. */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'bigint' || typeof value === 'number') return new Date(Number(value));
  return new Date(String(value));
}

const idFilter = (column: Prisma.Sql, ids: readonly number[] | null) => (ids === null ? Prisma.empty : Prisma.sql`WHERE ${column} IN (${Prisma.join(ids)})`);

/** Each member's latest date tabled (index-only: one seek per member). Members who asked nothing are absent. */
export async function latestQuestionDateByMember(): Promise<Map<number, Date>> {
  const rows = await prisma.$queryRaw<{ id: unknown; latest: unknown }[]>`
    SELECT m."id" AS "id", (SELECT MAX(q."dateTabled") FROM "Question" q WHERE q."askingMemberId" = m."id") AS "latest"
    FROM "Member" m`;
  const out = new Map<number, Date>();
  for (const row of rows) {
    const latest = toDate(row.latest);
    if (latest) out.set(Number(row.id), latest);
  }
  return out;
}

/** The id of each member's latest question (newest tabled, then highest id), for up to a page of members. */
export async function latestQuestionIdByMember(memberIds: readonly number[]): Promise<Map<number, number>> {
  if (memberIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ id: unknown; questionId: unknown }[]>`
    SELECT m."id" AS "id",
      (SELECT q."id" FROM "Question" q WHERE q."askingMemberId" = m."id" ORDER BY q."dateTabled" DESC, q."id" DESC LIMIT 1) AS "questionId"
    FROM "Member" m ${idFilter(Prisma.sql`m."id"`, memberIds)}`;
  const out = new Map<number, number>();
  for (const row of rows) {
    const questionId = toNumber(row.questionId);
    if (questionId !== null) out.set(Number(row.id), questionId);
  }
  return out;
}

/**
 * For each topic (those in `topicIds`, at most a page, or every topic for null), the ids of its latest
 * question tabled, answer version, meeting and dated article.
 */
export async function latestTopicRecordIds(topicIds: readonly number[] | null): Promise<Map<number, TopicLatestIds>> {
  if (topicIds !== null && topicIds.length === 0) return new Map();
  const busy = Prisma.sql`(SELECT COUNT(*) FROM "QuestionTopic" c WHERE c."topicId" = t."id") > ${BUSY_TOPIC_LINKS}`;
  const rows = await prisma.$queryRaw<{ id: unknown; questionId: unknown; answerId: unknown; meetingId: unknown; coverageId: unknown }[]>`
    SELECT t."id" AS "id",
      CASE WHEN ${busy}
        THEN (SELECT q."id" FROM "Question" q
              WHERE EXISTS (SELECT 1 FROM "QuestionTopic" qt WHERE qt."questionId" = q."id" AND qt."topicId" = t."id")
              ORDER BY q."dateTabled" DESC, q."id" DESC LIMIT 1)
        ELSE (SELECT q."id" FROM "QuestionTopic" qt JOIN "Question" q ON q."id" = qt."questionId"
              WHERE qt."topicId" = t."id" ORDER BY q."dateTabled" DESC, q."id" DESC LIMIT 1)
      END AS "questionId",
      CASE WHEN ${busy}
        THEN (SELECT a."id" FROM "AnswerVersion" a
              WHERE EXISTS (SELECT 1 FROM "QuestionTopic" qt WHERE qt."questionId" = a."questionId" AND qt."topicId" = t."id")
              ORDER BY a."answeredOn" DESC, a."id" DESC LIMIT 1)
        ELSE (SELECT a."id" FROM "QuestionTopic" qt JOIN "AnswerVersion" a ON a."questionId" = qt."questionId"
              WHERE qt."topicId" = t."id" ORDER BY a."answeredOn" DESC, a."id" DESC LIMIT 1)
      END AS "answerId",
      (SELECT m."id" FROM "MeetingTopic" mt JOIN "Meeting" m ON m."id" = mt."meetingId"
       WHERE mt."topicId" = t."id" ORDER BY m."date" DESC, m."id" DESC LIMIT 1) AS "meetingId",
      (SELECT c."id" FROM "CoverageTopic" ct JOIN "Coverage" c ON c."id" = ct."coverageId"
       WHERE ct."topicId" = t."id" AND c."publishedOn" IS NOT NULL ORDER BY c."publishedOn" DESC, c."id" DESC LIMIT 1) AS "coverageId"
    FROM "Topic" t ${idFilter(Prisma.sql`t."id"`, topicIds)}`;
  return new Map(
    rows.map((row) => [
      Number(row.id),
      { questionId: toNumber(row.questionId), answerId: toNumber(row.answerId), meetingId: toNumber(row.meetingId), coverageId: toNumber(row.coverageId) },
    ]),
  );
}
