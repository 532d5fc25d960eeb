import 'server-only';
import { createPrismaClient, type PrismaClient } from '@/lib/db/prisma-client';
import { textMatchFor, type TextMatch } from '@/lib/db/text-match';

// One client per process; in development, kept on globalThis so hot reloads do not open new handles.
const globalForPrisma = globalThis as unknown as { answerablePrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.answerablePrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.answerablePrisma = prisma;

/** Case-insensitive text filters for this database: `{ name: textMatch.contains(q) }` (lib/db/text-match.ts says why). */
export const textMatch: TextMatch = textMatchFor(prisma);
