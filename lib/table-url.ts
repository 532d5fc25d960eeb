/**
 * Writes a table's state back into a query string. Defaults are left out so links stay short, other
 * parameters (filters, search terms) are kept untouched, and the page goes back to 1 whenever the
 * order or the page size changes: page 7 of one order is meaningless in another.
 */
import type { SortDirection, TableUrlConfig, TableUrlState } from './validation/table-state';

export type TableStateChange<K extends string = string> = Partial<Pick<TableUrlState<K>, 'sort' | 'dir' | 'page' | 'size' | 'hidden'>>;

/** The state after `change`, with the page reset to 1 if the order or page size changed. */
export function nextTableState<K extends string>(state: TableUrlState<K>, change: TableStateChange<K>): TableUrlState<K> {
  const next: TableUrlState<K> = { ...state, ...change };
  const orderChanged = next.sort !== state.sort || next.dir !== state.dir || next.size !== state.size;
  if (orderChanged && change.page === undefined) next.page = 1;
  return next;
}

/** A new query string for `current` with `change` applied. */
export function applyTableStateChange<K extends string>(
  config: TableUrlConfig<K>,
  current: URLSearchParams,
  state: TableUrlState<K>,
  change: TableStateChange<K>,
): URLSearchParams {
  return tableStateParams(config, current, nextTableState(state, change));
}

/** `current` with the table's parameters replaced by `next` (defaults left out). */
export function tableStateParams<K extends string>(
  config: TableUrlConfig<K>,
  current: URLSearchParams,
  next: TableUrlState<K>,
): URLSearchParams {
  const params = new URLSearchParams(current);
  const isDefaultOrder = next.sort === config.defaultSort && next.dir === config.defaultDir;
  setOrDelete(params, 'sort', isDefaultOrder ? null : next.sort);
  setOrDelete(params, 'dir', isDefaultOrder ? null : next.dir);
  setOrDelete(params, 'page', next.page > 1 ? String(next.page) : null);
  setOrDelete(params, 'size', next.size !== config.defaultSize ? String(next.size) : null);
  const hidden = config.hideableColumns.filter((id) => next.hidden.includes(id));
  setOrDelete(params, 'hide', hidden.length > 0 ? hidden.join(',') : null);
  return params;
}

/** `/questions?sort=uin&dir=asc`, or the bare path when nothing is set. */
export function hrefWithParams(pathname: string, params: URLSearchParams): string {
  // Commas are legal in a query string; leaving them unescaped keeps `hide=uin,status` readable.
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `${pathname}?${query}` : pathname;
}

/** The direction a column sorts in when first chosen: newest/largest first for dates and numbers. */
export function toggledDirection(isCurrent: boolean, currentDir: SortDirection, firstDir: SortDirection): SortDirection {
  if (!isCurrent) return firstDir;
  return currentDir === 'asc' ? 'desc' : 'asc';
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null) {
  if (value === null) params.delete(name);
  else params.set(name, value);
}

/**
 * A list's view as a query string, without its page: the filters given (empty ones left out) and the
 * table's state (defaults left out). Removing a filter from it, or submitting new filters with the
 * rest of it, lands on page 1.
 */
export function listViewParams<K extends string>(
  config: TableUrlConfig<K>,
  state: TableUrlState<K>,
  filters: Record<string, string | undefined>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(name, value);
  return tableStateParams(config, params, { ...state, page: 1 });
}

/** `params` without the parameters named, as an href on `pathname`. */
export function hrefWithout(pathname: string, params: URLSearchParams, names: readonly string[]): string {
  const next = new URLSearchParams(params);
  for (const name of names) next.delete(name);
  next.delete('page');
  return hrefWithParams(pathname, next);
}
