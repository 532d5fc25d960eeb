/**
 * A list page's whole view from its URL: the shared data table's state (sort, dir, page, size, hide)
 * and the list's own filters, each checked with zod. Nothing here fails the request: a bad value
 * falls back to its default and comes back as a sentence in `problems` for the page to show.
 */
import type { z } from './zod';
import { parseSearchParams, type RawSearchParams } from './search-params';
import { parseTableUrlState, type TableUrlConfig, type TableUrlState } from './table-state';

export interface ListView<K extends string, F> {
  state: TableUrlState<K>;
  filters: Partial<F>;
  problems: string[];
}

export function parseListView<K extends string, S extends z.ZodObject>(config: TableUrlConfig<K>, schema: S, raw: RawSearchParams): ListView<K, z.output<S>> {
  const table = parseTableUrlState(config, raw);
  const filters = parseSearchParams(schema, raw);
  return { state: table.state, filters: filters.values, problems: [...table.problems, ...filters.problems] };
}
