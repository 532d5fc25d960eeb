/**
 * Building blocks for the staff forms' zod schemas (lib/validation/<entity>-form.ts): the same rules in
 * forms, Server Actions, imports and the API. Messages name the field and say what is wrong.
 */
import { z } from '@/lib/validation/zod';
import { parseUkDate } from '@/lib/dates';

/** Required text, trimmed, with a length limit. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ message: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`);

/** Optional text: blank becomes null. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .optional()
    .transform((v) => (v ? v : null));

/** A calendar date in UK form ("11/03/2025", "11 March 2025") or ISO from a date picker; UTC midnight. */
export const ukDate = (label: string) =>
  z.string({ message: `${label} is required` }).transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: 'custom', message: `${label} is required` });
      return z.NEVER;
    }
    const date = parseUkDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `${label} must be a real date, day first, e.g. 11/03/2025 or 11 March 2025` });
      return z.NEVER;
    }
    if (date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 2200) {
      ctx.addIssue({ code: 'custom', message: `${label} must be between 1900 and 2200` });
      return z.NEVER;
    }
    return date;
  });

/** An optional calendar date: blank is null. */
export const optionalUkDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value?.trim()) return null;
      const date = parseUkDate(value);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a real date, day first, e.g. 11/03/2025 or 11 March 2025` });
        return z.NEVER;
      }
      return date;
    });

/** A record id from a hidden field or a picker. */
export const recordId = (label: string) =>
  z.coerce.number({ message: `${label} is missing` }).int(`${label} is not a valid id`).positive(`${label} is not a valid id`);

/** An optional record id: blank is null. */
export const optionalRecordId = (label: string) =>
  z
    .union([z.literal(''), z.undefined(), z.coerce.number().int(`${label} is not a valid id`).positive(`${label} is not a valid id`)])
    .transform((v) => (typeof v === 'number' ? v : null));

/** Several record ids (a multi-picker's hidden inputs): none, one or many; duplicates removed. */
export const recordIds = (label: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s.trim() !== ''))
    .transform((values, ctx) => {
      const ids = values.map(Number);
      if (ids.some((n) => !Number.isInteger(n) || n <= 0)) {
        ctx.addIssue({ code: 'custom', message: `${label}: not a valid id` });
        return z.NEVER;
      }
      return [...new Set(ids)];
    });

/** A checkbox: present ("on") is true, absent is false. */
// `.optional()` (not a `z.undefined()` member) so zod 4 treats the key as optional: an unticked box sends nothing.
export const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .optional()
  .transform((v) => v === 'on' || v === 'true');

/** An http(s) address. */
export const webUrl = (label: string) =>
  z
    .string({ message: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(2000, `${label} must be 2,000 characters or fewer`)
    .refine((v) => {
      try {
        const u = new URL(v);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    }, `${label} must be a full web address starting with http:// or https://`);

export const optionalWebUrl = (label: string) =>
  z
    .string()
    .optional()
    .transform((v) => v?.trim() ?? '')
    .pipe(z.union([z.literal(''), webUrl(label)]))
    .transform((v) => (v ? v : null));

/**
 * The change-log entry an edit form was loaded at (server/history/concurrency.ts): a save made after a
 * newer entry is refused instead of overwriting it.
 */
export const baseChangeId = z.coerce.number({ message: 'The form is missing its version: reload the page' }).int().min(0);
