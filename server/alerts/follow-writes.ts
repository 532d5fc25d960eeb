/**
 * A user's own alerts: follow, change how often, stop. Each is a business step run inside the one write
 * path (staffAction for the signed-in user; the signed unsubscribe link runs the same path with the user
 * its token names, server/alerts/unsubscribe.ts): one transaction, history recorded. A follow is a setting
 * of the user's account, so its history is the account's ("User" entries, which only admins read): it
 * is not written on the followed question, where editors would see who follows what.
 */
import type { Prisma } from '@/generated/prisma/client';
import { FREQUENCY_LABELS, KIND_LABELS, type FollowFrequency, type FollowKind } from '@/lib/alerts/follow';
import { questionLabel } from '@/lib/question-label';
import { PARAM_LABELS, parseQuestionQuery, questionQueryToSearchParams } from '@/lib/validation/question-query';
import type { StaffContext, StaffOutcome } from '@/server/writes/execute-staff-write';
import { FormError, NotFoundError } from '@/server/writes/execute-staff-write';

type Tx = Prisma.TransactionClient;

/** The saved form of a table search: its filters and words only (no page, size, order or columns). */
export function canonicalSearch(queryString: string): { ok: true; query: string; label: string } | { ok: false; message: string } {
  const parsed = parseQuestionQuery(new URLSearchParams(queryString));
  if (!parsed.ok) return parsed;
  const query = questionQueryToSearchParams({ ...parsed.query, sort: undefined, dir: undefined, page: 1, size: undefined, hide: undefined }).toString();
  if (!query) return { ok: false, message: 'Search for something or choose a filter first: following every question would send an email for each one.' };
  // "drones · Department: ministry-of-defence · Status: answered": the words, then each filter as the table names it.
  const parts = [...new URLSearchParams(query)].map(([key, value]) => (key === 'q' ? value : `${PARAM_LABELS[key as keyof typeof PARAM_LABELS] ?? key}: ${value}`));
  const label = parts.join(' · ');
  return { ok: true, query, label: label.length > 150 ? `${label.slice(0, 149)}…` : label };
}

/** The followed record's id (as stored) and a readable label; FormError when it does not exist. */
async function resolveTarget(tx: Tx, kind: FollowKind, target: string): Promise<{ targetId: string; label: string }> {
  const missing = () => new NotFoundError(`That ${KIND_LABELS[kind].toLowerCase()} no longer exists: nothing was followed.`);
  switch (kind) {
    case 'question': {
      const q = /^\d{1,10}$/.test(target) ? await tx.question.findUnique({ where: { id: Number(target) }, select: { id: true, house: true, uin: true, dateTabled: true, heading: true } }) : null;
      if (!q) throw missing();
      return { targetId: String(q.id), label: `${questionLabel(q)}: ${q.heading}`.slice(0, 200) };
    }
    case 'member': {
      const m = await tx.member.findUnique({ where: { slug: target }, select: { id: true, displayName: true } });
      if (!m) throw missing();
      return { targetId: String(m.id), label: m.displayName };
    }
    case 'department': {
      const d = await tx.department.findUnique({ where: { slug: target }, select: { id: true, name: true } });
      if (!d) throw missing();
      return { targetId: String(d.id), label: d.name };
    }
    case 'topic': {
      const t = await tx.topic.findUnique({ where: { slug: target }, select: { id: true, name: true } });
      if (!t) throw missing();
      return { targetId: String(t.id), label: t.name };
    }
    case 'search': {
      const search = canonicalSearch(target);
      if (!search.ok) throw new FormError(search.message);
      return { targetId: search.query, label: search.label };
    }
  }
}

const sentence = (frequency: FollowFrequency) => (frequency === 'daily' ? 'in a daily digest' : 'by email as soon as it happens');

export async function followTarget(input: { kind: FollowKind; target: string; frequency: FollowFrequency }, { tx, user, record }: StaffContext): Promise<StaffOutcome> {
  const { targetId, label } = await resolveTarget(tx, input.kind, input.target);
  const existing = await tx.follow.findUnique({ where: { userId_kind_targetId: { userId: user.id, kind: input.kind, targetId } } });
  const follow = existing
    ? await tx.follow.update({ where: { id: existing.id }, data: { frequency: input.frequency, label } })
    : await tx.follow.create({ data: { userId: user.id, kind: input.kind, targetId, label, frequency: input.frequency } });
  await record({
    entityType: 'User',
    entityId: user.id,
    action: existing ? 'update' : 'link',
    summary: `${existing ? 'Alert changed' : 'Follows'}: ${KIND_LABELS[input.kind]} “${label}”`,
    before: existing ? { follow: existing.label, frequency: existing.frequency } : undefined,
    after: { follow: follow.label, kind: follow.kind, frequency: follow.frequency },
  });
  return { message: `Following “${label}”: you will hear of new questions and answers ${sentence(input.frequency)}.` };
}

async function ownFollow(tx: Tx, id: number, userId: string) {
  const follow = await tx.follow.findUnique({ where: { id } });
  // Someone else's alert reads as missing: its existence is not theirs to learn.
  if (!follow || follow.userId !== userId) throw new NotFoundError('That alert no longer exists: it may have been removed already.');
  return follow;
}

export async function changeFrequency(input: { id: number; frequency: FollowFrequency }, { tx, user, record }: StaffContext): Promise<StaffOutcome> {
  const follow = await ownFollow(tx, input.id, user.id);
  if (follow.frequency === input.frequency) return { message: `Alerts for “${follow.label}” already come ${sentence(input.frequency)}.` };
  await tx.follow.update({ where: { id: follow.id }, data: { frequency: input.frequency } });
  await record({ entityType: 'User', entityId: user.id, action: 'update', summary: `Alert changed: “${follow.label}”`, before: { follow: follow.label, frequency: follow.frequency }, after: { follow: follow.label, frequency: input.frequency } });
  return { message: `Alerts for “${follow.label}”: ${FREQUENCY_LABELS[input.frequency].toLowerCase()}.` };
}

export async function removeFollows(ids: number[], { tx, user, record }: StaffContext, how: string): Promise<string[]> {
  const labels: string[] = [];
  for (const id of ids) {
    const follow = await ownFollow(tx, id, user.id);
    await tx.follow.delete({ where: { id: follow.id } });
    await record({ entityType: 'User', entityId: user.id, action: 'unlink', summary: `No longer follows (${how}): ${KIND_LABELS[follow.kind as FollowKind] ?? follow.kind} “${follow.label}”`, before: { follow: follow.label, kind: follow.kind, frequency: follow.frequency } });
    labels.push(follow.label);
  }
  return labels;
}
