/**
 * What alert matching and alert emails need to know about a question, loaded once for all of a run's
 * new events (one query per relation, not per question).
 */
import type { House, QuestionState } from '@/generated/prisma/enums';
import type { PrismaClient } from '@/lib/db/prisma-client';

export interface QuestionFacts {
  id: number;
  house: House;
  uin: string;
  dateTabled: Date;
  dateDue: Date;
  dateAnswered: Date | null;
  state: QuestionState;
  isNamedDay: boolean;
  heading: string;
  askingMemberId: number;
  askerName: string;
  partyId: number | null;
  departmentId: number;
  departmentName: string;
  topicIds: number[];
  answeringMemberIds: number[];
  hasCoverage: boolean;
  citesMeeting: boolean;
}

export async function loadQuestionFacts(db: PrismaClient, ids: readonly number[]): Promise<Map<number, QuestionFacts>> {
  const out = new Map<number, QuestionFacts>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db.question.findMany({
      where: { id: { in: chunk } },
      select: {
        id: true, house: true, uin: true, dateTabled: true, dateDue: true, dateAnswered: true, state: true, isNamedDay: true, heading: true,
        askingMemberId: true, departmentId: true,
        askingMember: { select: { displayName: true, partyId: true } },
        department: { select: { name: true } },
        topics: { select: { topicId: true } },
        answers: { select: { answeringMemberId: true, _count: { select: { citedMeetings: true } } } },
        _count: { select: { coverage: true } },
      },
    });
    for (const q of rows) {
      out.set(q.id, {
        id: q.id, house: q.house, uin: q.uin, dateTabled: q.dateTabled, dateDue: q.dateDue, dateAnswered: q.dateAnswered, state: q.state,
        isNamedDay: q.isNamedDay, heading: q.heading, askingMemberId: q.askingMemberId, askerName: q.askingMember.displayName,
        partyId: q.askingMember.partyId, departmentId: q.departmentId, departmentName: q.department.name,
        topicIds: q.topics.map((t) => t.topicId),
        answeringMemberIds: [...new Set(q.answers.flatMap((a) => (a.answeringMemberId === null ? [] : [a.answeringMemberId])))],
        hasCoverage: q._count.coverage > 0,
        citesMeeting: q.answers.some((a) => a._count.citedMeetings > 0),
      });
    }
  }
  return out;
}
