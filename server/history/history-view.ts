import 'server-only';
import { answerPath, coveragePath, meetingPath, questionPath, topicPath } from '@/lib/routes';
import { diffFields, type FieldChange } from '@/lib/history-diff';
import { prisma } from '@/server/db';
import { HISTORY_ENTITIES, type ChangeAction, type HistoryEntity } from './record-change';
import { describeContents, labelFor, parseSnapshot } from './snapshots';

/** How many changes the history page lists (newest first); older ones are counted. */
export const HISTORY_PAGE_SIZE = 200;

export interface HistoryEntry {
  id: number;
  at: Date;
  actor: string;
  action: ChangeAction | string;
  summary: string | null;
  changes: FieldChange[];
  /** For a delete: what went with the record ("3 answer versions"). */
  deletedContents: string[] | null;
  /** A delete an admin can undo now (the record is still gone and this is its latest delete). */
  restorable: boolean;
}

export interface RecordHistory {
  entityType: HistoryEntity;
  entityId: string;
  label: string;
  /** The record's page while it exists. */
  path: string | null;
  exists: boolean;
  entries: HistoryEntry[];
  total: number;
}

/** Every change to one record, newest first; null when the type is unknown or the record never existed. */
export async function getRecordHistory(type: string, rawId: string): Promise<RecordHistory | null> {
  if (!(HISTORY_ENTITIES as readonly string[]).includes(type)) return null;
  const entityType = type as HistoryEntity;
  if (entityType !== 'User' && !/^[1-9]\d{0,15}$/.test(rawId)) return null;
  const where = { entityType, entityId: rawId };
  const [rows, total, current] = await Promise.all([
    prisma.changeLog.findMany({ where, orderBy: { id: 'desc' }, take: HISTORY_PAGE_SIZE }),
    prisma.changeLog.count({ where }),
    currentRecord(entityType, rawId),
  ]);
  if (!current && rows.length === 0) return null;
  const latestDelete = rows.find((r) => r.action === 'delete' || r.action === 'restore');
  const entries = rows.map((row): HistoryEntry => {
    const isDelete = row.action === 'delete';
    const snapshot = isDelete ? parseSnapshot(row.before) : null;
    return {
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      summary: row.summary,
      changes: isDelete && snapshot ? [] : diffFields(row.before, row.after),
      deletedContents: snapshot ? describeContents(snapshot) : null,
      restorable: Boolean(snapshot) && !current && latestDelete?.id === row.id,
    };
  });
  return {
    entityType,
    entityId: rawId,
    label: current?.label ?? rows[0]?.summary ?? `${entityType} ${rawId}`,
    path: current?.path ?? null,
    exists: Boolean(current),
    entries,
    total,
  };
}

async function currentRecord(type: HistoryEntity, rawId: string): Promise<{ label: string; path: string } | null> {
  if (type === 'User') {
    const user = await prisma.user.findUnique({ where: { id: rawId } });
    return user ? { label: `${user.name} <${user.email}>`, path: '/admin/users' } : null;
  }
  const id = Number(rawId);
  switch (type) {
    case 'Question': {
      const q = await prisma.question.findUnique({ where: { id } });
      return q ? { label: await labelFor(prisma, type, q), path: questionPath(q) } : null;
    }
    case 'AnswerVersion': {
      const a = await prisma.answerVersion.findUnique({ where: { id }, include: { question: true } });
      return a ? { label: await labelFor(prisma, type, a), path: answerPath(a.question, a.sequence) } : null;
    }
    case 'Meeting': {
      const m = await prisma.meeting.findUnique({ where: { id } });
      return m ? { label: await labelFor(prisma, type, m), path: meetingPath(m) } : null;
    }
    case 'Coverage': {
      const c = await prisma.coverage.findUnique({ where: { id } });
      return c ? { label: await labelFor(prisma, type, c), path: coveragePath(c) } : null;
    }
    case 'Topic': {
      const t = await prisma.topic.findUnique({ where: { id } });
      return t ? { label: t.name, path: topicPath(t) } : null;
    }
  }
}

export interface DeletedRecord {
  changeId: number;
  entityType: HistoryEntity;
  entityId: string;
  label: string;
  at: Date;
  actor: string;
  contents: string[];
}

/** Deleted records not restored since, newest delete first. */
export async function listDeletedRecords(limit = 200): Promise<DeletedRecord[]> {
  const deletes = await prisma.changeLog.findMany({ where: { action: 'delete' }, orderBy: { id: 'desc' }, take: limit * 2 });
  const out: DeletedRecord[] = [];
  const seen = new Set<string>();
  for (const entry of deletes) {
    const key = `${entry.entityType}:${entry.entityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const snapshot = parseSnapshot(entry.before);
    if (!snapshot) continue;
    const restoredSince = await prisma.changeLog.count({ where: { entityType: entry.entityType, entityId: entry.entityId, action: 'restore', id: { gt: entry.id } } });
    if (restoredSince > 0) continue;
    out.push({ changeId: entry.id, entityType: snapshot.entityType, entityId: entry.entityId, label: snapshot.label, at: entry.at, actor: entry.actor, contents: describeContents(snapshot) });
    if (out.length >= limit) break;
  }
  return out;
}
