/**
 * What can be followed and how often alerts come: shared by the follow forms, their actions, the
 * /alerts page and the sender.
 */
import { z } from '@/lib/validation/zod';
import { recordId } from '@/lib/validation/form-fields';

export const FOLLOW_KINDS = ['question', 'member', 'department', 'topic', 'search'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

export const FOLLOW_FREQUENCIES = ['immediate', 'daily'] as const;
export type FollowFrequency = (typeof FOLLOW_FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<FollowFrequency, string> = {
  immediate: 'At once',
  daily: 'Daily digest',
};

export const KIND_LABELS: Record<FollowKind, string> = {
  question: 'Question',
  member: 'Member',
  department: 'Department',
  topic: 'Topic',
  search: 'Search',
};

const frequency = z.enum(FOLLOW_FREQUENCIES, { message: 'Choose “At once” or “Daily digest”' });

/** Follow a record (by id or slug, resolved on the server) or the current table search (its query string). */
export const followFormSchema = z.object({
  kind: z.enum(FOLLOW_KINDS, { message: 'Choose what to follow' }),
  target: z.string().trim().min(1, 'Nothing to follow was named').max(2000, 'That search is too long to follow'),
  frequency: frequency.default('immediate'),
});

export const followFrequencySchema = z.object({ id: recordId('Alert'), frequency });
export const unfollowSchema = z.object({ id: recordId('Alert') });

/** A stored frequency as one of the two; anything else reads as immediate. */
export function toFollowFrequency(value: string): FollowFrequency {
  return value === 'daily' ? 'daily' : 'immediate';
}
