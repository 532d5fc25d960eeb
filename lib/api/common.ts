/**
 * Building blocks shared by the API's resource schemas (lib/api/*.ts). Every response of /api/v1 is
 * shaped by parsing it through its resource's schema (server/api/respond.ts), and the OpenAPI document
 * (lib/api/openapi.ts) is generated from the same schemas, so the documentation cannot drift from what
 * is sent. Dates are plain JSON strings: calendar dates as YYYY-MM-DD, instants as ISO 8601 in UTC.
 */
import { House, RecordSource } from '@/generated/prisma/enums';
import { z } from '@/lib/validation/zod';
import { wholeNumberParam } from '@/lib/validation/number-param';

export const calendarDate = z.iso.date().meta({ description: 'A calendar date (YYYY-MM-DD).', example: '2025-03-11' });
export const instant = z.iso.datetime().meta({ description: 'An instant, ISO 8601 in UTC.', example: '2025-03-11T09:30:00.000Z' });

// The values come from the model's own enums: a value added there is documented and sent here too.
export const house = z.enum(House).meta({ id: 'House', description: 'The House the record belongs to.' });
export const recordSource = z
  .enum(RecordSource)
  .meta({
    id: 'RecordSource',
    description: 'Where the record came from: a news article, Parliament’s APIs, staff entry, a GOV.UK ministers’ meetings release, or generated demo data (not real).',
  });
export const questionStatus = z
  .enum(['awaiting', 'overdue', 'holding', 'answered', 'corrected', 'withdrawn'])
  .meta({ id: 'QuestionStatus', description: 'The status readers see: overdue is an awaiting question past its due date (London time).' });
export const unreportedFields = z
  .array(z.string())
  .meta({ description: 'Fields whose stored values are labelled placeholders because the source did not report them.' });

/** Site page (relative to the site's address) and API address of a record. */
export const links = {
  path: z.string().meta({ description: 'The record’s page on this site, relative to the site’s address.' }),
};

export const memberRef = z
  .object({ slug: z.string(), name: z.string(), path: z.string(), apiPath: z.string() })
  .meta({ id: 'MemberRef', description: 'A member as linked from another record.' });
export const departmentRef = z
  .object({ slug: z.string(), name: z.string(), shortName: z.string(), path: z.string(), apiPath: z.string() })
  .meta({ id: 'DepartmentRef' });
export const topicRef = z.object({ slug: z.string(), name: z.string(), path: z.string(), apiPath: z.string() }).meta({ id: 'TopicRef' });
export const partyRef = z.object({ name: z.string(), abbreviation: z.string(), colour: z.string().nullable() }).meta({ id: 'Party' });

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** `limit` and `cursor`, the paging parameters of every list. */
export const pagingParams = {
  limit: wholeNumberParam({ label: 'limit', min: 1, max: MAX_PAGE_SIZE })
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: `Records per page, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` }),
  cursor: z
    .string()
    .max(500, 'cursor is not one this API gave out')
    .optional()
    .meta({ description: 'The `nextCursor` of the previous page, unchanged. Omit for the first page.' }),
};

/** A page of a list: the records, and the cursor for the next page (null on the last). */
export function pageOf<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(item: T, id: string, extra?: E) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
      limit: z.number().int(),
      ...(extra as E),
    })
    .meta({ id });
}

/** Formats for the mappers (server/api/*): Date → the strings the schemas above expect. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const isoDayOrNull = (d: Date | null | undefined) => (d ? isoDay(d) : null);
export const isoInstant = (d: Date) => d.toISOString();
