-- Indexes in the table's own orders (hand-written, PostgreSQL only; listed in lib/db/external-tables.ts).
-- Every order of the questions table ends on "id" so pages never overlap (server/search/column-sort-order.ts).
-- SQLite's indexes end on the rowid by themselves, so ("departmentId", "dateTabled") already reads in that
-- order there; PostgreSQL's do not, and without "id" (and the sort's NULLS placement) the planner sorted
-- the whole view or walked another index, filtering: at a million questions a department's page 1,000
-- took ~590 ms and "days to answer", page 1,000, ~1.7 s (a sort of every question).
CREATE INDEX "Question_dateTabled_id_idx" ON "Question" ("dateTabled", "id");
CREATE INDEX "Question_departmentId_dateTabled_id_idx" ON "Question" ("departmentId", "dateTabled", "id");
CREATE INDEX "Question_askingMemberId_dateTabled_id_idx" ON "Question" ("askingMemberId", "dateTabled", "id");
-- Newest first with NULLS LAST, as the table sorts "days to answer" and "date answered" (descending;
-- ascending reads the other way and is served by the plain indexes up to the sort's last keys).
CREATE INDEX "Question_daysToAnswer_order_idx" ON "Question" ("daysToAnswer" DESC NULLS LAST, "dateTabled" DESC, "id" DESC);
CREATE INDEX "Question_dateAnswered_order_idx" ON "Question" ("dateAnswered" DESC NULLS LAST, "dateTabled" DESC, "id" DESC);
