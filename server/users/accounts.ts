/**
 * Creating accounts outside a request: `npm run user:create`, the demo accounts and the admin screens all
 * come here. The password is hashed with better-auth's own scrypt hasher and stored in the credential
 * account row exactly as better-auth's sign-up would, so better-auth signs these users in.
 * (No `server-only` import: the CLI and the seed run this under tsx, outside Next.)
 */
import { generateRandomString, hashPassword } from 'better-auth/crypto';
import type { Prisma } from '@/generated/prisma/client';
import type { NewAccount } from '@/lib/validation/account';
import { recordChange, type Actor, type ChangeInput } from '@/server/history/record-change';

type Tx = Prisma.TransactionClient;

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`An account with the email ${email} already exists`);
  }
}

/** Creates the user and its password login in the caller's transaction, with a history entry. */
/** `record`: a staff action's history recorder (so the action knows history was written); else recordChange. */
export async function createAccount(
  tx: Tx,
  input: NewAccount,
  actor: Actor,
  options: { isDemo?: boolean; record?: (change: ChangeInput) => Promise<number> } = {},
): Promise<{ id: string }> {
  const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new EmailTakenError(input.email);
  const id = generateRandomString(32, 'a-z', 'A-Z', '0-9');
  const now = new Date();
  await tx.user.create({
    data: { id, email: input.email, name: input.name, role: input.role, emailVerified: true, isDemo: options.isDemo ?? false, createdAt: now, updatedAt: now },
  });
  await tx.account.create({
    data: { id: generateRandomString(32, 'a-z', 'A-Z', '0-9'), accountId: id, providerId: 'credential', userId: id, password: await hashPassword(input.password), createdAt: now, updatedAt: now },
  });
  const record = options.record ?? ((change: ChangeInput) => recordChange(tx, actor, change));
  await record({
    entityType: 'User',
    entityId: id,
    action: 'create',
    summary: `${input.name} <${input.email}>`,
    after: { email: input.email, name: input.name, role: input.role, demo: options.isDemo ?? false },
  });
  return { id };
}
