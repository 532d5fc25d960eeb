import 'server-only';
import { createPrismaClient, type PrismaClient } from '@/lib/db/prisma-client';

// One client per process; in development, kept on globalThis so hot reloads do not open new handles.
const globalForPrisma = globalThis as unknown as { answerablePrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.answerablePrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.answerablePrisma = prisma;
