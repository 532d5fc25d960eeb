-- question: single words through an index of the question texts alone (hand-written, PostgreSQL only;
-- listed in lib/db/external-tables.ts), as postgres_search_heading does for heading: words: an index on
-- the expression, matching exactly the lexemes weight B of "searchDocument" holds (the question's text is
-- that vector's only part weighted B). For a phrase server/search/postgres-tsquery.ts looks up its words
-- here (all of them, exact) and checks the phrase on searchDocument with weight B: re-checking this
-- expression would parse each candidate's text again, where the stored vector is read as it is.
CREATE INDEX "Question_searchQuestion_idx" ON "Question" USING GIN (to_tsvector('answerable_english'::regconfig, "text"));
-- The expression's own statistics (ANALYZE samples the table: under a second at a million questions).
ANALYZE "Question";
