/**
 * Writes one batch of validated API records in ONE short transaction, with the batch's progress: the
 * write lock first (as staff writes take it: server/writes/write-lock.ts), then creates and updates,
 * their history (actor "Parliament sync"), and the run's counts and cursor. A kill at any point leaves the
 * batch either wholly written with its progress, or not at all.
 *
 * Parliament's values win only where Parliament changed them: an update compares the new record with the
 * previous one Parliament gave (ParliamentQuestionRecord.payload), so a staff edit of a field Parliament has
 * not changed survives, and where both changed, the history shows the staff value replaced by Parliament's.
 * Nothing staff added (citations, coverage, topics, their own versions and links) is ever deleted.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import type { House } from '@/generated/prisma/enums';
import { detectFollowUps } from '@/lib/follow-ups/detect-follow-up';
import { mapQuestion } from '@/lib/parliament/map-question';
import type { ApiQuestion } from '@/lib/parliament/schemas';
import { linkFollowUpsFromWording } from '@/server/follow-up-detection';
import { recordChange, type ChangeInput } from '@/server/history/record-change';
import { writeLockFor } from '@/server/writes/write-lock';
import { SYNC_ACTOR, type Existing, type PreparedRecord } from './batch-records';
import { createQuestions } from './create-questions';
import { linkGroupedQuestions } from './grouped-links';
import type { References } from './references';
import type { BatchLookups } from './batch-lookups';
import { syncDialect } from './sync-dialect';
import { updateQuestions } from './update-questions';

export { SYNC_ACTOR, type PreparedRecord } from './batch-records';

export interface BatchProgress {
  runId: number;
  /** Records this batch accounts for (written, unchanged and rejected). */
  done: number;
  rejected: number;
  /** Rejected records and their reasons, added to the run's error list in the same transaction. */
  errors?: { id: string; reason: string }[];
  cursor: unknown;
}

export interface BatchCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface BatchResult extends BatchCounts {
  /** Records refused inside the transaction (their key is another API record's). */
  rejected: { id: string; reason: string }[];
}

/** Writes `items` and the run's progress in one transaction; returns what it did. */
export async function writeBatch(db: PrismaClient, refs: References, items: PreparedRecord[], progress: BatchProgress): Promise<BatchResult> {
  const lock = writeLockFor(db);
  const dialect = syncDialect(db);
  return lock.retry(() =>
    db.$transaction(
      async (tx) => {
        // First, so a concurrent writer (staff, or a sync on another app server) queues behind this batch and
        // every read below sees what was committed before it: nothing is imported twice, nothing overwritten.
        await lock.take(tx);
        let commit = () => {};
        const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0 };
        const rejectedHere: { id: string; reason: string }[] = [];
        let highWater: Date | null = null;
        const unique = [...new Map(items.map((i) => [i.record.id, i])).values()];
        counts.unchanged += items.length - unique.length;
        if (unique.length) {
          const { toCreate, toUpdate, unchanged, conflicts } = await classify(dialect.lookups(db, tx), unique);
          counts.unchanged += unchanged;
          rejectedHere.push(...conflicts);
          const written = [...toCreate, ...toUpdate.map((u) => u.item)];
          if (written.length) {
            const members = new Map<number, House>();
            const departments = new Map<number, string>();
            for (const { record } of written) {
              const house: House = record.house === 'Lords' ? 'LORDS' : 'COMMONS';
              for (const id of [record.askingMemberId, record.answeringMemberId, record.correctingMemberId]) if (id) members.set(id, house);
              departments.set(record.answeringBodyId, record.answeringBodyName);
            }
            const resolved = await refs.ensure(tx, members, departments);
            commit = resolved.commit;
            const record = (change: ChangeInput) => recordChange(tx, SYNC_ACTOR, change);
            const createdIds = await createQuestions(dialect.writer(db, tx), toCreate, resolved);
            const textChanged = await updateQuestions(tx, toUpdate, resolved, record);
            counts.created = toCreate.length;
            counts.updated = toUpdate.length;
            const idOf = new Map<number, number>([...createdIds, ...toUpdate.map((u) => [u.item.record.id, u.existing.questionId] as const)]);
            for (const { record: r } of written) {
              const questionId = idOf.get(r.id)!;
              const q = mapQuestion(r);
              if (!highWater || q.dateTabled > highWater) highWater = q.dateTabled;
              await linkGroupedQuestions(tx, { id: questionId, ...q }, r, record);
              if ((createdIds.has(r.id) || textChanged.has(questionId)) && detectFollowUps(q.text).length) {
                await linkFollowUpsFromWording(tx, { id: questionId, house: q.house, uin: q.uin, dateTabled: q.dateTabled, text: q.text }, record);
              }
            }
          }
        }
        const newErrors = [...(progress.errors ?? []), ...rejectedHere];
        const run = await tx.syncRun.findUniqueOrThrow({ where: { id: progress.runId }, select: { errors: newErrors.length > 0, highWaterMark: true } });
        const errors = newErrors.length ? JSON.stringify((JSON.parse(run.errors) as unknown[]).concat(newErrors).slice(0, 500)) : undefined;
        if (highWater && run.highWaterMark && run.highWaterMark > highWater) highWater = run.highWaterMark;
        await tx.syncRun.update({
          where: { id: progress.runId },
          data: {
            done: { increment: progress.done },
            rejected: { increment: progress.rejected + rejectedHere.length },
            created: { increment: counts.created },
            updated: { increment: counts.updated },
            unchanged: { increment: counts.unchanged },
            cursor: JSON.stringify(progress.cursor),
            heartbeatAt: new Date(),
            ...(errors ? { errors } : {}),
            ...(highWater ? { highWaterMark: highWater } : {}),
          },
        });
        return { counts: { ...counts, rejected: rejectedHere }, commit, highWater };
      },
      { maxWait: 10_000, timeout: 60_000 },
    ),
  ).then(({ counts, commit }) => {
    commit();
    return counts;
  });
}

