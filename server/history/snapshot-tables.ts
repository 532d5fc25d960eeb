// No `server-only` import: the round-trip tests and scripts run this under plain Node.
import type { Prisma } from '@/generated/prisma/client';

type Tx = Prisma.TransactionClient;

/**
 * The tables a deleted record's snapshot can hold, in the order a restore inserts them (parents before the
 * rows that point at them, so the search-index triggers see the meeting titles and member names they read).
 * `dates` are the DateTime columns, which the change log stores as ISO strings; `key` identifies a row.
 */
export const SNAPSHOT_TABLES = {
  topic: { dates: [], key: ['id'] },
  meeting: { dates: ['date', 'endDate'], key: ['id'] },
  coverage: { dates: ['publishedOn'], key: ['id'] },
  question: { dates: ['dateTabled', 'dateDue', 'withdrawnAt', 'dateAnswered', 'createdAt', 'updatedAt'], key: ['id'] },
  answerVersion: { dates: ['answeredOn', 'createdAt'], key: ['id'] },
  attachment: { dates: [], key: ['id'] },
  meetingParticipant: { dates: [], key: ['id'] },
  answerMeeting: { dates: [], key: ['answerId', 'meetingId'] },
  coverageQuestion: { dates: [], key: ['coverageId', 'questionId'] },
  coverageMember: { dates: [], key: ['coverageId', 'memberId'] },
  questionTopic: { dates: [], key: ['questionId', 'topicId'] },
  meetingTopic: { dates: [], key: ['meetingId', 'topicId'] },
  coverageTopic: { dates: [], key: ['coverageId', 'topicId'] },
  questionFollowUp: { dates: [], key: ['followUpId', 'earlierId'] },
  questionGroupLink: { dates: [], key: ['fromId', 'toId'] },
  questionAssignment: { dates: ['assignedAt'], key: ['questionId'] },
} as const satisfies Record<string, { dates: readonly string[]; key: readonly string[] }>;

export type SnapshotTable = keyof typeof SNAPSHOT_TABLES;
export type Row = Record<string, unknown>;
export type SnapshotRows = Partial<Record<SnapshotTable, Row[]>>;

interface Delegate {
  findMany(args: { where: Row; orderBy?: Row | Row[] }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  count(args: { where: Row }): Promise<number>;
}

/** The Prisma delegate for a snapshot table (the tables share the calls used here). */
export function table(tx: Tx, name: SnapshotTable): Delegate {
  return (tx as unknown as Record<SnapshotTable, Delegate>)[name];
}

/** All rows of `name` matching `where`, in key order, so two snapshots of the same data are equal. */
export function readRows(tx: Tx, name: SnapshotTable, where: Row): Promise<Row[]> {
  return table(tx, name).findMany({ where, orderBy: SNAPSHOT_TABLES[name].key.map((k) => ({ [k]: 'asc' })) });
}

/** A row as read back from the change log's JSON: date columns become Dates again. */
export function reviveRow(name: SnapshotTable, row: Row): Row {
  const out: Row = { ...row };
  for (const column of SNAPSHOT_TABLES[name].dates as readonly string[]) {
    const value = out[column];
    if (typeof value === 'string') out[column] = new Date(value);
  }
  return out;
}
