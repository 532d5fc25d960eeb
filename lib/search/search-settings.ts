/**
 * Settings of the question search, read once from the environment and validated (a typo stops the
 * server with a message instead of silently lifting the limit):
 * - `SEARCH_DEADLINE_MS`: how long one search of the questions table or GET /api/v1/questions may
 *   run before it is stopped and the reader told so (default 2000). The costliest searches a reader
 *   can type (dozens of `pro*`-style prefixes OR'd together over a million questions) cost seconds of
 *   CPU each; ordinary ones stay under 0.1 s (BENCHMARKS.md), so 2 s stops only the former.
 */
import { z } from '@/lib/validation/zod';

export const DEFAULT_SEARCH_DEADLINE_MS = 2000;

const message = 'SEARCH_DEADLINE_MS must be a whole number of milliseconds from 10 to 600000';
const schema = z.object({
  SEARCH_DEADLINE_MS: z
    .string()
    .regex(/^\d{1,7}$/, message)
    .transform(Number)
    .pipe(z.number().int(message).min(10, message).max(600_000, message))
    .default(DEFAULT_SEARCH_DEADLINE_MS),
});

export interface SearchSettings {
  deadlineMs: number;
}

export function readSearchSettings(env: Partial<Record<string, string>> = process.env): SearchSettings {
  const parsed = schema.safeParse({ SEARCH_DEADLINE_MS: env.SEARCH_DEADLINE_MS?.trim() || undefined });
  if (!parsed.success) throw new Error(`Invalid setting: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
  return { deadlineMs: parsed.data.SEARCH_DEADLINE_MS };
}
