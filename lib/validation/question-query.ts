/**
 * The questions table's whole view as URL search parameters: search text, filters, sort, page.
 * One schema for the page, the export routes and the benchmarks, so a copied link, an export link
 * and the table always mean the same thing. Unknown or malformed parameters are refused with a
 * message naming them (the Parliament API silently ignores misspelt ones; we do not).
 */
import { z } from './zod';
import { parseCalendarDate, toIsoDate } from '@/lib/dates';
import { STATUS_FILTER_LABELS } from '@/lib/labels';
import { QUESTION_STATUSES } from '@/lib/question-status';
import { QUESTION_TABLE } from './questions';
import { MAX_PAGE, type TableUrlConfig } from './table-state';
import { wholeNumberParam } from './number-param';

export const SORT_KEYS = ['relevance', 'dateTabled', 'dateAnswered', 'dateDue', 'uin', 'member', 'department', 'status', 'daysToAnswer'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export const SORT_LABELS: Record<SortKey, string> = {
  relevance: 'Relevance',
  dateTabled: 'Date tabled',
  dateAnswered: 'Date answered',
  dateDue: 'Date due',
  uin: 'UIN',
  member: 'Asking member',
  department: 'Department',
  status: 'Status',
  daysToAnswer: 'Days to answer',
};

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export { MAX_PAGE };
export const DEFAULT_PAGE_SIZE: PageSize = 50;

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,120}$/, 'use the identifier from a link, such as ministry-of-defence');

const slugList = z.array(slug).max(50, 'choose 50 or fewer').transform((values) => [...new Set(values)]);

const calendarDate = z.string().transform((value, ctx) => {
  const date = parseCalendarDate(value.trim());
  if (!date) {
    ctx.addIssue({ code: 'custom', message: `“${value}” is not a date: write it as 2025-03-13` });
    return z.NEVER;
  }
  return date;
});

const yesNo = z.enum(['yes', 'no'], { message: 'use yes or no' });

export const questionQuerySchema = z
  .object({
    q: z.string().max(2000, 'the search is too long').default(''),
    house: z.enum(['commons', 'lords'], { message: 'use commons or lords' }).optional(),
    member: slugList.default([]),
    answerer: slugList.default([]),
    party: slugList.default([]),
    department: slugList.default([]),
    topic: slugList.default([]),
    status: z
      .array(z.enum(QUESTION_STATUSES, { message: `use ${QUESTION_STATUSES.join(', ')}` }))
      .transform((values) => [...new Set(values)])
      .default([]),
    namedDay: yesNo.optional(),
    coverage: yesNo.optional(),
    meeting: yesNo.optional(),
    tabledFrom: calendarDate.optional(),
    tabledTo: calendarDate.optional(),
    answeredFrom: calendarDate.optional(),
    answeredTo: calendarDate.optional(),
    dueFrom: calendarDate.optional(),
    dueTo: calendarDate.optional(),
    sort: z.enum(SORT_KEYS, { message: `use ${SORT_KEYS.join(', ')}` }).optional(),
    dir: z.enum(['asc', 'desc'], { message: 'use asc or desc' }).optional(),
    page: wholeNumberParam({ label: 'page', min: 1, max: MAX_PAGE }).default(1),
    size: z
      .string()
      .trim()
      .refine((s) => (PAGE_SIZES as readonly number[]).map(String).includes(s), `use ${PAGE_SIZES.join(', ')}`)
      .transform(Number)
      .refine((n): n is PageSize => (PAGE_SIZES as readonly number[]).includes(n), `use ${PAGE_SIZES.join(', ')}`)
      .default(DEFAULT_PAGE_SIZE),
    /** Columns the table hides (components/data-table keeps it); searches ignore it. */
    hide: z.string().max(300, 'too many hidden columns').regex(/^[A-Za-z,]*$/, 'use column names separated by commas').optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const [from, to, label] of [
      ['tabledFrom', 'tabledTo', 'tabled'],
      ['answeredFrom', 'answeredTo', 'answered'],
      ['dueFrom', 'dueTo', 'due'],
    ] as const) {
      const start = value[from];
      const end = value[to];
      if (start && end && start.getTime() > end.getTime()) {
        ctx.addIssue({ code: 'custom', path: [from], message: `the “${label} from” date is after the “${label} to” date` });
      }
    }
  });

export type QuestionQuery = z.output<typeof questionQuerySchema>;

/** Parameters that may repeat (`?status=overdue&status=holding`) or hold a comma-separated list. */
export const LIST_PARAMS = ['member', 'answerer', 'party', 'department', 'topic', 'status'] as const;
type ListParam = (typeof LIST_PARAMS)[number];
const isListParam = (key: string): key is ListParam => (LIST_PARAMS as readonly string[]).includes(key);

