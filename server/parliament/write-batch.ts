/**
 * Writes one batch of validated API records in ONE short transaction, with the batch's progress: the
 * write lock first (as staff writes take it: server/writes/sqlite-write-lock.ts), then creates and updates,
 * their history (actor "Parliament sync"), and the run's counts and cursor. A kill at any point leaves the
 * batch either wholly written with its progress, or not at all.
 *
 * Parliament's values win only where Parliament changed them: an update compares the new record with the
 * previous one Parliament gave (ParliamentQuestionRecord.payload), so a staff edit of a field Parliament has
 * not changed survives, and where both changed, the history shows the staff value replaced by Parliament's.
 * Nothing staff added (citations, coverage, topics, their own versions and links) is ever deleted.
 */
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { House } from '@/generated/prisma/enums';
import { londonToday } from '@/lib/dates';
import { detectFollowUps } from '@/lib/follow-ups/detect-follow-up';
import { answerVersionsOf, HOLDING_TEXT_NOT_GIVEN, mapQuestion, ORIGINAL_TEXT_NOT_GIVEN, SYNCED_QUESTION_FIELDS, versionKey, type ApiAnswerVersion } from '@/lib/parliament/map-question';
import type { ApiQuestion } from '@/lib/parliament/schemas';
import { questionLabel } from '@/lib/question-label';
import { htmlToPlainText, sanitizeAnswerHtml } from '@/lib/sanitize-html';
import { linkFollowUpsFromWording } from '@/server/follow-up-detection';
import { historyJson, recordChange, type Actor, type ChangeInput } from '@/server/history/record-change';
import { initialQuestionState, refreshQuestionStates } from '@/server/question-state';
import { takeWriteLock, withWriteLockRetry } from '@/server/writes/sqlite-write-lock';
import { linkGroupedQuestions } from './grouped-links';
import { bulkInsert, deferForeignKeys, reserveIds } from './sqlite-bulk-insert';
import type { References } from './references';

type Tx = Prisma.TransactionClient;

export const SYNC_ACTOR: Actor = { id: null, name: 'Parliament sync' };

export interface PreparedRecord {
  record: ApiQuestion;
  listHash: string;
}

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

interface Existing {
  questionId: number;
  previous: ApiQuestion | null;
}

