import 'server-only';
import { hasRole } from '@/lib/auth/roles';
import type { AssignQuestionInput } from '@/lib/validation/work-queue';
import { FormError, NotFoundError, type StaffContext } from '@/server/writes/execute-staff-write';

const house = (h: string) => (h === 'LORDS' ? 'Lords' : 'Commons');

/**
 * Assigns a question to a staff account (an editor or admin who is not disabled), or unassigns it; one
 * assignee per question. Recorded as `assign` in the question's history with who it was and is assigned to.
 * Assigning it to whoever has it already changes nothing and says so.
 */
export async function setQuestionAssignment({ tx, record, user }: Pick<StaffContext, 'tx' | 'record' | 'user'>, input: AssignQuestionInput): Promise<{ message: string }> {
  const question = await tx.question.findUnique({
    where: { id: input.questionId },
    select: { id: true, house: true, uin: true, heading: true, assignment: { select: { user: { select: { id: true, name: true } } } } },
  });
  if (!question) throw new NotFoundError('This question no longer exists: it may have been deleted.');
  const label = `${house(question.house)} ${question.uin}: ${question.heading}`;
  const current = question.assignment?.user ?? null;
  const assigneeId = input.assignee === 'me' ? user.id : input.assignee;

  if (!assigneeId) {
    if (!current) throw new FormError('This question is not assigned to anyone: nothing changed.');
    await tx.questionAssignment.delete({ where: { questionId: question.id } });
    await record({ entityType: 'Question', entityId: question.id, action: 'assign', summary: label, before: { assignee: current }, after: { assignee: null } });
    return { message: `Unassigned ${question.uin} (was ${current.id === user.id ? 'you' : current.name}).` };
  }

  const assignee = await tx.user.findUnique({ where: { id: assigneeId }, select: { id: true, name: true, role: true, banned: true } });
  if (!assignee || assignee.banned || !hasRole(assignee.role, 'editor')) {
    throw new FormError('Check the highlighted fields: nothing was saved.', { assignee: ['Choose an editor or admin from the list'] });
  }
  const who = assignee.id === user.id ? 'you' : assignee.name;
  if (current?.id === assignee.id) throw new FormError(`${question.uin} is already assigned to ${who}: nothing changed.`);
  const data = { userId: assignee.id, assignedById: user.id, assignedAt: new Date() };
  await tx.questionAssignment.upsert({ where: { questionId: question.id }, create: { questionId: question.id, ...data }, update: data });
  await record({
    entityType: 'Question',
    entityId: question.id,
    action: 'assign',
    summary: label,
    before: { assignee: current },
    after: { assignee: { id: assignee.id, name: assignee.name } },
  });
  return { message: `Assigned ${question.uin} to ${who}.` };
}
