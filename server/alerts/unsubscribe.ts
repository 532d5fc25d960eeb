import 'server-only';
/**
 * The unsubscribe link in every alert email: works without signing in, the signed token standing in for
 * the session (lib/alerts/unsubscribe-token.ts). The removal runs through the same write path as the
 * /alerts page (executeStaffWrite: one transaction, history on the account), for the user the token
 * names, so an unsubscribe is recorded like any other change.
 */
import { toRole } from '@/lib/auth/roles';
import { verifyUnsubscribeToken, type UnsubscribeScope } from '@/lib/alerts/unsubscribe-token';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { z } from '@/lib/validation/zod';
import { authSecret } from '@/server/auth/auth-secret';
import { prisma } from '@/server/db';
import { executeStaffWrite } from '@/server/writes/execute-staff-write';
import { removeFollows } from './follow-writes';

const secret = () => authSecret(readAuthSettings().secret);

export interface UnsubscribeTarget {
  scope: UnsubscribeScope;
  userId: string;
  /** What stops: the follows the token covers (empty when already stopped). */
  follows: { id: number; label: string }[];
}

/** What a token would stop, or null when it is not a valid link. */
export async function findUnsubscribeTarget(token: string): Promise<UnsubscribeTarget | null> {
  const scope = verifyUnsubscribeToken(secret(), token);
  if (!scope) return null;
  if (scope.kind === 'follow') {
    const follow = await prisma.follow.findUnique({ where: { id: scope.followId }, select: { id: true, label: true, userId: true } });
    return { scope, userId: follow?.userId ?? '', follows: follow ? [{ id: follow.id, label: follow.label }] : [] };
  }
  const follows = await prisma.follow.findMany({ where: { userId: scope.userId, frequency: 'daily' }, select: { id: true, label: true } });
  return { scope, userId: scope.userId, follows };
}

export type UnsubscribeOutcome = { status: 'done'; labels: string[] } | { status: 'invalid' };

/** Stops what the token covers. Already stopped is "done" too (a second click, a mail scanner's POST). */
export async function unsubscribe(token: string): Promise<UnsubscribeOutcome> {
  const target = await findUnsubscribeTarget(token);
  if (!target) return { status: 'invalid' };
  if (target.follows.length === 0) return { status: 'done', labels: [] };
  const user = await prisma.user.findUnique({ where: { id: target.userId }, select: { id: true, name: true, email: true, role: true } });
  if (!user) return { status: 'done', labels: [] };
  let labels: string[] = [];
  const { state } = await executeStaffWrite(
    prisma,
    {
      role: 'viewer',
      schema: z.object({ ids: z.array(z.number().int()) }),
      run: async (input, ctx) => {
        labels = await removeFollows(input.ids, ctx, 'unsubscribe link in an email');
        return { message: 'Unsubscribed.' };
      },
    },
    { ids: target.follows.map((f) => f.id) },
    { id: user.id, name: user.name, email: user.email, role: toRole(user.role) },
  );
  // Removed meanwhile by another click: nothing left to stop, which is what was asked.
  return state.status === 'ok' ? { status: 'done', labels } : { status: 'done', labels: [] };
}
