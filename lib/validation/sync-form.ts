/**
 * The admin page's "start a sync" form. Dates are typed the UK way like every staff form and become the
 * sync's own parameters (lib/parliament/sync-params.ts), which the sync validates again.
 */
import { z } from '@/lib/validation/zod';
import { toIsoDate } from '@/lib/dates';
import { optionalUkDate } from './form-fields';

export const startSyncSchema = z
  .object({
    from: optionalUkDate('Tabled from'),
    to: optionalUkDate('Tabled to'),
    house: z.enum(['', 'commons', 'lords'], { message: 'House must be both, the Commons or the Lords' }).optional(),
    department: z
      .union([z.literal(''), z.coerce.number().int().positive()], { message: 'Choose a department from the list' })
      .optional()
      .transform((v) => (typeof v === 'number' ? v : null)),
  })
  .refine((f) => !f.to || f.from, { message: 'Give the first date too, or leave both blank to continue from the last run', path: ['from'] })
  .refine((f) => !f.to || !f.from || f.from <= f.to, { message: 'Tabled from must be on or before tabled to', path: ['to'] })
  .transform((f) => ({
    ...(f.from ? { from: toIsoDate(f.from) } : {}),
    ...(f.to ? { to: toIsoDate(f.to) } : {}),
    ...(f.house ? { house: f.house } : {}),
    ...(f.department ? { department: f.department } : {}),
  }));

export type StartSyncInput = z.output<typeof startSyncSchema>;
