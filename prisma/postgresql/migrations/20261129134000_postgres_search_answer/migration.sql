-- answer: words through an index of each answer version's text (hand-written, PostgreSQL only; listed in
-- lib/db/external-tables.ts), as postgres_search_heading and postgres_search_question do for heading: and
-- question: words. answer:x was the lexeme x with weight C of "searchDocument", and a GIN index holds
-- lexemes without their weights: every question holding the word anywhere was fetched and re-checked
-- (answer:housing at a million questions: ~0.8 s against SQLite's ~40 ms, BENCHMARKS.md).
--
-- The answers are not on the question's row, so the index is on "AnswerVersion", on the expression (no
-- trigger, no backfill, kept in step on every write by PostgreSQL itself). Weight C of searchDocument is
-- to_tsvector of the versions' texts joined by line breaks, which holds exactly the lexemes of the versions
-- one by one: single words and prefixes match the same questions. A phrase may run from one version into
-- the next there, so server/search/postgres-tsquery.ts keeps answer: phrases on searchDocument.
CREATE INDEX "AnswerVersion_searchAnswer_idx" ON "AnswerVersion" USING GIN (to_tsvector('answerable_english'::regconfig, "textPlain"));
-- The expression's own statistics (ANALYZE samples the table: under a second at a million questions).
ANALYZE "AnswerVersion";
