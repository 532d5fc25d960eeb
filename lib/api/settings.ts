/**
 * Settings of the public API, read once from the environment and validated (a typo stops with a
 * message rather than silently removing the limit):
 * - `API_RATE_LIMIT`: requests one client address may make to /api/v1 per window (default 300; 0 turns the limit off).
 * - `API_RATE_LIMIT_WINDOW_S`: the window in seconds (default 60).
 */
import { z } from '@/lib/validation/zod';

const schema = z.object({
  API_RATE_LIMIT: z.coerce.number({ message: 'API_RATE_LIMIT must be a whole number' }).int('API_RATE_LIMIT must be a whole number').min(0, 'API_RATE_LIMIT must be 0 (no limit) or more').max(1_000_000, 'API_RATE_LIMIT must be at most 1000000').default(300),
  API_RATE_LIMIT_WINDOW_S: z.coerce.number({ message: 'API_RATE_LIMIT_WINDOW_S must be a whole number of seconds' }).int('API_RATE_LIMIT_WINDOW_S must be a whole number of seconds').min(1, 'API_RATE_LIMIT_WINDOW_S must be at least 1').max(86_400, 'API_RATE_LIMIT_WINDOW_S must be at most 86400 (a day)').default(60),
});

export interface ApiSettings {
  /** 0: no limit. */
  rateLimit: number;
  rateWindowS: number;
}

export function readApiSettings(env: Partial<Record<string, string>> = process.env): ApiSettings {
  const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const parsed = schema.safeParse({ API_RATE_LIMIT: blank(env.API_RATE_LIMIT), API_RATE_LIMIT_WINDOW_S: blank(env.API_RATE_LIMIT_WINDOW_S) });
  if (!parsed.success) throw new Error(`Invalid setting: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
  return { rateLimit: parsed.data.API_RATE_LIMIT, rateWindowS: parsed.data.API_RATE_LIMIT_WINDOW_S };
}
