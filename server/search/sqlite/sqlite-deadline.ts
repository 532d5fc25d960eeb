/**
 * Stopping a SQLite search statement at its deadline. better-sqlite3 12 has no binding for
 * sqlite3_interrupt or the progress handler, so the statement checks the clock itself: its WHERE
 * calls a user-defined function that throws once the deadline has passed, and a throwing function
 * aborts the statement at once. SQLite evaluates the check for each row the FTS index hands out
 * (non-deterministic functions are never hoisted out of the loop); to keep it free it is called
 * only for rows whose question id is a multiple of CHECK_EVERY (the OR short-circuits), about
 * once every 256 rows of a large match. Measured at a million questions (BENCHMARKS.md, "Costly
 * searches"): calling the function on every row costs ~0.09 µs a row (a count of "support", 739,557
 * matches: 36 → 100 ms); the sampled check ~0.011 µs (36 → 45 ms), paid in full only by whole
 * counts, which run on the count worker beside the page.
 *
 * What it cannot stop: work FTS5 does before the first row (merging the doclists of every word a
 * prefix expands to) or inside one call of bm25 (which reads each phrase's whole doclist once).
 * Those are bounded by the query caps instead (lib/search/parse-query.ts: MAX_PREFIX_TERMS).
 */
import type Database from 'better-sqlite3';

export const DEADLINE_FUNCTION = 'answerable_search_deadline';
/** The message a deadline check throws with: the count worker passes errors on as text. */
export const DEADLINE_MESSAGE = 'answerable: search deadline passed';
const CHECK_EVERY = 256;

/** A WHERE term that stops the statement past the deadline; `idExpression` is an integer column of each row. */
export function deadlineCheckSql(idExpression: string): string {
  return `((${idExpression} & ${CHECK_EVERY - 1}) <> 0 OR ${DEADLINE_FUNCTION}())`;
}

/** Registers the check on a connection; `deadlineAt` says when the running search must stop (epoch ms, Infinity: never). */
export function registerDeadline(db: Database.Database, deadlineAt: () => number): void {
  db.function(DEADLINE_FUNCTION, { deterministic: false }, () => {
    if (Date.now() > deadlineAt()) throw new Error(DEADLINE_MESSAGE);
    return 1;
  });
}

/** Whether an error is a deadline check's (thrown by SQLite from the function above, here or on the count worker). */
export const isDeadlineError = (error: unknown): boolean => error instanceof Error && error.message.includes(DEADLINE_MESSAGE);

/** The same registration for the count worker's plain-JavaScript source (sqlite-count-worker.ts). */
export const WORKER_DEADLINE_SOURCE = `
let deadlineAt = Infinity;
db.function(${JSON.stringify(DEADLINE_FUNCTION)}, { deterministic: false }, () => {
  if (Date.now() > deadlineAt) throw new Error(${JSON.stringify(DEADLINE_MESSAGE)});
  return 1;
});
`;
