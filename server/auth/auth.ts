import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins/admin';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements, userAc } from 'better-auth/plugins/admin/access';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { prisma } from '@/server/db';
import { authSecret } from './auth-secret';

/**
 * Accounts, passwords and sessions: better-auth (scrypt password hashes, sessions as database rows behind
 * a signed HTTP-only cookie, its admin plugin for roles and disabling accounts) on the app's own Prisma
 * client. Its HTTP routes are not mounted: sign-in, sign-out and account management go through Server
 * Actions (server/actions/*), so every write passes the app's own role checks, history and sign-in limits.
 * Self-registration is off: accounts are created by an admin or `npm run user:create`.
 */
const settings = readAuthSettings();

const ac = createAccessControl(defaultStatements);
const roles = { viewer: ac.newRole(userAc.statements), editor: ac.newRole(userAc.statements), admin: ac.newRole(adminAc.statements) };

export const auth = betterAuth({
  appName: 'Answerable',
  secret: authSecret(settings.secret),
  baseURL: settings.publicUrl,
  database: prismaAdapter(prisma, { provider: 'sqlite' }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 256 },
  session: { expiresIn: settings.sessionDays * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  // The app limits failed sign-ins itself, in the database (server/auth/sign-in-limits.ts): better-auth's
  // limiter only guards its HTTP routes, which are not mounted, and counts in process memory by default.
  rateLimit: { enabled: false },
  advanced: { useSecureCookies: settings.secureCookies, cookiePrefix: 'answerable' },
  telemetry: { enabled: false },
  plugins: [admin({ ac, roles, defaultRole: 'viewer', adminRoles: ['admin'] }), nextCookies()],
});
