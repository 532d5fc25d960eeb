'use server';
/**
 * A signed-in user's own alerts (any role: viewers included). Through staffAction like every write:
 * same-site check, session, shared schema, one transaction with history (server/alerts/follow-writes.ts).
 * Each step touches only the caller's own follows.
 */
import { followFormSchema, followFrequencySchema, unfollowSchema } from '@/lib/alerts/follow';
import { changeFrequency, followTarget, removeFollows } from '@/server/alerts/follow-writes';
import { staffAction } from './staff-action';

export const follow = staffAction({ role: 'viewer', schema: followFormSchema, run: followTarget });

export const changeFollowFrequency = staffAction({ role: 'viewer', schema: followFrequencySchema, run: changeFrequency });

export const unfollow = staffAction({
  role: 'viewer',
  schema: unfollowSchema,
  run: async (input, ctx) => {
    const [label] = await removeFollows([input.id], ctx, 'removed on the alerts page');
    // The alert's row (and its form) goes from the page: the page itself says what stopped.
    return { message: `You no longer follow “${label}”.`, redirectTo: `/alerts?stopped=${encodeURIComponent(label ?? '')}` };
  },
});