/** Readable names for messages and filter chips. */
export const PARAM_LABELS: Record<keyof QuestionQuery, string> = {
  q: 'Search',
  house: 'House',
  member: 'Asking member',
  answerer: 'Answering member',
  party: 'Party',
  department: 'Department',
  topic: 'Topic',
  status: 'Status',
  namedDay: 'Named day',
  coverage: 'Has coverage',
  meeting: 'Cites a meeting',
  tabledFrom: 'Tabled from',
  tabledTo: 'Tabled to',
  answeredFrom: 'Answered from',
  answeredTo: 'Answered to',
  dueFrom: 'Due from',
  dueTo: 'Due to',
  sort: 'Sort',
  dir: 'Direction',
  page: 'Page',
  size: 'Rows per page',
  hide: 'Hidden columns',
};

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

export type QueryParseResult = { ok: true; query: QuestionQuery } | { ok: false; message: string };

function entries(raw: RawSearchParams): [string, string][] {
  if (raw instanceof URLSearchParams) return [...raw.entries()];
  return Object.entries(raw).flatMap(([key, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v])));
}

/**
 * Reads URL search parameters (a URLSearchParams or Next's `searchParams` object). Empty values count
 * as absent, so a submitted form with blank fields is fine. Returns one message naming every problem.
 */
export function parseQuestionQuery(raw: RawSearchParams): QueryParseResult {
  const input: Record<string, string | string[]> = {};
  const problems: string[] = [];
  for (const [key, rawValue] of entries(raw)) {
    const value = rawValue.trim();
    if (value === '') continue;
    if (isListParam(key)) {
      const list = (input[key] as string[] | undefined) ?? [];
      list.push(...value.split(',').map((v) => v.trim()).filter(Boolean));
      input[key] = list;
    } else if (key in input) {
      problems.push(`“${key}” is given more than once`);
    } else {
      input[key] = key === 'q' ? rawValue : value;
    }
  }
  const result = questionQuerySchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        problems.push(`unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `“${k}”`).join(', ')}`);
        continue;
      }
      const key = String(issue.path[0] ?? '');
      const label = key in PARAM_LABELS ? PARAM_LABELS[key as keyof QuestionQuery] : key;
      problems.push(`${label}: ${issue.message}`);
    }
  }
  if (problems.length > 0 || !result.success) {
    return { ok: false, message: `This view’s address is not valid: ${[...new Set(problems)].join('; ')}.` };
  }
  return { ok: true, query: result.data };
}

/** The effective sort: relevance only means something with search words; the default is newest first. */
export function effectiveSort(query: Pick<QuestionQuery, 'sort' | 'dir'>, hasText: boolean): { sort: SortKey; dir: SortDirection } {
  const sort: SortKey = query.sort && (query.sort !== 'relevance' || hasText) ? query.sort : hasText ? 'relevance' : 'dateTabled';
  const defaultDir: SortDirection = sort === 'dateTabled' || sort === 'dateAnswered' || sort === 'dateDue' || sort === 'daysToAnswer' ? 'desc' : 'asc';
  return { sort, dir: sort === 'relevance' ? 'desc' : (query.dir ?? defaultDir) };
}

/** The URL search string for a view, with defaults left out so links stay short and stable. */
export function questionQueryToSearchParams(query: Partial<QuestionQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const dates = ['tabledFrom', 'tabledTo', 'answeredFrom', 'answeredTo', 'dueFrom', 'dueTo'] as const;
  if (query.q?.trim()) params.set('q', query.q.trim());
  if (query.house) params.set('house', query.house);
  for (const key of LIST_PARAMS) for (const value of query[key] ?? []) params.append(key, value);
  for (const key of ['namedDay', 'coverage', 'meeting'] as const) if (query[key]) params.set(key, query[key]);
  for (const key of dates) {
    const value = query[key];
    if (value) params.set(key, toIsoDate(value));
  }
  // The default order (relevance while searching, newest tabled otherwise) is left out, as the data
  // table leaves it out, so a view has one address.
  const searching = Boolean(query.q?.trim());
  const defaultSort: SortKey = searching ? 'relevance' : 'dateTabled';
  const sort = query.sort === 'relevance' && !searching ? 'dateTabled' : query.sort;
  const isDefault = !sort || (sort === defaultSort && (sort === 'relevance' || (query.dir ?? 'desc') === 'desc'));
  if (sort && !isDefault) {
    params.set('sort', sort);
    if (sort !== 'relevance') params.set('dir', query.dir ?? 'desc');
  }
  if (query.page && query.page > 1) params.set('page', String(query.page));
  if (query.size && query.size !== DEFAULT_PAGE_SIZE) params.set('size', String(query.size));
  if (query.hide) params.set('hide', query.hide);
  return params;
}

export const STATUS_OPTIONS = QUESTION_STATUSES.map((value) => ({ value, label: STATUS_FILTER_LABELS[value] }));

/**
 * The data table's URL config for /questions (components/data-table): the list's own sorts plus
 * relevance, which is the default while searching (so clicking "Tabled" during a search sticks).
 */
export function questionTableConfig(searching: boolean): TableUrlConfig<SortKey> {
  return {
    ...QUESTION_TABLE,
    sortLabels: { relevance: 'Relevance', ...QUESTION_TABLE.sortLabels },
    defaultSort: searching ? 'relevance' : 'dateTabled',
    defaultDir: 'desc',
  };
}
