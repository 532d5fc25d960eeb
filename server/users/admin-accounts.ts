// No `server-only` import: the admin-rule tests run these against a real SQLite file outside Next.
/**
 * The admin screens' account changes, in the staff action's transaction with its history recorder.
 * Disabling sets better-auth's admin-plugin `banned` flag and deletes the account's session rows in the
 * same transaction, so its sessions stop working on the next request (sessions are looked up in the
 * database on every request: no cookie cache). `auth.api.banUser` would do the same outside our
 * transaction and without our history, so the rows are written here.
 */
import { generateRandomString, hashPassword } from 'better-auth/crypto';
import type { Prisma } from '@/generated/prisma/client';
import { selfLockoutRefusal } from '@/lib/auth/admin-rules';
import { toRole, type Role } from '@/lib/auth/roles';
import type { ChangeInput } from '@/server/history/record-change';

type Tx = Prisma.TransactionClient;
type Recorder = (change: ChangeInput) => Promise<number>;

/** An expected refusal (the form shows the message). */
export class AccountRefusal extends Error {}

async function target(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new AccountRefusal('This account no longer exists.');
  return user;
}

const summary = (u: { name: string; email: string }) => `${u.name} <${u.email}>`;

export async function changeRole(tx: Tx, record: Recorder, actorId: string, userId: string, role: Role): Promise<string> {
  const refusal = selfLockoutRefusal(actorId, userId, { kind: 'role', role });
  if (refusal) throw new AccountRefusal(refusal);
  const user = await target(tx, userId);
  const before = toRole(user.role);
  if (before === role) throw new AccountRefusal(`${user.name} is already ${role === 'viewer' ? 'a' : 'an'} ${role}: nothing changed.`);
  await tx.user.update({ where: { id: userId }, data: { role } });
  await record({ entityType: 'User', entityId: userId, action: 'update', summary: summary(user), before: { role: before }, after: { role } });
  return `${user.name} is now ${role === 'viewer' ? 'a' : 'an'} ${role}.`;
}

export async function setDisabled(tx: Tx, record: Recorder, actorId: string, userId: string, disabled: boolean): Promise<string> {
  if (disabled) {
    const refusal = selfLockoutRefusal(actorId, userId, { kind: 'disable' });
    if (refusal) throw new AccountRefusal(refusal);
  }
  const user = await target(tx, userId);
  if (Boolean(user.banned) === disabled) throw new AccountRefusal(`${user.name}’s account is already ${disabled ? 'disabled' : 'enabled'}: nothing changed.`);
  await tx.user.update({ where: { id: userId }, data: disabled ? { banned: true, banReason: 'Disabled by an admin', banExpires: null } : { banned: false, banReason: null, banExpires: null } });
  const { count } = disabled ? await tx.session.deleteMany({ where: { userId } }) : { count: 0 };
  await record({ entityType: 'User', entityId: userId, action: 'update', summary: summary(user), before: { disabled: !disabled }, after: { disabled, ...(count ? { sessionsEnded: count } : {}) } });
  return disabled ? `${user.name}’s account is disabled and signed out everywhere.` : `${user.name}’s account is enabled again.`;
}

export async function setPassword(tx: Tx, record: Recorder, actorId: string, userId: string, password: string): Promise<string> {
  const user = await target(tx, userId);
  const hash = await hashPassword(password);
  const { count } = await tx.account.updateMany({ where: { userId, providerId: 'credential' }, data: { password: hash, updatedAt: new Date() } });
  if (count === 0) {
    const now = new Date();
    await tx.account.create({ data: { id: generateRandomString(32, 'a-z', 'A-Z', '0-9'), accountId: userId, providerId: 'credential', userId, password: hash, createdAt: now, updatedAt: now } });
  }
  // Someone else's sessions end (the old password may be known to whoever holds them); one's own stay.
  const ended = userId === actorId ? 0 : (await tx.session.deleteMany({ where: { userId } })).count;
  await record({ entityType: 'User', entityId: userId, action: 'update', summary: summary(user), after: { password: 'set by an admin', ...(ended ? { sessionsEnded: ended } : {}) } });
  return `A new password is set for ${user.name}.${ended ? ' Their sessions have ended.' : ''}`;
}

/** A one-time password an admin passes on (mail is not set up): 20 characters, about 119 bits. */
export function oneTimePassword(): string {
  return generateRandomString(20, 'a-z', 'A-Z', '0-9');
}
