import 'server-only';
import { toRole, type Role } from '@/lib/auth/roles';
import { prisma } from '@/server/db';

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  isDemo: boolean;
  createdAt: Date;
  /** When the account last used a session (sessions are renewed daily while used); null if never signed in. */
  lastSeen: Date | null;
}

const select = {
  id: true, name: true, email: true, role: true, banned: true, isDemo: true, createdAt: true,
  sessions: { select: { updatedAt: true }, orderBy: { updatedAt: 'desc' }, take: 1 },
} as const;

type Selected = { id: string; name: string; email: string; role: string | null; banned: boolean | null; isDemo: boolean; createdAt: Date; sessions: { updatedAt: Date }[] };

const toRow = (u: Selected): AccountRow => ({
  id: u.id, name: u.name, email: u.email, role: toRole(u.role), disabled: Boolean(u.banned), isDemo: u.isDemo, createdAt: u.createdAt, lastSeen: u.sessions[0]?.updatedAt ?? null,
});

/** Every account, by name. Staff numbers are small: no paging. */
export async function listAccounts(): Promise<AccountRow[]> {
  return (await prisma.user.findMany({ select, orderBy: [{ name: 'asc' }, { email: 'asc' }] })).map(toRow);
}

export async function getAccount(id: string): Promise<AccountRow | null> {
  const user = await prisma.user.findUnique({ where: { id }, select });
  return user ? toRow(user) : null;
}
