/** Changed questions from the API (server/parliament/write-batch.ts says what Parliament may overwrite). */
import type { Prisma } from '@/generated/prisma/client';
import { londonToday } from '@/lib/dates';
import { mapQuestion, SYNCED_QUESTION_FIELDS, versionKey } from '@/lib/parliament/map-question';
import { questionLabel } from '@/lib/question-label';
import type { ChangeInput } from '@/server/history/record-change';
import { refreshQuestionStates } from '@/server/question-state';
import { attachmentData, payloadOf, preparedVersions, versionData, type Existing, type PreparedRecord, type Resolved } from './batch-records';

type Tx = Prisma.TransactionClient;

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/**
 * Applies what Parliament changed since its previous record: fields, withdrawal, new answer versions (after
 * the last one the question already has: never overwriting, never reordering), new attachments. Returns the
 * questions whose wording changed (their follow-ups are looked for again).
 */
export async function updateQuestions(
  tx: Tx,
  items: { item: PreparedRecord; existing: Existing; hasRecord: boolean }[],
  resolved: Resolved,
  record: (change: ChangeInput) => Promise<number>,
): Promise<Set<number>> {
  const textChanged = new Set<number>();
  if (!items.length) return textChanged;
  const today = londonToday();
  const current = new Map(
    (
      await tx.question.findMany({
        where: { id: { in: items.map((i) => i.existing.questionId) } },
        include: { answers: { select: { id: true, kind: true, answeredOn: true, sequence: true, attachments: { select: { url: true } } }, orderBy: { sequence: 'asc' } } },
      })
    ).map((q) => [q.id, q]),
  );
  const refresh: number[] = [];
  for (const { item, existing, hasRecord } of items) {
    const q = current.get(existing.questionId)!;
    const next = mapQuestion(item.record);
    const prev = existing.previous ? mapQuestion(existing.previous) : null;
    const label = questionLabel(q);
    const wanted: Record<string, unknown> = {
      ...Object.fromEntries(SYNCED_QUESTION_FIELDS.map((f) => [f, next[f]])),
      askingMemberId: resolved.member(next.askingMemberParliamentId),
      departmentId: resolved.department(next.answeringBodyId),
    };
    const previous: Record<string, unknown> | null = prev
      ? { ...Object.fromEntries(SYNCED_QUESTION_FIELDS.map((f) => [f, prev[f]])), askingMemberId: resolved.member(prev.askingMemberParliamentId), departmentId: resolved.department(prev.answeringBodyId) }
      : null;
    const data: Record<string, unknown> = {};
    const before: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(wanted)) {
      const now = (q as Record<string, unknown>)[field];
      if (previous && same(previous[field], value)) continue; // Parliament did not change it: a staff edit stands
      if (same(now, value)) continue;
      data[field] = value;
      before[field] = now;
    }
    if (q.parliamentId === null) data.parliamentId = next.parliamentId;
    if (q.source === 'DEMO') data.source = 'PARLIAMENT';
    if (Object.keys(data).length) {
      await tx.question.update({ where: { id: q.id }, data });
      if (Object.keys(before).length) await record({ entityType: 'Question', entityId: q.id, action: 'update', summary: `${label}: updated from Parliament`, before, after: Object.fromEntries(Object.keys(before).map((k) => [k, data[k]])) });
      if ('text' in data) textChanged.add(q.id);
    }
    if (!prev || prev.isWithdrawn !== next.isWithdrawn) {
      if (next.isWithdrawn && !q.withdrawnAt) {
        await tx.question.update({ where: { id: q.id }, data: { withdrawnAt: today } });
        await record({ entityType: 'Question', entityId: q.id, action: 'withdraw', summary: `${label}: withdrawn (Parliament)`, before: { withdrawnAt: null }, after: { withdrawnAt: today } });
        refresh.push(q.id);
      } else if (!next.isWithdrawn && q.withdrawnAt && prev?.isWithdrawn) {
        await tx.question.update({ where: { id: q.id }, data: { withdrawnAt: null } });
        await record({ entityType: 'Question', entityId: q.id, action: 'reinstate', summary: `${label}: reinstated (Parliament)`, before: { withdrawnAt: q.withdrawnAt }, after: { withdrawnAt: null } });
        refresh.push(q.id);
      }
    }
    // New versions: those the record implies after the last one the question already has.
    const desired = preparedVersions(item);
    const have = new Set(q.answers.map(versionKey));
    let lastPresent = -1;
    desired.forEach((v, i) => {
      if (have.has(versionKey(v))) lastPresent = i;
    });
    let sequence = q.answers.at(-1)?.sequence ?? 0;
    let latestId = q.answers.at(-1)?.id ?? null;
    for (const v of desired.slice(lastPresent + 1)) {
      const created = await tx.answerVersion.create({ data: versionData(v, q.id, ++sequence, resolved), select: { id: true, sequence: true, kind: true, textHtml: true, answeredOn: true } });
      await record({ entityType: 'AnswerVersion', entityId: created.id, action: 'create', summary: `${label}: answer version ${created.sequence} (${created.kind.toLowerCase()}) from Parliament`, after: { kind: created.kind, answeredOn: created.answeredOn, textHtml: created.textHtml } });
      latestId = created.id;
      refresh.push(q.id);
    }
    const storedUrls = new Set(q.answers.flatMap((a) => a.attachments.map((x) => x.url)));
    const newAttachments = latestId ? attachmentData(item.record, latestId).filter((a) => !storedUrls.has(a.url)) : [];
    if (newAttachments.length) await tx.attachment.createMany({ data: newAttachments });

    const payload = payloadOf(item);
    if (hasRecord) await tx.parliamentQuestionRecord.update({ where: { parliamentId: item.record.id }, data: { listHash: item.listHash, payload } });
    else await tx.parliamentQuestionRecord.create({ data: { parliamentId: item.record.id, questionId: q.id, listHash: item.listHash, payload } });
  }
  await refreshQuestionStates(tx, refresh);
  return textChanged;
}
