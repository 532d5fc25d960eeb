/**
 * The three roles and what each may do. One rule, used by the server checks (server/auth/session.ts),
 * the staff-action wrapper and the pages that decide whether to show editing controls.
 */
import { z } from '@/lib/validation/zod';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES, { message: `Role must be one of: ${ROLES.join(', ')}` });

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Viewer',
  editor: 'Editor',
  admin: 'Admin',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: 'Reads everything; changes nothing.',
  editor: 'Creates, edits, links and deletes questions, answers, meetings, coverage and topics.',
  admin: 'Everything an editor does, and manages accounts and restores deleted records.',
};

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** A stored role string as a Role; anything unknown (or missing) reads as the least privileged. */
export function toRole(value: string | null | undefined): Role {
  return (ROLES as readonly string[]).includes(value ?? '') ? (value as Role) : 'viewer';
}

/** Whether someone holding `held` may do what needs `needed` (admins can do what editors can). */
export function hasRole(held: string | null | undefined, needed: Role): boolean {
  return RANK[toRole(held)] >= RANK[needed];
}
