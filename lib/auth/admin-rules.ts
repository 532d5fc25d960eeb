/**
 * What an admin may not do to their own account, so the site is never left without an admin: remove
 * their own admin role, or disable themself. (Every other admin change is allowed; the admin making it
 * remains an admin, so there is always at least one.)
 */
import type { Role } from './roles';

export type SelfChange = { kind: 'role'; role: Role } | { kind: 'disable' };

/** The refusal message, or null when the change is allowed. */
export function selfLockoutRefusal(actorId: string, targetId: string, change: SelfChange): string | null {
  if (actorId !== targetId) return null;
  if (change.kind === 'disable') return 'You cannot disable your own account: ask another admin.';
  if (change.role !== 'admin') return 'You cannot remove your own admin role: ask another admin, so the site always keeps one.';
  return null;
}
