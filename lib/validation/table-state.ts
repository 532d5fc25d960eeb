/**
 * The URL query string of a server-driven table (sort, dir, page, size, hide), parsed with zod.
 * A bad value never fails the request: it falls back to the default and comes back as a problem the
 * page shows, so a hand-edited or stale link still opens a working table.
 */
import { z } from './zod';
import { wholeNumberParam } from './number-param';

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** What Next passes as `searchParams`, or a URLSearchParams. */
export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

/** The parameter names every table shares; filters added later use other names. */
export const TABLE_PARAM_NAMES = ['sort', 'dir', 'page', 'size', 'hide'] as const;

/** The page sizes every list offers (the questions table and the lists alike). */
export const LIST_PAGE_SIZES = [25, 50, 100] as const;

export interface TableUrlConfig<K extends string = string> {
  /** Column ids the server can sort by, each with the label used in messages. */
  sortLabels: Readonly<Record<K, string>>;
  defaultSort: NoInfer<K>;
  defaultDir: SortDirection;
  pageSizes: readonly number[];
  defaultSize: number;
  /** Column ids that may appear in `hide`. */
  hideableColumns: readonly string[];
  /** Nouns for counts and messages: { one: 'question', other: 'questions' }. */
  noun: { one: string; other: string };
}

export interface TableUrlState<K extends string = string> {
  sort: K;
  dir: SortDirection;
  /** 1-based. */
  page: number;
  size: number;
  /** Hidden column ids, in the order the config lists them. */
  hidden: string[];
}

export interface ParsedTableUrlState<K extends string = string> {
  state: TableUrlState<K>;
  /** One sentence per ignored parameter, for the page to show. Empty when the URL was valid. */
  problems: string[];
  /** The names of the parameters those sentences are about, for a link to the address without them. */
  invalid: string[];
  /** The same problems worded for a page that refuses the address instead of falling back (/questions). */
  refusals: string[];
}

/**
 * The last page any table or list may be asked for (every page parameter's bound, through
 * number-param.ts): beyond a million questions at 25 a page, and it stops absurd offsets reaching
 * the database.
 */
export const MAX_PAGE = 100_000;

/** Defines a table's URL config with its sort keys inferred. */
export function defineTableUrlConfig<K extends string>(config: TableUrlConfig<K>): TableUrlConfig<K> {
  return config;
}

export function sortKeysOf<K extends string>(config: TableUrlConfig<K>): K[] {
  return Object.keys(config.sortLabels) as K[];
}

export function defaultTableState<K extends string>(config: TableUrlConfig<K>): TableUrlState<K> {
  return { sort: config.defaultSort, dir: config.defaultDir, page: 1, size: config.defaultSize, hidden: [] };
}

/** First value of a parameter, as URLSearchParams.get would give it. */
export function firstParam(input: SearchParamsInput, name: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(name) ?? undefined;
  const value = input[name];
  return Array.isArray(value) ? value[0] : value;
}

const pageSchema = wholeNumberParam({ label: 'page', min: 1, max: MAX_PAGE });

const quote = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

/** "Date tabled" → "date tabled", but "UIN" stays "UIN". */
function lowerFirst(label: string): string {
  return label.length > 1 && label[1] === label[1]!.toLowerCase() ? label[0]!.toLowerCase() + label.slice(1) : label;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** Parses a table's URL parameters; invalid values fall back to defaults and are reported. */
export function parseTableUrlState<K extends string>(config: TableUrlConfig<K>, input: SearchParamsInput): ParsedTableUrlState<K> {
  const state = defaultTableState(config);
  const problems: string[] = [];
  const invalid: string[] = [];
  const refusals: string[] = [];
  const sortKeys = sortKeysOf(config);
  /** `what`: "name=“value”: what is allowed"; `fallback`: what the lenient table shows instead. */
  const report = (param: string, what: string, fallback?: string) => {
    invalid.push(param);
    problems.push(`Ignored ${what}${fallback ? `; ${fallback}` : ''}.`);
    refusals.push(`${what}.`);
  };

  const sort = firstParam(input, 'sort');
  if (sort !== undefined && sort !== '') {
    const parsed = z.enum(sortKeys as [K, ...K[]]).safeParse(sort);
    if (parsed.success) state.sort = parsed.data;
    else {
      const labels = sortKeys.map((key) => lowerFirst(config.sortLabels[key]));
      report('sort', `sort=${quote(sort)}: the ${config.noun.other} can be sorted by ${listWords(labels)}`);
    }
  }

  const dir = firstParam(input, 'dir');
  if (dir !== undefined && dir !== '') {
    const parsed = z.enum(SORT_DIRECTIONS).safeParse(dir);
    if (parsed.success) state.dir = parsed.data;
    else report('dir', `dir=${quote(dir)}: the direction is “asc” or “desc”`);
  }

  const page = firstParam(input, 'page');
  if (page !== undefined && page !== '') {
    const parsed = pageSchema.safeParse(page);
    if (parsed.success) state.page = parsed.data;
    else report('page', `page=${quote(page)}: a page is a whole number from 1 to ${MAX_PAGE.toLocaleString('en-GB')}`, 'showing page 1');
  }

  const size = firstParam(input, 'size');
  if (size !== undefined && size !== '') {
    const allowed = config.pageSizes.map(String) as [string, ...string[]];
    const parsed = z.enum(allowed).safeParse(size.trim());
    if (parsed.success) state.size = Number(parsed.data);
    else report('size', `size=${quote(size)}: choose ${listWords(allowed)} ${config.noun.other} per page`, `showing ${config.defaultSize}`);
  }

  const hide = firstParam(input, 'hide');
  if (hide !== undefined && hide !== '') {
    const requested = z.string().parse(hide).split(',').map((id) => id.trim()).filter(Boolean);
    const unknown = requested.filter((id) => !config.hideableColumns.includes(id));
    state.hidden = config.hideableColumns.filter((id) => requested.includes(id));
    if (unknown.length > 0) report('hide', `hide=${quote(unknown.join(','))}: not a column that can be hidden`);
  }

  return { state, problems, invalid, refusals };
}
