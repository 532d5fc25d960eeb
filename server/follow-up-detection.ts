import 'server-only';
/**
 * Follow-ups found in a question's wording ("pursuant to the Answer of 5 January 2016 to Question 20367"):
 * lib/follow-ups/detect-follow-up.ts reads the references, this module resolves them to stored questions and
 * links them with origin TEXT, for staff to confirm or reject on the question's page.
 *
 * A pair staff have unlinked (rejected, or removed) is never suggested again. The schema has no field for
 * that, so the change log is the record: every follow-up unlink is logged on the later question with
 * `before.link = "followUp"` and the earlier question's id, and `rejectedFollowUpIds` reads those entries back.
 */
import type { Prisma } from '@/generated/prisma/client';
import type { House } from '@/generated/prisma/enums';
import { detectFollowUps } from '@/lib/follow-ups/detect-follow-up';
import { questionLabel } from '@/lib/question-label';
import type { ChangeInput } from '@/server/history/record-change';

type Tx = Prisma.TransactionClient;

/** What a follow-up unlink stores as `before` (server/question-links.ts writes it). */
export interface FollowUpLinkSnapshot {
  link: 'followUp';
  followUpId: number;
  earlierId: number;
  origin: string;
  earlierAnswerId: number | null;
}

/** The earlier questions staff have unlinked from `followUpId` as its follow-up: never re-suggested. */
export async function rejectedFollowUpIds(tx: Tx, followUpId: number): Promise<Set<number>> {
  const entries = await tx.changeLog.findMany({
    where: { entityType: 'Question', entityId: String(followUpId), action: 'unlink', before: { contains: '"link":"followUp"' } },
    select: { before: true },
  });
  const ids = new Set<number>();
  for (const entry of entries) {
    try {
      const before = JSON.parse(entry.before ?? 'null') as Partial<FollowUpLinkSnapshot> | null;
      if (before?.link === 'followUp' && before.followUpId === followUpId && typeof before.earlierId === 'number') ids.add(before.earlierId);
    } catch {
      // A malformed entry rejects nothing.
    }
  }
  return ids;
}

interface Resolved {
  earlierId: number;
  earlierAnswerId: number | null;
}

/**
 * The stored questions the wording refers to: by UIN (Lords UINs start "HL"), tabled no later than this
 * question; when the reference gives the answer's date, only a question answered on that day, and the link
 * names that answer. Most recent first when a UIN was reused in another session.
 */
export async function resolveWordingReferences(tx: Tx, question: { id: number; house: House; dateTabled: Date; text: string }): Promise<Resolved[]> {
  const found = new Map<number, Resolved>();
  for (const ref of detectFollowUps(question.text)) {
    for (const uin of ref.uins) {
      const house: House = uin.startsWith('HL') ? 'LORDS' : 'COMMONS';
      const candidates = await tx.question.findMany({
        where: { house, uin, id: { not: question.id }, dateTabled: { lte: question.dateTabled } },
        orderBy: { dateTabled: 'desc' },
        select: { id: true, answers: { select: { id: true, answeredOn: true }, orderBy: { sequence: 'asc' } } },
        take: 5,
      });
      for (const candidate of candidates) {
        if (ref.date) {
          const answer = candidate.answers.find((a) => a.answeredOn.getTime() === ref.date!.getTime());
          if (!answer) continue;
          if (!found.has(candidate.id)) found.set(candidate.id, { earlierId: candidate.id, earlierAnswerId: answer.id });
        } else if (!found.has(candidate.id)) {
          found.set(candidate.id, { earlierId: candidate.id, earlierAnswerId: null });
        }
        break;
      }
    }
  }
  return [...found.values()];
}

/**
 * Links the follow-ups the wording names (origin TEXT) that are not linked yet and were never unlinked by
 * staff, recording each on both questions. Returns how many were added.
 */
export async function linkFollowUpsFromWording(
  tx: Tx,
  question: { id: number; house: House; uin: string; dateTabled: Date; text: string },
  record: (change: ChangeInput) => Promise<number>,
): Promise<number> {
  const resolved = await resolveWordingReferences(tx, question);
  if (!resolved.length) return 0;
  const [existing, rejected] = await Promise.all([
    tx.questionFollowUp.findMany({ where: { followUpId: question.id }, select: { earlierId: true } }),
    rejectedFollowUpIds(tx, question.id),
  ]);
  const linked = new Set(existing.map((e) => e.earlierId));
  let added = 0;
  for (const r of resolved) {
    if (linked.has(r.earlierId) || rejected.has(r.earlierId)) continue;
    await tx.questionFollowUp.create({ data: { followUpId: question.id, earlierId: r.earlierId, earlierAnswerId: r.earlierAnswerId, origin: 'TEXT' } });
    const earlier = await tx.question.findUniqueOrThrow({ where: { id: r.earlierId }, select: { house: true, uin: true, dateTabled: true } });
    const after = { link: 'followUp', followUpId: question.id, earlierId: r.earlierId, origin: 'TEXT', earlierAnswerId: r.earlierAnswerId };
    await record({ entityType: 'Question', entityId: question.id, action: 'link', summary: `Follows up ${questionLabel(earlier)} (found in the wording)`, after });
    await record({ entityType: 'Question', entityId: r.earlierId, action: 'link', summary: `Followed up by ${questionLabel(question)} (found in the wording)`, after });
    added++;
  }
  return added;
}
