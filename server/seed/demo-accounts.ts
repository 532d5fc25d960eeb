/**
 * Demo accounts, one per role, created only with the demo data (README lists them). Their passwords are
 * public, so they exist only where the demo data does; `isDemo` labels them on the admin screens.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import type { Role } from '@/lib/auth/roles';
import { createAccount } from '@/server/users/accounts';

export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role; password: string }[] = [
  { email: 'admin@demo.answerable.example', name: 'Demo Admin', role: 'admin', password: 'demo-admin-password' },
  { email: 'editor@demo.answerable.example', name: 'Demo Editor', role: 'editor', password: 'demo-editor-password' },
  { email: 'editor2@demo.answerable.example', name: 'Second Demo Editor', role: 'editor', password: 'demo-editor2-password' },
  { email: 'viewer@demo.answerable.example', name: 'Demo Viewer', role: 'viewer', password: 'demo-viewer-password' },
];

/** Creates whichever demo accounts are missing; returns how many it created. */
export async function seedDemoAccounts(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const exists = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    await prisma.$transaction((tx) => createAccount(tx, account, { id: null, name: 'seed' }, { isDemo: true }));
    created++;
  }
  return created;
}