/** Writes `items` and the run's progress in one transaction; returns what it did. */
export async function writeBatch(db: PrismaClient, refs: References, items: PreparedRecord[], progress: BatchProgress): Promise<BatchResult> {
  return withWriteLockRetry(() =>
    db.$transaction(
      async (tx) => {
        await takeWriteLock(tx);
        let commit = () => {};
        const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0 };
        const rejectedHere: { id: string; reason: string }[] = [];
        let highWater: Date | null = null;
        const unique = [...new Map(items.map((i) => [i.record.id, i])).values()];
        counts.unchanged += items.length - unique.length;
        if (unique.length) {
          const { toCreate, toUpdate, unchanged, conflicts } = await classify(tx, unique);
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
            const createdIds = await createQuestions(tx, toCreate, resolved);
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
async function classify(tx: Tx, items: PreparedRecord[]) {
  const ids = items.map((i) => i.record.id);
  const stored = new Map((await tx.parliamentQuestionRecord.findMany({ where: { parliamentId: { in: ids } }, select: { parliamentId: true, questionId: true, listHash: true, payload: true } })).map((s) => [s.parliamentId, s]));
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
    const byParliamentId = new Map((await tx.question.findMany({ where: { parliamentId: { in: unseen.map((u) => u.record.id) } }, select: { id: true, parliamentId: true } })).map((q) => [q.parliamentId!, q.id]));
    const mapped = unseen.map((u) => ({ u, q: mapQuestion(u.record) }));
    const byKey = new Map(
      (await tx.question.findMany({ where: { uin: { in: mapped.map((m) => m.q.uin) } }, select: { id: true, house: true, uin: true, dateTabled: true, parliamentId: true } })).map((q) => [`${q.house}|${q.uin}|${q.dateTabled.getTime()}`, q]),
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

interface Resolved {
  member: (id: number) => number;
  department: (id: number) => number;
}

function versionData(v: ApiAnswerVersion, questionId: number, sequence: number, resolved: Resolved) {
  const missingText = v.html === null;
  const textHtml = sanitizeAnswerHtml(v.html ?? (v.kind === 'HOLDING' ? HOLDING_TEXT_NOT_GIVEN : ORIGINAL_TEXT_NOT_GIVEN));
  return {
    questionId,
    sequence,
    kind: v.kind,
    answeredOn: v.answeredOn,
    answeringMemberId: v.answeringMemberParliamentId ? resolved.member(v.answeringMemberParliamentId) : null,
    textHtml,
    textPlain: htmlToPlainText(textHtml),
    source: 'PARLIAMENT' as const,
    unreportedFields: missingText ? 'textHtml' : null,
  };
}

const attachmentData = (record: ApiQuestion, answerId: number) =>
  (record.attachments ?? []).map((a) => ({ answerId, title: a.title?.trim() || a.url, url: a.url, fileType: a.fileType ?? null, sizeBytes: a.fileSizeBytes ?? null }));

/** Creates the questions with their versions, attachments, API records and history, a few statements per table. */
async function createQuestions(tx: Tx, items: PreparedRecord[], resolved: Resolved): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  if (!items.length) return ids;
  const now = new Date();
  const today = londonToday(now);
  const rows = items.map(({ record }) => {
    const q = mapQuestion(record);
    const withdrawnAt = q.isWithdrawn ? today : null;
    return {
      parliamentId: q.parliamentId,
      house: q.house,
      uin: q.uin,
      dateTabled: q.dateTabled,
      dateDue: q.dateDue,
      isNamedDay: q.isNamedDay,
      askingMemberId: resolved.member(q.askingMemberParliamentId),
      departmentId: resolved.department(q.answeringBodyId),
      heading: q.heading,
      text: q.text,
      memberHasInterest: q.memberHasInterest,
      withdrawnAt,
      source: 'PARLIAMENT' as const,
      ...initialQuestionState(q.dateTabled, withdrawnAt, answerVersionsOf(record)),
    };
  });
  // Ids first, versions before their questions (see deferForeignKeys): the search index is built once per question.
  const firstId = await reserveIds(tx, 'Question');
  rows.forEach((r, i) => ids.set(r.parliamentId, firstId + i));
  await deferForeignKeys(tx);

  const versions = items.flatMap(({ record }) => answerVersionsOf(record).map((v, i) => versionData(v, ids.get(record.id)!, i + 1, resolved)));
  const storedVersions = (await bulkInsert<{ id: number; questionId: number; sequence: number }>(tx, 'AnswerVersion', VERSION_COLUMNS, versions.map((v) => ({ ...v, createdAt: now })), ['id', 'questionId', 'sequence'])).map((v) => ({ id: Number(v.id), questionId: Number(v.questionId), sequence: Number(v.sequence) }));
  const versionIds = new Map(storedVersions.map((v) => [`${v.questionId}:${v.sequence}`, v.id]));
  const latest = new Map<number, number>();
  for (const v of storedVersions) if ((latest.get(v.questionId) ?? -1) < v.sequence) latest.set(v.questionId, v.id);
  const attachments = items.flatMap(({ record }) => {
    const answerId = latest.get(ids.get(record.id)!);
    return answerId ? attachmentData(record, answerId) : [];
  });
  await bulkInsert(tx, 'Attachment', ['answerId', 'title', 'url', 'fileType', 'sizeBytes'], attachments);
  await bulkInsert(tx, 'Question', ['id', ...QUESTION_COLUMNS], rows.map((r) => ({ ...r, id: ids.get(r.parliamentId)!, createdAt: now, updatedAt: now })));
  await bulkInsert(
    tx,
    'ParliamentQuestionRecord',
    ['parliamentId', 'questionId', 'listHash', 'payload', 'firstSeenAt', 'updatedAt'],
    items.map(({ record, listHash }) => ({ parliamentId: record.id, questionId: ids.get(record.id)!, listHash, payload: JSON.stringify(record), firstSeenAt: now, updatedAt: now })),
  );

  const labels = new Map(rows.map((r) => [ids.get(r.parliamentId)!, questionLabel(r)]));
  const log = [
    ...rows.map((r) => ({ entityType: 'Question', entityId: String(ids.get(r.parliamentId)), action: 'create', summary: `${labels.get(ids.get(r.parliamentId)!)}: imported from Parliament`, after: historyJson(r) })),
    ...versions.map((v) => ({
      entityType: 'AnswerVersion',
      entityId: String(versionIds.get(`${v.questionId}:${v.sequence}`)),
      action: 'create',
      summary: `${labels.get(v.questionId)}: answer version ${v.sequence} (${v.kind.toLowerCase()}) imported from Parliament`,
      after: historyJson({ ...v, textPlain: undefined }),
    })),
  ];
  await bulkInsert(tx, 'ChangeLog', ['at', 'actor', 'actorId', 'entityType', 'entityId', 'action', 'summary', 'before', 'after'], log.map((entry) => ({ ...entry, at: now, actor: SYNC_ACTOR.name, actorId: null, before: null })));
  return ids;
}

const QUESTION_COLUMNS = [
  'parliamentId', 'house', 'uin', 'dateTabled', 'dateDue', 'isNamedDay', 'askingMemberId', 'departmentId', 'heading', 'text', 'memberHasInterest',
  'withdrawnAt', 'source', 'state', 'dateAnswered', 'daysToAnswer', 'createdAt', 'updatedAt',
] as const;
const VERSION_COLUMNS = ['questionId', 'sequence', 'kind', 'answeredOn', 'answeringMemberId', 'textHtml', 'textPlain', 'source', 'unreportedFields', 'createdAt'] as const;

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/**
 * Applies what Parliament changed since its previous record: fields, withdrawal, new answer versions (after
 * the last one the question already has: never overwriting, never reordering), new attachments. Returns the
 * questions whose wording changed (their follow-ups are looked for again).
 */
async function updateQuestions(
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
    const desired = answerVersionsOf(item.record);
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

    const payload = JSON.stringify(item.record);
    if (hasRecord) await tx.parliamentQuestionRecord.update({ where: { parliamentId: item.record.id }, data: { listHash: item.listHash, payload } });
    else await tx.parliamentQuestionRecord.create({ data: { parliamentId: item.record.id, questionId: q.id, listHash: item.listHash, payload } });
  }
  await refreshQuestionStates(tx, refresh);
  return textChanged;
}
