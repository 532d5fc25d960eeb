import 'server-only';
import { headers } from 'next/headers';
import { forbidden, unauthorized } from 'next/navigation';
import { cache } from 'react';
import { hasRole, toRole, type Role } from '@/lib/auth/roles';
import { auth } from './auth';

/** The signed-in user as pages and actions see them: plain values, never the session token. */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * Who is signed in for this request, or null. Reads the session row through better-auth (so an expired,
 * revoked or disabled account is signed out at once) and is cached for the rest of the request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() }).catch(() => null);
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string | null; banned?: boolean | null };
  if (user.banned) return null;
  return { id: user.id, name: user.name, email: user.email, role: toRole(user.role) };
});

/**
 * The signed-in user if they hold `role`; otherwise the request ends with 401 (not signed in) or 403
 * (signed in without the role). Every action and route that changes data calls this on the server.
 */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  if (!hasRole(user.role, role)) forbidden();
  return user;
}

/** Whether the current reader may edit: decides whether editing controls are rendered at all. */
export async function canEdit(): Promise<boolean> {
  const user = await getCurrentUser();
  return user !== null && hasRole(user.role, 'editor');
}
