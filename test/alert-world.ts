/**
 * A small world for alert tests: a member, a department, a topic, verified readers, and writes made the
 * way the sync and staff make them (the record and its change-log entry in one transaction).
 */
import type { PrismaClient } from '@/lib/db/prisma-client';
import type { AnswerKind } from '@/generated/prisma/enums';
import { recordChange } from '@/server/history/record-change';
import { appendAnswerVersion, setQuestionWithdrawn } from '@/server/question-state';
import { createDepartment, createMember, createQuestion, day } from './factories';

const SYNC = { id: null, name: 'sync' };

export async function createReader(db: PrismaClient, email: string, verified = true) {
  return db.user.create({ data: { id: `u-${email.replace(/[^a-z0-9]/gi, '')}`, name: email.split('@')[0]!, email, emailVerified: verified, role: 'viewer' } });
}

export async function follow(db: PrismaClient, userId: string, kind: string, targetId: string | number, frequency: 'immediate' | 'daily' = 'immediate', label = `${kind} ${targetId}`) {
  return db.follow.create({ data: { userId, kind, targetId: String(targetId), frequency, label } });
}

/** A question arriving by sync: the row and its "create" entry. */
export async function syncQuestion(db: PrismaClient, input: Parameters<typeof createQuestion>[1]) {
  const q = await createQuestion(db, { source: 'PARLIAMENT', ...input });
  await db.$transaction((tx) => recordChange(tx, SYNC, { entityType: 'Question', entityId: q.id, action: 'create', summary: q.heading }));
  return q;
}

/** An answer version arriving by sync. */
export async function syncAnswer(db: PrismaClient, questionId: number, kind: AnswerKind, answeredOn: string, answeringMemberId: number | null = null, html = '<p>The answer.</p>') {
  return db.$transaction(async (tx) => {
    const { version } = await appendAnswerVersion(tx, { questionId, kind, answeredOn: day(answeredOn), answeringMemberId, html, source: 'PARLIAMENT' });
    await recordChange(tx, SYNC, { entityType: 'AnswerVersion', entityId: version.id, action: 'create', summary: `answer ${version.sequence}` });
    return version;
  });
}

export async function withdraw(db: PrismaClient, questionId: number, on: string) {
  await db.$transaction(async (tx) => {
    await setQuestionWithdrawn(tx, questionId, day(on));
    await recordChange(tx, SYNC, { entityType: 'Question', entityId: questionId, action: 'withdraw' });
  });
}

export async function alertWorld(db: PrismaClient) {
  const member = await createMember(db, { displayName: 'Edwina Asker' });
  const minister = await createMember(db, { displayName: 'Maria Answerer' });
  const department = await createDepartment(db, { name: 'Ministry of Alerts' });
  const other = await createDepartment(db, { name: 'Department of Quiet' });
  const topic = await db.topic.create({ data: { slug: 'drones-topic', name: 'Drones' } });
  return { member, minister, department, other, topic };
}
