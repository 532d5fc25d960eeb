// No `server-only` import: the round-trip tests run this against a real SQLite file outside Next.
/**
 * Deleting and restoring records exactly. A snapshot is every row a record owns and every link it takes part
 * in, read with their ids before the delete and stored as the 'delete' history entry's `before`; a restore
 * inserts the same rows with the same ids in one transaction. Links whose other end has gone since are
 * reported (never silently dropped), and a unique key taken since (a new question with the same house, UIN
 * and date) refuses the restore with a message rather than failing half-way.
 */
import type { Prisma } from '@/generated/prisma/client';
import { formatDate } from '@/lib/dates';
import { questionPath } from '@/lib/routes';
import { readRows, reviveRow, SNAPSHOT_TABLES, table, type Row, type SnapshotRows, type SnapshotTable } from './snapshot-tables';

type Tx = Prisma.TransactionClient;

export const DELETABLE_ENTITIES = ['Question', 'AnswerVersion', 'Meeting', 'Coverage', 'Topic'] as const;
export type DeletableEntity = (typeof DELETABLE_ENTITIES)[number];

export interface Snapshot {
  version: 1;
  entityType: DeletableEntity;
  entityId: number;
  /** A readable label of the record ("Commons 8024 (13 March 2025): Defence: Procurement"). */
  label: string;
  rows: SnapshotRows;
}

/** The record's own table for each entity type. */
export const ROOT_TABLE: Record<DeletableEntity, SnapshotTable> = {
  Question: 'question',
  AnswerVersion: 'answerVersion',
  Meeting: 'meeting',
  Coverage: 'coverage',
  Topic: 'topic',
};

// Which columns point at which records: used to find the other ends of links (for their histories) and to
// check they still exist when restoring. `entity` is set where the other end keeps a history.
type Model = 'question' | 'answerVersion' | 'meeting' | 'coverage' | 'topic' | 'member' | 'user';
interface Ref {
  column: string;
  model: Model;
  entity?: DeletableEntity;
  optional?: boolean;
}
const REFS: Partial<Record<SnapshotTable, Ref[]>> = {
  answerVersion: [{ column: 'questionId', model: 'question', entity: 'Question' }],
  attachment: [{ column: 'answerId', model: 'answerVersion' }],
  meetingParticipant: [{ column: 'memberId', model: 'member', optional: true }],
  answerMeeting: [{ column: 'answerId', model: 'answerVersion', entity: 'AnswerVersion' }, { column: 'meetingId', model: 'meeting', entity: 'Meeting' }],
  coverageQuestion: [{ column: 'coverageId', model: 'coverage', entity: 'Coverage' }, { column: 'questionId', model: 'question', entity: 'Question' }],
  coverageMember: [{ column: 'coverageId', model: 'coverage' }, { column: 'memberId', model: 'member' }],
  questionTopic: [{ column: 'questionId', model: 'question', entity: 'Question' }, { column: 'topicId', model: 'topic', entity: 'Topic' }],
  meetingTopic: [{ column: 'meetingId', model: 'meeting', entity: 'Meeting' }, { column: 'topicId', model: 'topic', entity: 'Topic' }],
  coverageTopic: [{ column: 'coverageId', model: 'coverage', entity: 'Coverage' }, { column: 'topicId', model: 'topic', entity: 'Topic' }],
  questionFollowUp: [
    { column: 'followUpId', model: 'question', entity: 'Question' },
    { column: 'earlierId', model: 'question', entity: 'Question' },
    { column: 'earlierAnswerId', model: 'answerVersion', optional: true },
  ],
  questionGroupLink: [{ column: 'fromId', model: 'question', entity: 'Question' }, { column: 'toId', model: 'question', entity: 'Question' }],
  questionAssignment: [{ column: 'userId', model: 'user' }],
};

