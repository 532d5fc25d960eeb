/**
 * Reading URL search parameters with zod without ever failing the page: each field is validated on
 * its own, a malformed one is dropped (its default applies) and a message says what was ignored.
 */
import { z } from './zod';
import { parseCalendarDate } from '@/lib/dates';
import { MAX_RECORD_ID, wholeNumberParam } from './number-param';
import { MAX_PAGE } from './table-state';

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** A `yyyy-MM-dd` calendar date, as UTC midnight. */
export const calendarDate = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const date = parseCalendarDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `“${value}” is not a date: use the form 2025-03-11.` });
      return z.NEVER;
    }
    return date;
  });

/** A record's address (lower-case letters, digits, hyphens). */
export const slugParam = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,120}$/, 'That is not a valid address.');

/** A 1-based page number (decimal digits, up to MAX_PAGE); anything else is a message and page 1. */
export const pageParam = wholeNumberParam({ label: 'Page', min: 1, max: MAX_PAGE });

export interface ParsedSearchParams<T> {
  values: Partial<T>;
  /** One readable message per ignored parameter. */
  problems: string[];
}

/**
 * Validates each known key of `raw` against `schema`'s field. Keys in `listKeys` may repeat or be
 * comma-separated and are passed as arrays; other keys take their first value. Empty values are
 * treated as absent; unknown keys are ignored.
 */
export function parseSearchParams<S extends z.ZodObject>(
  schema: S,
  raw: RawSearchParams,
  listKeys: readonly string[] = [],
): ParsedSearchParams<z.output<S>> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const input = raw[key];
    if (input === undefined) continue;
    let value: unknown;
    if (listKeys.includes(key)) {
      const items = (Array.isArray(input) ? input : [input]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
      if (items.length === 0) continue;
      value = items;
    } else {
      const first = Array.isArray(input) ? input[0] : input;
      if (first === undefined || first.trim() === '') continue;
      value = first;
    }
    const result = field.safeParse(value);
    if (result.success) {
      if (result.data !== undefined) values[key] = result.data;
    } else {
      problems.push(`Ignored “${key}”: ${result.error.issues[0]?.message ?? 'not valid.'}`);
    }
  }
  return { values: values as Partial<z.output<S>>, problems };
}

/**
 * A record id in a URL path (`/meetings/12`) or parameter (`?question=12`): the one number parser
 * (number-param.ts), and no leading zero, so each record has one address.
 */
export const recordIdParam = z
  .string()
  .regex(/^[1-9]/, 'Not a record number.')
  .pipe(wholeNumberParam({ label: 'A record number', min: 1, max: MAX_RECORD_ID }));
