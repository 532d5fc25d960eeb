/**
 * The sync's settings, read here and nowhere else and validated on first use (the pattern of
 * lib/site-url.ts): a malformed value stops the sync with a message naming the setting.
 *
 * - `PARLIAMENT_QUESTIONS_API_URL` (default the live Written Questions API) and `PARLIAMENT_MEMBERS_API_URL`
 *   (default the live Members API): base URLs ending in `/api`; tests and mirrors point them elsewhere.
 * - `PARLIAMENT_API_CONCURRENCY` (default 4): requests in flight at once, the politeness limit.
 * - `PARLIAMENT_API_TIMEOUT_MS` (default 30000): a request that has not answered by then is retried.
 */
import { z } from '@/lib/validation/zod';

export const LIVE_QUESTIONS_API_URL = 'https://questions-statements-api.parliament.uk/api';
export const LIVE_MEMBERS_API_URL = 'https://members-api.parliament.uk/api';

const baseUrl = (name: string, fallback: string) =>
  z
    .url({ protocol: /^https?$/, error: `${name} must be an http(s) address such as ${fallback}` })
    .default(fallback)
    .transform((value) => value.replace(/\/+$/, ''));

const settingsSchema = z.object({
  PARLIAMENT_QUESTIONS_API_URL: baseUrl('PARLIAMENT_QUESTIONS_API_URL', LIVE_QUESTIONS_API_URL),
  PARLIAMENT_MEMBERS_API_URL: baseUrl('PARLIAMENT_MEMBERS_API_URL', LIVE_MEMBERS_API_URL),
  PARLIAMENT_API_CONCURRENCY: z.coerce.number({ error: 'PARLIAMENT_API_CONCURRENCY must be a whole number from 1 to 32' }).int().min(1).max(32).default(4),
  PARLIAMENT_API_TIMEOUT_MS: z.coerce.number({ error: 'PARLIAMENT_API_TIMEOUT_MS must be a number of milliseconds' }).int().min(100).max(600_000).default(30_000),
});

export interface ParliamentSettings {
  questionsUrl: string;
  membersUrl: string;
  concurrency: number;
  timeoutMs: number;
}

/** The settings from `env` (blank values count as unset). Throws an Error naming the bad setting. */
export function readParliamentSettings(env: Partial<Record<string, string>> = process.env): ParliamentSettings {
  const picked = Object.fromEntries(Object.keys(settingsSchema.shape).map((key) => [key, env[key]?.trim() || undefined]));
  const parsed = settingsSchema.safeParse(picked);
  if (!parsed.success) throw new Error(`Invalid setting: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const s = parsed.data;
  return { questionsUrl: s.PARLIAMENT_QUESTIONS_API_URL, membersUrl: s.PARLIAMENT_MEMBERS_API_URL, concurrency: s.PARLIAMENT_API_CONCURRENCY, timeoutMs: s.PARLIAMENT_API_TIMEOUT_MS };
}