/** New, changed (with the question they update) or unchanged, read inside the transaction. */
async function classify(lookups: BatchLookups, items: PreparedRecord[]) {
  const ids = items.map((i) => i.record.id);
  const stored = new Map((await lookups.storedRecords(ids)).map((s) => [s.parliamentId, s]));
  const toCreate: PreparedRecord[] = [];
  const toUpdate: { item: PreparedRecord; existing: Existing; hasRecord: boolean }[] = [];
  let unchanged = 0;
  const conflicts: { id: string; reason: string }[] = [];
  const unseen: PreparedRecord[] = [];
  for (const item of items) {
    const s = stored.get(item.record.id);
    if (!s) unseen.push(item);
    else if (s.listHash === item.listHash) unchanged++;
    else toUpdate.push({ item, existing: { questionId: s.questionId, previous: JSON.parse(s.payload) as ApiQuestion }, hasRecord: true });
  }
  if (unseen.length) {
    // A question already stored without its API record (entered by staff, or by an earlier importer) is
    // adopted: matched by Parliament id, or by house + UIN + date tabled, the key Parliament uses.
    const byParliamentId = new Map((await lookups.questionsByParliamentId(unseen.map((u) => u.record.id))).map((q) => [q.parliamentId, q.id]));
    const mapped = unseen.map((u) => ({ u, q: mapQuestion(u.record) }));
    const byKey = new Map(
      (await lookups.questionsByUin(mapped.map((m) => m.q.uin))).map((q) => [`${q.house}|${q.uin}|${q.dateTabled.getTime()}`, q]),
    );
    const keys = new Set<string>();
    for (const { u, q } of mapped) {
      const key = `${q.house}|${q.uin}|${q.dateTabled.getTime()}`;
      const sameKey = byKey.get(key);
      const questionId = byParliamentId.get(u.record.id) ?? (sameKey && sameKey.parliamentId === null ? sameKey.id : undefined);
      if (questionId !== undefined) toUpdate.push({ item: u, existing: { questionId, previous: null }, hasRecord: false });
      else if ((sameKey && sameKey.parliamentId !== u.record.id) || keys.has(key)) {
        // Parliament's key (House, UIN, date tabled) is already another API record's: refused, not half-written.
        conflicts.push({ id: String(u.record.id), reason: `House, UIN and date tabled are already those of Parliament question ${sameKey?.parliamentId ?? 'earlier in this page'}` });
      } else toCreate.push(u);
      keys.add(key);
    }
  }
  return { toCreate, toUpdate, unchanged, conflicts };
}

