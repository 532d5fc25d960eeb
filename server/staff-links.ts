import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { toIsoDate } from '@/lib/dates';
import { FormError } from '@/server/actions/staff-action';

type Tx = Prisma.TransactionClient;

/**
 * Helpers shared by the meeting and coverage writes: pickers send addresses (slugs) or ids, which are
 * resolved inside the write's transaction, and each side of a link is named the same way in the history.
 */
export const CHECK_FIELDS = 'Check the highlighted fields: nothing was saved.';

/** Members by address, in the order given; a missing one is a field error on `field`. */
export async function resolveMembers(tx: Tx, slugs: string[], field: string): Promise<{ id: number; slug: string; displayName: string }[]> {
  if (slugs.length === 0) return [];
  const rows = await tx.member.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, displayName: true } });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const missing = slugs.filter((s) => !bySlug.has(s));
  if (missing.length) throw new FormError(CHECK_FIELDS, { [field]: [`No member has the address “${missing.join('”, “')}”: choose from the suggestions`] });
  return slugs.map((s) => bySlug.get(s)!);
}

/** Topics by address, in the order given; a missing one is a field error on `field`. */
export async function resolveTopics(tx: Tx, slugs: string[], field: string): Promise<{ id: number; slug: string; name: string }[]> {
  if (slugs.length === 0) return [];
  const rows = await tx.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, name: true } });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const missing = slugs.filter((s) => !bySlug.has(s));
  if (missing.length) throw new FormError(CHECK_FIELDS, { [field]: [`No topic has the address “${missing.join('”, “')}”: choose from the suggestions`] });
  return slugs.map((s) => bySlug.get(s)!);
}

const QUESTION_LABEL_SELECT = { id: true, house: true, uin: true, heading: true, dateTabled: true } as const satisfies Prisma.QuestionSelect;
type QuestionLabelRecord = Prisma.QuestionGetPayload<{ select: typeof QUESTION_LABEL_SELECT }>;

/** "Commons 8024 (2025-03-13): Defence: Procurement": how the history names a question. */
export function questionLabel(q: QuestionLabelRecord): string {
  return `${q.house === 'LORDS' ? 'Lords' : 'Commons'} ${q.uin} (${toIsoDate(q.dateTabled)}): ${q.heading}`;
}

/** Questions by id, in the order given; a missing one is a field error on `field`. */
export async function resolveQuestions(tx: Tx, ids: number[], field: string): Promise<(QuestionLabelRecord & { label: string })[]> {
  if (ids.length === 0) return [];
  const rows = await tx.question.findMany({ where: { id: { in: ids } }, select: QUESTION_LABEL_SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (ids.some((id) => !byId.has(id))) throw new FormError(CHECK_FIELDS, { [field]: ['A chosen question no longer exists: remove it and choose again'] });
  return ids.map((id) => ({ ...byId.get(id)!, label: questionLabel(byId.get(id)!) }));
}

/** What was added and what was removed between two lists of ids. */
export function diffIds(before: number[], after: number[]): { added: number[]; removed: number[] } {
  const was = new Set(before);
  const now = new Set(after);
  return { added: after.filter((id) => !was.has(id)), removed: before.filter((id) => !now.has(id)) };
}

/**
 * Keeps a field's "not reported" flag only while its placeholder value is left as it was: once an editor
 * types a value, the source is the editor and the value is reported.
 */
export function keptUnreported(flags: Set<string>, unchanged: Record<string, boolean>): string | null {
  const kept = [...flags].filter((field) => unchanged[field] ?? true);
  return kept.length ? kept.join(',') : null;
}
