/**
 * What `npm run db:seed` does, as a function the tests can run: the seed case, then demo data.
 * Idempotent: the seed case is upserted on natural keys; demo data already loaded at the requested
 * size is left alone, anything else (another size, a half-finished load) is cleared and regenerated.
 * Script-side code (run by tsx outside Next), so no `server-only`.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { DEFAULT_DEMO_SEED, clearDemoData, countDemoQuestions, generateDemoData, type DemoDataSummary } from '@/lib/demo/write-demo-data';
import { seedDemoAccounts } from './demo-accounts';
import { loadSeedCase, type SeedCaseIds } from './seed-case';

export const DEFAULT_DEMO_QUESTIONS = 400;

export interface SeedOptions {
  questions?: number;
  seed?: string;
  /** Last day of the demo (UTC midnight); defaults to today in London. */
  today?: Date;
}

export interface SeedResult {
  seedCase: SeedCaseIds;
  /** null when demo data of the requested size was already there. */
  demo: DemoDataSummary | null;
  replacedDemoQuestions: number;
}

export async function seedDatabase(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const questions = options.questions ?? DEFAULT_DEMO_QUESTIONS;
  const seedCase = await loadSeedCase(prisma);
  // Demo accounts come with the demo data and only with it (their passwords are in the README).
  if (questions > 0) await seedDemoAccounts(prisma);
  const existing = await countDemoQuestions(prisma);
  if (existing === questions) return { seedCase, demo: null, replacedDemoQuestions: 0 };
  if (existing > 0) await clearDemoData(prisma);
  const demo = await generateDemoData(prisma, { questions, seed: options.seed ?? DEFAULT_DEMO_SEED, today: options.today });
  return { seedCase, demo, replacedDemoQuestions: existing };
}