const MODEL_NOUN: Record<Model, string> = {
  question: 'question', answerVersion: 'answer version', meeting: 'meeting', coverage: 'article', topic: 'topic', member: 'member', user: 'account',
};
const LINK_NOUN: Partial<Record<SnapshotTable, string>> = {
  answerMeeting: 'citation of a meeting', coverageQuestion: 'coverage of a question', coverageMember: 'mention of a member',
  questionTopic: 'topic tag', meetingTopic: 'topic tag', coverageTopic: 'topic tag', questionFollowUp: 'follow-up link',
  questionGroupLink: 'grouping with another question', questionAssignment: 'assignment to an editor', meetingParticipant: 'participant',
};

/** Reads everything that deleting the record would remove (or, for an answer version, unlink). Null when absent. */
export async function readSnapshot(tx: Tx, entityType: DeletableEntity, id: number): Promise<Snapshot | null> {
  const rows: SnapshotRows = {};
  const rootRows = await readRows(tx, ROOT_TABLE[entityType], { id });
  if (rootRows.length === 0) return null;
  rows[ROOT_TABLE[entityType]] = rootRows;
  if (entityType === 'Question') {
    rows.answerVersion = await readRows(tx, 'answerVersion', { questionId: id });
    const answerIds = rows.answerVersion.map((a) => a.id as number);
    rows.attachment = await readRows(tx, 'attachment', { answerId: { in: answerIds } });
    rows.answerMeeting = await readRows(tx, 'answerMeeting', { answerId: { in: answerIds } });
    rows.coverageQuestion = await readRows(tx, 'coverageQuestion', { questionId: id });
    rows.questionTopic = await readRows(tx, 'questionTopic', { questionId: id });
    rows.questionFollowUp = await readRows(tx, 'questionFollowUp', { OR: [{ followUpId: id }, { earlierId: id }] });
    rows.questionGroupLink = await readRows(tx, 'questionGroupLink', { OR: [{ fromId: id }, { toId: id }] });
    rows.questionAssignment = await readRows(tx, 'questionAssignment', { questionId: id });
  } else if (entityType === 'AnswerVersion') {
    rows.attachment = await readRows(tx, 'attachment', { answerId: id });
    rows.answerMeeting = await readRows(tx, 'answerMeeting', { answerId: id });
    // Follow-ups naming this answer are not deleted with it (the link falls back to the question): kept to put back.
    rows.questionFollowUp = await readRows(tx, 'questionFollowUp', { earlierAnswerId: id });
  } else if (entityType === 'Meeting') {
    rows.meetingParticipant = await readRows(tx, 'meetingParticipant', { meetingId: id });
    rows.answerMeeting = await readRows(tx, 'answerMeeting', { meetingId: id });
    rows.meetingTopic = await readRows(tx, 'meetingTopic', { meetingId: id });
  } else if (entityType === 'Coverage') {
    rows.coverageQuestion = await readRows(tx, 'coverageQuestion', { coverageId: id });
    rows.coverageMember = await readRows(tx, 'coverageMember', { coverageId: id });
    rows.coverageTopic = await readRows(tx, 'coverageTopic', { coverageId: id });
  } else {
    rows.questionTopic = await readRows(tx, 'questionTopic', { topicId: id });
    rows.meetingTopic = await readRows(tx, 'meetingTopic', { topicId: id });
    rows.coverageTopic = await readRows(tx, 'coverageTopic', { topicId: id });
  }
  for (const key of Object.keys(rows) as SnapshotTable[]) if (rows[key]?.length === 0) delete rows[key];
  return { version: 1, entityType, entityId: id, label: await labelFor(tx, entityType, rootRows[0]!), rows };
}

/** A readable label for a record, from its row. */
export async function labelFor(tx: Tx, entityType: DeletableEntity, row: Row): Promise<string> {
  switch (entityType) {
    case 'Question':
      return questionLabel(row);
    case 'AnswerVersion': {
      const q = await tx.question.findUnique({ where: { id: row.questionId as number } });
      const kind = String(row.kind).toLowerCase();
      return `${kind[0]!.toUpperCase()}${kind.slice(1)} answer (version ${String(row.sequence)}) to ${q ? questionLabel(q) : `question ${String(row.questionId)}`}`;
    }
    case 'Meeting':
      return `${String(row.title)} (${formatDate(asDate(row.date))})`;
    case 'Coverage':
      return `${String(row.outlet)}: ${String(row.headline)}`;
    case 'Topic':
      return String(row.name);
  }
}

