/**
 * A search's cost budget (lib/search/search-settings.ts): what a backend throws when a search runs
 * past its deadline, and what the reader is told. Database-neutral; how a database stops a statement
 * mid-way is its own module's business (sqlite-deadline.ts).
 */
const BRAND = Symbol.for('answerable.SearchDeadlineError');

export class SearchDeadlineError extends Error {
  readonly [BRAND] = true;

  constructor(readonly deadlineMs: number) {
    super(searchTooLongMessage(deadlineMs));
    this.name = 'SearchDeadlineError';
  }
}

/**
 * Whether an error is a SearchDeadlineError. Not `instanceof`: the search backend is made once per
 * process and kept on globalThis (search-deps.ts), so in a production build the backend that throws
 * may come from another bundle (the /questions page's) than the code catching (the API route's), each
 * with its own copy of this class. A registered symbol is the same in every copy.
 */
export function isSearchDeadlineError(error: unknown): error is SearchDeadlineError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

/** "2 seconds", "1.5 seconds", "1 second", "50 milliseconds". */
function duration(ms: number): string {
  if (ms < 1000) return `${ms} milliseconds`;
  const s = ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1);
  return `${s} ${s === '1' ? 'second' : 'seconds'}`;
}

/** The reader's explanation: what happened, and how to make the search cheap enough to run. */
export function searchTooLongMessage(deadlineMs: number): string {
  return (
    `This search was stopped after ${duration(deadlineMs)}, the most one search may take. ` +
    'Make it narrower: fewer words ending in *, fewer alternatives joined by OR, longer word starts, or a filter (House, department, dates).'
  );
}

/** The deadline's epoch time for a search starting now; `Infinity` when there is none. */
export const deadlineFrom = (deadlineMs: number | null | undefined): number => (deadlineMs ? Date.now() + deadlineMs : Infinity);
