/**
 * Settings of the production server's fair sharing (lib/http/fair-share.ts) and diagnostics, read once
 * from the environment and validated (a typo stops the server with a message rather than silently
 * removing a limit):
 * - `FAIR_SEARCHES_PER_CLIENT`: searches one client may have rendering at once, counting only those the
 *   page cache cannot answer (results pages with a search or filters, and /api/v1/questions); 0: no limit.
 * - `FAIR_EXPORTS_PER_CLIENT`: exports (/questions/export.csv|json) one client may have running at once; 0: no limit.
 * - `FAIR_EXPORTS_SITE`: exports running at once on the whole site, every process together; 0: no limit.
 *   By default half the server processes (at least one): an export runs flat out, so this leaves at least
 *   half the machine to readers (with two exports on two processes, readers' p99 went up 4.6× in
 *   bench:abuse; with one, 1.3×).
 * - `FAIR_HOLD_S`: the longest an export is counted (a search: at most a minute). A process that dies
 *   mid-request never gives its places back, so they come back on their own after this long.
 * - `DIAGNOSTIC_HEADERS`: `1` (or true/yes) sends `x-answerable-cache: hit|stale|miss` (tests, benchmarks).
 */
import { z } from '../validation/zod';

const count = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0 (no limit) or more`)
    .max(10_000, `${name} must be at most 10000`);

const schema = z.object({
  FAIR_SEARCHES_PER_CLIENT: count('FAIR_SEARCHES_PER_CLIENT').default(2),
  FAIR_EXPORTS_PER_CLIENT: count('FAIR_EXPORTS_PER_CLIENT').default(1),
  FAIR_EXPORTS_SITE: count('FAIR_EXPORTS_SITE').optional(),
  FAIR_HOLD_S: z.coerce
    .number({ message: 'FAIR_HOLD_S must be a whole number of seconds' })
    .int('FAIR_HOLD_S must be a whole number of seconds')
    .min(10, 'FAIR_HOLD_S must be at least 10')
    .max(86_400, 'FAIR_HOLD_S must be at most 86400 (a day)')
    .default(600),
  DIAGNOSTIC_HEADERS: z
    .enum(['1', '0', 'true', 'false', 'yes', 'no'], { message: 'DIAGNOSTIC_HEADERS must be 1 or 0' })
    .default('0')
    .transform((v) => v === '1' || v === 'true' || v === 'yes'),
});

export interface FairSettings {
  /** 0: no limit (likewise below). */
  searchesPerClient: number;
  exportsPerClient: number;
  exportsSite: number;
  holdS: number;
  diagnosticHeaders: boolean;
}

/** `workers`: the server processes (for the default site-wide export cap). */
export function readFairSettings(env: Partial<Record<string, string>> = process.env, { workers = 1 }: { workers?: number } = {}): FairSettings {
  const blank = (v: string | undefined) => (v?.trim() ? v.trim().toLowerCase() : undefined);
  const names = ['FAIR_SEARCHES_PER_CLIENT', 'FAIR_EXPORTS_PER_CLIENT', 'FAIR_EXPORTS_SITE', 'FAIR_HOLD_S', 'DIAGNOSTIC_HEADERS'] as const;
  const parsed = schema.safeParse(Object.fromEntries(names.map((name) => [name, blank(env[name])])));
  if (!parsed.success) throw new Error(`Invalid setting: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
  const d = parsed.data;
  return {
    searchesPerClient: d.FAIR_SEARCHES_PER_CLIENT,
    exportsPerClient: d.FAIR_EXPORTS_PER_CLIENT,
    exportsSite: d.FAIR_EXPORTS_SITE ?? Math.max(1, Math.floor(workers / 2)),
    holdS: d.FAIR_HOLD_S,
    diagnosticHeaders: d.DIAGNOSTIC_HEADERS,
  };
}