function questionLabel(row: Row): string {
  const house = row.house === 'LORDS' ? 'Lords' : 'Commons';
  return `${house} ${String(row.uin)} (${formatDate(asDate(row.dateTabled))}): ${String(row.heading)}`;
}

const asDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

/** What deleting will take with it, for the confirmation: "and its 3 answer versions, 2 topic tags". */
export function describeContents(snapshot: Snapshot): string[] {
  const r = snapshot.rows;
  const n = (rows: Row[] | undefined, one: string, many: string) => (rows?.length ? `${rows.length} ${rows.length === 1 ? one : many}` : null);
  const parts = [
    snapshot.entityType === 'Question' ? n(r.answerVersion, 'answer version', 'answer versions') : null,
    n(r.attachment, 'attachment', 'attachments'),
    n(r.meetingParticipant, 'participant', 'participants'),
    n(r.answerMeeting, 'meeting citation', 'meeting citations'),
    n(r.coverageQuestion, 'coverage link', 'coverage links'),
    n(r.coverageMember, 'member mention', 'member mentions'),
    n([...(r.questionTopic ?? []), ...(r.meetingTopic ?? []), ...(r.coverageTopic ?? [])], 'topic tag', 'topic tags'),
    n(r.questionFollowUp, 'follow-up link', 'follow-up links'),
    n(r.questionGroupLink, 'grouping link', 'grouping links'),
    n(r.questionAssignment, 'assignment', 'assignments'),
  ];
  return parts.filter((p): p is string => p !== null);
}

/** Ids of the records the snapshot itself holds, per model (they exist once the snapshot is restored). */
function ownIds(snapshot: Snapshot): Map<Model, Set<number>> {
  const own = new Map<Model, Set<number>>();
  for (const [tableName, model] of [['question', 'question'], ['answerVersion', 'answerVersion'], ['meeting', 'meeting'], ['coverage', 'coverage'], ['topic', 'topic']] as const) {
    own.set(model, new Set((snapshot.rows[tableName] ?? []).map((row) => row.id as number)));
  }
  return own;
}

/** The other ends of the snapshot's links that keep a history: they record the unlink (and the re-link). */
export function linkedRecords(snapshot: Snapshot): { entityType: DeletableEntity; entityId: number }[] {
  const own = ownIds(snapshot);
  const seen = new Map<string, { entityType: DeletableEntity; entityId: number }>();
  for (const [tableName, rows] of Object.entries(snapshot.rows) as [SnapshotTable, Row[]][]) {
    if (tableName === ROOT_TABLE[snapshot.entityType]) continue;
    for (const ref of REFS[tableName] ?? []) {
      if (!ref.entity) continue;
      for (const row of rows) {
        const value = row[ref.column];
        if (typeof value !== 'number' || own.get(ref.model)?.has(value)) continue;
        seen.set(`${ref.entity}:${value}`, { entityType: ref.entity, entityId: value });
      }
    }
  }
  return [...seen.values()];
}

/** A restore that cannot go ahead (a unique key taken since, the record already back, its question gone). */
export class RestoreRefusedError extends Error {}

export interface RestoreResult {
  /** Links that could not be put back because their other end no longer exists, in words. */
  notRestored: string[];
}

