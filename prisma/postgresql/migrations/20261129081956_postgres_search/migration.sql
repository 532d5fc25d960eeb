-- Full-text search over written questions on PostgreSQL (hand-written: Prisma cannot describe tsvector
-- columns or triggers; the objects are listed in lib/db/external-tables.ts so schema diffs leave them alone).
-- The counterpart of SQLite's question_search FTS5 index (prisma/migrations/*_question_search*), with the
-- same parts of a question indexed and refreshed on the same writes. Queried by server/search/postgres-*.ts.
--
-- Two weighted tsvector columns on "Question", each with a GIN index (two indexed vectors, not eight):
--   "searchDocument"  every searchable part, for words without a field and for ranking:
--                     heading 'A', question text 'B', every answer version 'C', and the asking member,
--                     answering members, department and cited meetings 'D'.
--                     heading:/question:/answer: words are this vector's lexemes with weight A/B/C.
--   "searchFields"    the named parts again, one weight each, for the field words that need them:
--                     asker 'A', answerers 'B', department 'C', meetings 'D'
--                     (asker:, answerer:, member: = asker or answerer, department:, meeting:).
-- Four weights cannot tell seven parts apart, so the names are indexed twice (a few words a question).
-- Each part is its own to_tsvector, concatenated: positions run on from one part to the next, so a
-- phrase may match across the end of one part and the start of the next, which SQLite's separate
-- columns never do (docs/postgresql.md, "Search").
--
-- Text search configuration answerable_english: PostgreSQL's English parser with accents folded
-- (unaccent, as SQLite's remove_diacritics) and the Snowball English stemmer *without* a stop-word list:
-- SQLite's porter tokenizer indexes every word, so "the" or "will" must be searchable here too.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH DICTIONARY answerable_english_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION answerable_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION answerable_english
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
    WITH unaccent, answerable_english_stem;

ALTER TABLE "Question" ADD COLUMN "searchDocument" tsvector;
ALTER TABLE "Question" ADD COLUMN "searchFields" tsvector;

-- What is indexed for one question: the one definition the triggers and a rebuild both use
-- (SQLite's question_search_source view).
CREATE FUNCTION question_search_vectors(q_id integer, q_heading text, q_text text, q_asker integer, q_department integer,
    OUT document tsvector, OUT fields tsvector)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    answer text;
    asker text;
    answerer text;
    department text;
    meeting text;
BEGIN
    SELECT string_agg(a."textPlain", E'\n' ORDER BY a."sequence") INTO answer FROM "AnswerVersion" a WHERE a."questionId" = q_id;
    SELECT m."displayName" INTO asker FROM "Member" m WHERE m."id" = q_asker;
    SELECT string_agg(DISTINCT m."displayName", ', ') INTO answerer
      FROM "AnswerVersion" a JOIN "Member" m ON m."id" = a."answeringMemberId" WHERE a."questionId" = q_id;
    SELECT d."name" || ' ' || d."shortName" INTO department FROM "Department" d WHERE d."id" = q_department;
    SELECT string_agg(DISTINCT mt."title" || coalesce(' ' || mt."place", ''), ', ') INTO meeting
      FROM "AnswerVersion" a JOIN "AnswerMeeting" am ON am."answerId" = a."id" JOIN "Meeting" mt ON mt."id" = am."meetingId"
     WHERE a."questionId" = q_id;
    document := setweight(to_tsvector('answerable_english', coalesce(q_heading, '')), 'A')
        || setweight(to_tsvector('answerable_english', coalesce(q_text, '')), 'B')
        || setweight(to_tsvector('answerable_english', coalesce(answer, '')), 'C')
        || setweight(to_tsvector('answerable_english', coalesce(asker, '')), 'D')
        || setweight(to_tsvector('answerable_english', coalesce(answerer, '')), 'D')
        || setweight(to_tsvector('answerable_english', coalesce(department, '')), 'D')
        || setweight(to_tsvector('answerable_english', coalesce(meeting, '')), 'D');
    fields := setweight(to_tsvector('answerable_english', coalesce(asker, '')), 'A')
        || setweight(to_tsvector('answerable_english', coalesce(answerer, '')), 'B')
        || setweight(to_tsvector('answerable_english', coalesce(department, '')), 'C')
        || setweight(to_tsvector('answerable_english', coalesce(meeting, '')), 'D');
END $$;

-- Re-derives the vectors of the given questions (after a change to their answers, names or meetings).
CREATE FUNCTION question_search_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
    UPDATE "Question" q SET ("searchDocument", "searchFields") =
        (SELECT v.document, v.fields FROM question_search_vectors(q."id", q."heading", q."text", q."askingMemberId", q."departmentId") v)
     WHERE q."id" = ANY(ids);
$$;

-- A question's own columns: computed before the row is written (no second write of the row). The update
-- trigger names only the indexed columns and fires only when one really changed, so question_search_refresh
-- (which sets only the vectors) and unchanged saves never re-index.
CREATE FUNCTION question_search_question_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT v.document, v.fields INTO NEW."searchDocument", NEW."searchFields"
      FROM question_search_vectors(NEW."id", NEW."heading", NEW."text", NEW."askingMemberId", NEW."departmentId") v;
    RETURN NEW;
END $$;

CREATE TRIGGER question_search_question_bi BEFORE INSERT ON "Question"
    FOR EACH ROW EXECUTE FUNCTION question_search_question_row();
CREATE TRIGGER question_search_question_bu BEFORE UPDATE OF "heading", "text", "askingMemberId", "departmentId", "id" ON "Question"
    FOR EACH ROW WHEN (OLD."heading" IS DISTINCT FROM NEW."heading" OR OLD."text" IS DISTINCT FROM NEW."text"
        OR OLD."askingMemberId" IS DISTINCT FROM NEW."askingMemberId" OR OLD."departmentId" IS DISTINCT FROM NEW."departmentId"
        OR OLD."id" IS DISTINCT FROM NEW."id")
    EXECUTE FUNCTION question_search_question_row();

-- Everything else a document holds: statement-level triggers with transition tables, so a bulk load or an
-- import re-indexes each affected question once per statement rather than once per row. (PostgreSQL allows
-- transition tables only on single-event triggers without column lists: one trigger per event, and the
-- update functions compare old and new rows themselves.)
CREATE FUNCTION question_search_answer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM question_search_refresh(ARRAY(SELECT DISTINCT n."questionId" FROM new_rows n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM question_search_refresh(ARRAY(SELECT DISTINCT o."questionId" FROM old_rows o));
    ELSE
        PERFORM question_search_refresh(ARRAY(
            SELECT unnest(ARRAY[o."questionId", n."questionId"]) FROM old_rows o JOIN new_rows n ON n."id" = o."id"
             WHERE o."textPlain" IS DISTINCT FROM n."textPlain" OR o."questionId" IS DISTINCT FROM n."questionId"
                OR o."answeringMemberId" IS DISTINCT FROM n."answeringMemberId"));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER question_search_answer_ai AFTER INSERT ON "AnswerVersion" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION question_search_answer_changed();
CREATE TRIGGER question_search_answer_au AFTER UPDATE ON "AnswerVersion" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION question_search_answer_changed();
CREATE TRIGGER question_search_answer_ad AFTER DELETE ON "AnswerVersion" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION question_search_answer_changed();

CREATE FUNCTION question_search_answer_meeting_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM question_search_refresh(ARRAY(SELECT DISTINCT a."questionId" FROM new_rows n JOIN "AnswerVersion" a ON a."id" = n."answerId"));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM question_search_refresh(ARRAY(SELECT DISTINCT a."questionId" FROM old_rows o JOIN "AnswerVersion" a ON a."id" = o."answerId"));
    ELSE
        PERFORM question_search_refresh(ARRAY(
            SELECT DISTINCT a."questionId" FROM "AnswerVersion" a
             WHERE a."id" IN (SELECT o."answerId" FROM old_rows o UNION SELECT n."answerId" FROM new_rows n)));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER question_search_answer_meeting_ai AFTER INSERT ON "AnswerMeeting" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION question_search_answer_meeting_changed();
CREATE TRIGGER question_search_answer_meeting_au AFTER UPDATE ON "AnswerMeeting" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION question_search_answer_meeting_changed();
CREATE TRIGGER question_search_answer_meeting_ad AFTER DELETE ON "AnswerMeeting" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION question_search_answer_meeting_changed();

CREATE FUNCTION question_search_meeting_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM question_search_refresh(ARRAY(
        SELECT DISTINCT a."questionId" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
          JOIN "AnswerMeeting" am ON am."meetingId" = n."id" JOIN "AnswerVersion" a ON a."id" = am."answerId"
         WHERE o."title" IS DISTINCT FROM n."title" OR o."place" IS DISTINCT FROM n."place"));
    RETURN NULL;
END $$;

CREATE TRIGGER question_search_meeting_au AFTER UPDATE ON "Meeting" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION question_search_meeting_changed();

CREATE FUNCTION question_search_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM question_search_refresh(ARRAY(
        WITH renamed AS (SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE o."displayName" IS DISTINCT FROM n."displayName")
        SELECT q."id" FROM "Question" q WHERE q."askingMemberId" IN (SELECT "id" FROM renamed)
        UNION SELECT a."questionId" FROM "AnswerVersion" a WHERE a."answeringMemberId" IN (SELECT "id" FROM renamed)));
    RETURN NULL;
END $$;

CREATE TRIGGER question_search_member_au AFTER UPDATE ON "Member" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION question_search_member_changed();

CREATE FUNCTION question_search_department_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM question_search_refresh(ARRAY(
        SELECT q."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" JOIN "Question" q ON q."departmentId" = n."id"
         WHERE o."name" IS DISTINCT FROM n."name" OR o."shortName" IS DISTINCT FROM n."shortName"));
    RETURN NULL;
END $$;

CREATE TRIGGER question_search_department_au AFTER UPDATE ON "Department" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION question_search_department_changed();

-- Questions already in the database (a database migrated before this), then the indexes.
UPDATE "Question" q SET ("searchDocument", "searchFields") =
    (SELECT v.document, v.fields FROM question_search_vectors(q."id", q."heading", q."text", q."askingMemberId", q."departmentId") v);

CREATE INDEX "Question_searchDocument_idx" ON "Question" USING GIN ("searchDocument");
CREATE INDEX "Question_searchFields_idx" ON "Question" USING GIN ("searchFields");

-- Not search, but the status sort's (server/search/postgres-search-sql.ts, statusPageSql): answered and
-- corrected questions without an answer date come last in their group, a slice read through this
-- (normally empty) index; estimating from each column alone, the planner expects tens of thousands of
-- them and would otherwise scan the whole table for none.
CREATE INDEX "Question_undated_answers_idx" ON "Question" ("state", "id") WHERE "dateAnswered" IS NULL AND "state" IN ('ANSWERED', 'CORRECTED');
