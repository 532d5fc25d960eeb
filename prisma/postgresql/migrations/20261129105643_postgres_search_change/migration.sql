-- A change counter for the search's count cache on PostgreSQL (hand-written: Prisma cannot describe
-- triggers; listed in lib/db/external-tables.ts). server/search/postgres-count-cache.ts keeps the totals
-- of recent views beside the value of "search_change" their snapshot saw, and reuses one only while a
-- new snapshot sees the same value: no commit that could change a count has happened in between.
-- Counting is the costly part of a search here (PostgreSQL must visit every match's row to know it is
-- visible: "support" is ~450 ms at a million questions, all questions ~120 ms), and a reader paging
-- through results asks for the same total on every page.
--
-- One row, bumped by a statement-level trigger on every table a view's count reads (questions and their
-- vectors, answers and their members and meetings, topics, coverage, members for the party filter). It
-- is a row, not a sequence, so a reader's snapshot sees the value that matches the rows it sees. Every
-- writer of these tables already holds the write lock (server/writes/write-lock.ts) to its commit, so
-- the row's lock adds no waiting.
CREATE TABLE search_change (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    n bigint NOT NULL
);
INSERT INTO search_change (id, n) VALUES (true, 0);

CREATE FUNCTION search_change_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_change SET n = n + 1;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['Question', 'AnswerVersion', 'AnswerMeeting', 'QuestionTopic', 'CoverageQuestion', 'Member', 'Department', 'Meeting', 'Topic', 'Party'] LOOP
        EXECUTE format(
            'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION search_change_bump()',
            t || '_search_change', t);
    END LOOP;
END
$$;
