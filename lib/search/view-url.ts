/**
 * Addresses of questions-table views: the table, its export links and the filter chips all build
 * their links here, so a view always reads back as the same view. Changing anything other than the
 * page returns to page 1 (the old page number means nothing for a different set of rows).
 */
import { formatDate } from '@/lib/dates';
import { STATUS_FILTER_LABELS } from '@/lib/labels';
import { DEFAULT_PAGE_SIZE, LIST_PARAMS, PARAM_LABELS, questionQueryToSearchParams, type QuestionQuery } from '@/lib/validation/question-query';
import { HOUSE_SHORT_LABELS } from '../labels';

export const QUESTIONS_PATH = '/questions';

export type ViewChange = Partial<QuestionQuery>;

/** The view with `change` applied (page reset to 1 unless the change is the page itself). */
export function changeView(query: QuestionQuery, change: ViewChange): QuestionQuery {
  const next = { ...query, ...change };
  if (!('page' in change)) next.page = 1;
  return next;
}

export function viewHref(query: QuestionQuery, change: ViewChange = {}, path = QUESTIONS_PATH): string {
  const search = questionQueryToSearchParams(changeView(query, change)).toString();
  return search ? `${path}?${search}` : path;
}

/** An export of the view: every row, so no page or page size. */
export function exportHref(query: QuestionQuery, format: 'csv' | 'json'): string {
  const params = questionQueryToSearchParams({ ...query, page: 1, size: DEFAULT_PAGE_SIZE, hide: undefined });
  const search = params.toString();
  return `${QUESTIONS_PATH}/export.${format}${search ? `?${search}` : ''}`;
}

export interface ActiveFilter {
  /** "Department" */
  label: string;
  /** "Ministry of Defence" */
  value: string;
  /** The view without this one filter value. */
  href: string;
}

type NameKey = 'member' | 'answerer' | 'department' | 'topic' | 'party';

/** One chip per filter value, each linking to the view without it. */
export function activeFilters(query: QuestionQuery, names: Record<NameKey, Record<string, string>>): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (query.q.trim()) chips.push({ label: PARAM_LABELS.q, value: `“${query.q.trim()}”`, href: viewHref(query, { q: '' }) });
  if (query.house) chips.push({ label: PARAM_LABELS.house, value: HOUSE_SHORT_LABELS[query.house === 'lords' ? 'LORDS' : 'COMMONS'], href: viewHref(query, { house: undefined }) });
  for (const key of LIST_PARAMS) {
    for (const value of query[key]) {
      const display = key === 'status' ? STATUS_FILTER_LABELS[value as keyof typeof STATUS_FILTER_LABELS] : (names[key as NameKey]?.[value] ?? value);
      chips.push({ label: PARAM_LABELS[key], value: display, href: viewHref(query, { [key]: (query[key] as string[]).filter((v) => v !== value) }) });
    }
  }
  for (const key of ['namedDay', 'coverage', 'meeting'] as const) {
    const value = query[key];
    if (value) chips.push({ label: PARAM_LABELS[key], value: value === 'yes' ? 'Yes' : 'No', href: viewHref(query, { [key]: undefined }) });
  }
  for (const key of ['tabledFrom', 'tabledTo', 'answeredFrom', 'answeredTo', 'dueFrom', 'dueTo'] as const) {
    const value = query[key];
    if (value) chips.push({ label: PARAM_LABELS[key], value: formatDate(value), href: viewHref(query, { [key]: undefined }) });
  }
  return chips;
}

/** The view with every filter and the search cleared, keeping sort and page size. */
export function clearedHref(query: QuestionQuery): string {
  return viewHref({ q: '', member: [], answerer: [], party: [], department: [], topic: [], status: [], page: 1, size: query.size, hide: query.hide, sort: query.sort === 'relevance' ? undefined : query.sort, dir: query.dir });
}
