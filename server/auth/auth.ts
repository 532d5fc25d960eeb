import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins/admin';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements, userAc } from 'better-auth/plugins/admin/access';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { clientDialect } from '@/lib/db/prisma-client';
import { prisma } from '@/server/db';
import { authSecret } from './auth-secret';
import { sendConfirmationMail, signUpEnabled } from './sign-up';

/**
 * Accounts, passwords and sessions: better-auth (scrypt password hashes, sessions as database rows behind
 * a signed HTTP-only cookie, its admin plugin for roles and disabling accounts) on the app's own Prisma
 * client. Its HTTP routes are not mounted: sign-in, sign-out and account management go through Server
 * Actions (server/actions/*), so every write passes the app's own role checks, history and sign-in limits.
 * Readers may register themselves (role viewer) with email confirmation while mail is set up and the site
 * is public (server/auth/sign-up.ts); staff accounts are created by an admin or `npm run user:create`.
 */
const settings = readAuthSettings();

const ac = createAccessControl(defaultStatements);
const roles = { viewer: ac.newRole(userAc.statements), editor: ac.newRole(userAc.statements), admin: ac.newRole(adminAc.statements) };

export const auth = betterAuth({
  appName: 'Answerable',
  secret: authSecret(settings.secret),
  baseURL: settings.publicUrl,
  database: prismaAdapter(prisma, { provider: clientDialect(prisma) }),
  // A new account cannot sign in until its address is confirmed (existing staff accounts are created
  // confirmed); sign-up answers the same whether or not the address is taken.
  emailAndPassword: { enabled: true, disableSignUp: !signUpEnabled(), requireEmailVerification: true, minPasswordLength: 10, maxPasswordLength: 256 },
  emailVerification: { sendOnSignUp: true, sendOnSignIn: false, autoSignInAfterVerification: false, expiresIn: 60 * 60, sendVerificationEmail: sendConfirmationMail },
  session: { expiresIn: settings.sessionDays * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  // The app limits failed sign-ins itself, in the database (server/auth/sign-in-limits.ts): better-auth's
  // limiter only guards its HTTP routes, which are not mounted, and counts in process memory by default.
  rateLimit: { enabled: false },
  advanced: { useSecureCookies: settings.secureCookies, cookiePrefix: 'answerable' },
  telemetry: { enabled: false },
  plugins: [admin({ ac, roles, defaultRole: 'viewer', adminRoles: ['admin'] }), nextCookies()],
});
