/**
 * What a sync is asked to do, validated once with zod for the command line (`npm run sync -- …`) and the
 * admin page alike. Dates are `YYYY-MM-DD`; `--every` takes `30s`, `15m`, `2h`.
 */
import { parseCalendarDate } from '@/lib/dates';
import { z } from '@/lib/validation/zod';

const isoDate = (name: string) =>
  z
    .string({ error: `--${name} needs a date as YYYY-MM-DD` })
    .refine((v) => parseCalendarDate(v) !== null, { error: `--${name} must be a real date as YYYY-MM-DD, e.g. 2025-01-01` });

const DURATION = /^(\d+)(s|m|h)$/;

export const syncParamsSchema = z
  .object({
    from: isoDate('from').optional(),
    to: isoDate('to').optional(),
    house: z.enum(['commons', 'lords'], { error: '--house must be commons or lords' }).optional(),
    department: z.coerce.number({ error: '--department must be an answering-body id, e.g. 11 (Ministry of Defence)' }).int().positive({ error: '--department must be an answering-body id, e.g. 11 (Ministry of Defence)' }).optional(),
    every: z
      .string()
      .regex(DURATION, { error: '--every must be a duration such as 15m, 1h or 30s' })
      .refine((v) => durationMs(v) >= 10_000, { error: '--every must be at least 10s' })
      .optional(),
    pageSize: z.coerce.number({ error: '--page-size must be a whole number from 10 to 1000' }).int().min(10, { error: '--page-size must be from 10 to 1000' }).max(1000, { error: '--page-size must be from 10 to 1000' }).default(100),
  })
  .strict()
  .refine((p) => !p.to || p.from, { error: '--to needs --from', path: ['to'] })
  .refine((p) => !p.to || !p.from || p.from <= p.to, { error: '--from must be on or before --to', path: ['from'] });

export type SyncParams = z.output<typeof syncParamsSchema>;
export type SyncParamsInput = z.input<typeof syncParamsSchema>;

export function durationMs(value: string): number {
  const m = DURATION.exec(value);
  if (!m) return NaN;
  return Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

const FLAGS: Record<string, keyof SyncParams> = { '--from': 'from', '--to': 'to', '--house': 'house', '--department': 'department', '--every': 'every', '--page-size': 'pageSize' };

/** `["--from", "2025-01-01", "--house=lords"]` → validated params, or the messages to print (exit code 2). */
export function parseSyncArgs(argv: readonly string[]): { ok: true; params: SyncParams } | { ok: false; errors: string[] } {
  const raw: Record<string, string> = {};
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = FLAGS[flag];
    if (!key) {
      errors.push(`Unknown option ${flag}. Options: --from YYYY-MM-DD, --to YYYY-MM-DD, --house commons|lords, --department <id>, --every 15m, --page-size N`);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) {
      errors.push(`${flag} needs a value`);
      if (value !== undefined) i--;
      continue;
    }
    raw[key] = value;
  }
  if (errors.length) return { ok: false, errors };
  const parsed = syncParamsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => issue.message) };
  return { ok: true, params: parsed.data };
}
