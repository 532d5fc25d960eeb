-- heading: words through an index of the headings alone (hand-written, PostgreSQL only; listed in
-- lib/db/external-tables.ts). heading:x was the lexeme x with weight A of "searchDocument"
-- (postgres_search), and a GIN index holds lexemes without their weights: every question holding the
-- word anywhere was fetched and re-checked: ~1-1.6 s for heading:housing at a million questions
-- against SQLite's 24 ms (BENCHMARKS.md).
--
-- An index on an expression, not a third column: the heading's vector is a pure function of the heading
-- (to_tsvector with a named configuration is immutable), so PostgreSQL keeps the index in step on every
-- write without a trigger, nothing is backfilled row by row, and the table, whose width is what a common
-- word's scan pays for, stays as wide as it was. It matches exactly what 'x':A matched in "searchDocument":
-- the heading is that vector's first part, weighted A and nothing else is, so its lexemes and positions
-- (phrases included) are to_tsvector of the heading with the same configuration.
-- server/search/postgres-tsquery.ts writes the condition with this very expression, as the planner
-- matches an expression index only on the same expression.
CREATE INDEX "Question_searchHeading_idx" ON "Question" USING GIN (to_tsvector('answerable_english'::regconfig, "heading"));
-- The expression's own statistics (gathered for an expression index by ANALYZE, a sample: under a second
-- at a million questions): without them the planner guesses a fixed share of rows for every heading word.
ANALYZE "Question";