/** Re-creates every row of the snapshot with its ids, in the caller's transaction. */
export async function restoreSnapshot(tx: Tx, snapshot: Snapshot): Promise<RestoreResult> {
  const rootTable = ROOT_TABLE[snapshot.entityType];
  if ((await table(tx, rootTable).count({ where: { id: snapshot.entityId } })) > 0) {
    throw new RestoreRefusedError('This record already exists: it has been restored already.');
  }
  await assertNoClash(tx, snapshot);
  const own = ownIds(snapshot);
  const existence = new Map<string, boolean>();
  const exists = async (model: Model, id: number | string) => {
    if (typeof id === 'number' && own.get(model)?.has(id)) return true;
    const key = `${model}:${id}`;
    if (!existence.has(key)) existence.set(key, (await (tx as unknown as Record<Model, { count(a: { where: Row }): Promise<number> }>)[model].count({ where: { id } })) > 0);
    return existence.get(key)!;
  };
  const notRestored: string[] = [];
  for (const tableName of Object.keys(SNAPSHOT_TABLES) as SnapshotTable[]) {
    const rows = snapshot.rows[tableName];
    if (!rows?.length) continue;
    const keep: Row[] = [];
    for (const stored of rows) {
      const row = reviveRow(tableName, stored);
      let dropped = false;
      for (const ref of REFS[tableName] ?? []) {
        const value = row[ref.column];
        if (value === null || value === undefined || (await exists(ref.model, value as number | string))) continue;
        const what = `${LINK_NOUN[tableName] ?? MODEL_NOUN[ref.model]}: ${MODEL_NOUN[ref.model]} ${String(value)} no longer exists`;
        if (tableName === rootTable) throw new RestoreRefusedError(`Cannot restore: the ${what}. Restore it first.`);
        notRestored.push(ref.optional ? `${what} (the rest of the link was restored)` : what);
        if (ref.optional) row[ref.column] = null;
        else dropped = true;
      }
      if (!dropped) keep.push(row);
    }
    // An answer version's follow-ups were kept when it was deleted (pointing at the question alone): re-point them.
    if (snapshot.entityType === 'AnswerVersion' && tableName === 'questionFollowUp') {
      for (const row of keep) {
        const { count } = await tx.questionFollowUp.updateMany({
          where: { followUpId: row.followUpId as number, earlierId: row.earlierId as number, earlierAnswerId: null },
          data: { earlierAnswerId: row.earlierAnswerId as number },
        });
        if (count === 0) notRestored.push(`follow-up link: question ${String(row.followUpId)} no longer follows up question ${String(row.earlierId)}`);
      }
      continue;
    }
    if (keep.length) await table(tx, tableName).createMany({ data: keep });
  }
  return { notRestored };
}

async function assertNoClash(tx: Tx, snapshot: Snapshot): Promise<void> {
  const root = reviveRow(ROOT_TABLE[snapshot.entityType], snapshot.rows[ROOT_TABLE[snapshot.entityType]]![0]!);
  if (snapshot.entityType === 'Question') {
    const clash = await tx.question.findFirst({
      where: { OR: [{ house: root.house as 'COMMONS' | 'LORDS', uin: root.uin as string, dateTabled: root.dateTabled as Date }, ...(root.parliamentId ? [{ parliamentId: root.parliamentId as number }] : [])] },
    });
    if (clash) throw new RestoreRefusedError(`Cannot restore: another question now has the same house, UIN and date tabled (${questionPath(clash)}). Delete or change that question first.`);
  } else if (snapshot.entityType === 'AnswerVersion') {
    const clash = await tx.answerVersion.findFirst({ where: { questionId: root.questionId as number, sequence: root.sequence as number } });
    if (clash) throw new RestoreRefusedError(`Cannot restore: the question now has another answer version numbered ${String(root.sequence)}. Delete that version first.`);
  } else if (snapshot.entityType === 'Coverage') {
    const clash = await tx.coverage.findFirst({ where: { url: root.url as string } });
    if (clash) throw new RestoreRefusedError(`Cannot restore: another article with the same address is logged now (${clash.outlet}: ${clash.headline}).`);
  } else if (snapshot.entityType === 'Topic') {
    const clash = await tx.topic.findFirst({ where: { OR: [{ slug: root.slug as string }, { name: root.name as string }] } });
    if (clash) throw new RestoreRefusedError(`Cannot restore: there is a topic called “${clash.name}” now. Rename or merge it first.`);
  }
}

/** Parses a 'delete' entry's `before` back into a snapshot (null when it is not one). */
export function parseSnapshot(json: string | null): Snapshot | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<Snapshot>;
    if (value.version !== 1 || !value.entityType || !DELETABLE_ENTITIES.includes(value.entityType) || typeof value.entityId !== 'number' || !value.rows) return null;
    return value as Snapshot;
  } catch {
    return null;
  }
}
