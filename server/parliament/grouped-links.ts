/**
 * Grouped questions (answered together): the API lists the others by UIN and date tabled. Each pair is
 * stored in both directions (QuestionGroupLink) and recorded on both questions. A question in the group
 * that is not stored yet is linked when it arrives (its own record names this one).
 */
import type { Prisma } from '@/generated/prisma/client';
import type { House } from '@/generated/prisma/enums';
import { groupedRefs } from '@/lib/parliament/map-question';
import type { ApiQuestion } from '@/lib/parliament/schemas';
import { questionLabel } from '@/lib/question-label';
import type { ChangeInput } from '@/server/history/record-change';

type Tx = Prisma.TransactionClient;

export async function linkGroupedQuestions(
  tx: Tx,
  question: { id: number; house: House; uin: string; dateTabled: Date },
  record: ApiQuestion,
  log: (change: ChangeInput) => Promise<number>,
): Promise<number> {
  const refs = groupedRefs(record);
  if (!refs.length) return 0;
  const candidates = await tx.question.findMany({ where: { house: question.house, uin: { in: refs.map((r) => r.uin) }, id: { not: question.id } }, select: { id: true, house: true, uin: true, dateTabled: true } });
  const targets = new Map<number, (typeof candidates)[number]>();
  for (const ref of refs) {
    const matching = candidates.filter((c) => c.uin === ref.uin && (!ref.dateTabled || c.dateTabled.getTime() === ref.dateTabled.getTime()));
    // Without a date, the UIN's use nearest this question's date (a Lords UIN is reused in later sessions).
    const best = matching.sort((a, b) => Math.abs(a.dateTabled.getTime() - question.dateTabled.getTime()) - Math.abs(b.dateTabled.getTime() - question.dateTabled.getTime()))[0];
    if (best) targets.set(best.id, best);
  }
  if (!targets.size) return 0;
  const existing = await tx.questionGroupLink.findMany({ where: { OR: [{ fromId: question.id }, { toId: question.id }] }, select: { fromId: true, toId: true } });
  const has = new Set(existing.map((l) => `${l.fromId}>${l.toId}`));
  let added = 0;
  for (const other of targets.values()) {
    const missing = [[question.id, other.id], [other.id, question.id]].filter(([a, b]) => !has.has(`${a}>${b}`));
    if (!missing.length) continue;
    await tx.questionGroupLink.createMany({ data: missing.map(([fromId, toId]) => ({ fromId: fromId!, toId: toId! })) });
    const after = { link: 'group', questionIds: [question.id, other.id].sort((a, b) => a - b) };
    await log({ entityType: 'Question', entityId: question.id, action: 'link', summary: `Grouped with ${questionLabel(other)} (Parliament)`, after });
    await log({ entityType: 'Question', entityId: other.id, action: 'link', summary: `Grouped with ${questionLabel(question)} (Parliament)`, after });
    added++;
  }
  return added;
}
