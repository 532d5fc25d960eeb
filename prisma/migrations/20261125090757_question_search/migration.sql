-- Full-text search over written questions (hand-written: Prisma cannot describe FTS5).
--
-- question_search is a *contentless* FTS5 index (content='', contentless_delete=1): it stores only the
-- inverted index, not a second copy of every question and answer (about 2 KB a question, 2 GB at a
-- million). Rows are deleted by rowid, so a trigger never has to reproduce the old text exactly
-- (the failure mode of external-content tables, whose 'delete' must be given the indexed values or the
-- index silently corrupts). Snippets are made by server/search/sqlite-search.ts from the page's rows.
--
-- Document key (the FTS rowid) = (days since 1970 of dateTabled + 100000) * 2^32 + Question.id.
-- The low 32 bits are the Question id (id = rowid & 0xFFFFFFFF), so it identifies the question exactly;
-- the high bits make rowid order *be* date-tabled order (ties broken by id), whatever order questions
-- were imported in. FTS5 walks its doclists in rowid order, so "newest first" is
-- `ORDER BY rowid DESC LIMIT 25`, which stops after 25 hits (under 1 ms at a million questions) instead
-- of joining every match to Question and sorting; a tabled-date range becomes a rowid range the index
-- applies itself. Keying by the bare Question id would only follow date order while questions are
-- inserted in date order, which a historical back-fill or an import from an API breaks. The key stays
-- below 2^53, so JavaScript numbers hold it exactly. Days are integer division of the stored Unix-ms
-- calendar date (UTC midnight); the +100000 keeps dates before 1970 positive.
--
-- Columns: heading, question text, every answer version's text, the asking member, the answering
-- members, the department and the meetings the answers cite (title and place), so field words
-- (heading:, member:, department:, meeting:) are column filters inside the index.
CREATE VIRTUAL TABLE "question_search" USING fts5(
    heading,
    question,
    answer,
    asker,
    answerer,
    department,
    meeting,
    content = '',
    contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Relevance: bm25 with the heading weighted well above the bodies; names and meetings count like answer text.
INSERT INTO "question_search" ("question_search", "rank") VALUES ('rank', 'bm25(10.0, 2.5, 1.0, 2.0, 1.0, 1.0, 1.0)');

-- What is indexed for each question: the one definition the triggers and a rebuild both use.
CREATE VIEW "question_search_source" AS
SELECT
    ((q."dateTabled" / 86400000) + 100000) * 4294967296 + q."id" AS "docKey",
    q."id" AS "questionId",
    q."heading" AS "heading",
    q."text" AS "question",
    (SELECT group_concat(a."textPlain", char(10) ORDER BY a."sequence")
       FROM "AnswerVersion" a WHERE a."questionId" = q."id") AS "answer",
    (SELECT m."displayName" FROM "Member" m WHERE m."id" = q."askingMemberId") AS "asker",
    (SELECT group_concat(DISTINCT m."displayName")
       FROM "AnswerVersion" a JOIN "Member" m ON m."id" = a."answeringMemberId"
      WHERE a."questionId" = q."id") AS "answerer",
    (SELECT d."name" || ' ' || d."shortName" FROM "Department" d WHERE d."id" = q."departmentId") AS "department",
    (SELECT group_concat(DISTINCT mt."title" || coalesce(' ' || mt."place", ''))
       FROM "AnswerVersion" a
       JOIN "AnswerMeeting" am ON am."answerId" = a."id"
       JOIN "Meeting" mt ON mt."id" = am."meetingId"
      WHERE a."questionId" = q."id") AS "meeting"
FROM "Question" q;

-- Triggers re-derive a question's document from question_search_source: delete its rowid, insert
-- the current row. Idempotent, so the order triggers fire in (cascades included) cannot matter.
-- NOTE for later migrations: SQLite drops a table's triggers with the table, and Prisma "redefines"
-- a SQLite table (create new_X, copy, drop X, rename) for many column changes. Such a migration fails
-- with "error in trigger/view ... no such table" until its draft drops these triggers and the view
-- first and recreates them (copy this file's statements) at the end. lib/search/search-index.test.ts
-- checks the triggers exist and keep the index in step on the fully migrated database.

CREATE TRIGGER "question_search_question_ai" AFTER INSERT ON "Question" BEGIN
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT "docKey", "heading", "question", "answer", "asker", "answerer", "department", "meeting"
      FROM "question_search_source" WHERE "questionId" = NEW."id";
END;

CREATE TRIGGER "question_search_question_au" AFTER UPDATE OF "heading", "text", "dateTabled", "askingMemberId", "departmentId", "id" ON "Question" BEGIN
    DELETE FROM "question_search" WHERE "rowid" = ((OLD."dateTabled" / 86400000) + 100000) * 4294967296 + OLD."id";
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT "docKey", "heading", "question", "answer", "asker", "answerer", "department", "meeting"
      FROM "question_search_source" WHERE "questionId" = NEW."id";
END;

CREATE TRIGGER "question_search_question_ad" AFTER DELETE ON "Question" BEGIN
    DELETE FROM "question_search" WHERE "rowid" = ((OLD."dateTabled" / 86400000) + 100000) * 4294967296 + OLD."id";
END;

CREATE TRIGGER "question_search_answer_ai" AFTER INSERT ON "AnswerVersion" BEGIN
    DELETE FROM "question_search" WHERE "rowid" = (SELECT "docKey" FROM "question_search_source" WHERE "questionId" = NEW."questionId");
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT "docKey", "heading", "question", "answer", "asker", "answerer", "department", "meeting"
      FROM "question_search_source" WHERE "questionId" = NEW."questionId";
END;

CREATE TRIGGER "question_search_answer_au" AFTER UPDATE OF "textPlain", "questionId", "answeringMemberId" ON "AnswerVersion" BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (SELECT "docKey" FROM "question_search_source" WHERE "questionId" IN (OLD."questionId", NEW."questionId"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT "docKey", "heading", "question", "answer", "asker", "answerer", "department", "meeting"
      FROM "question_search_source" WHERE "questionId" IN (OLD."questionId", NEW."questionId");
END;

CREATE TRIGGER "question_search_answer_ad" AFTER DELETE ON "AnswerVersion" BEGIN
    DELETE FROM "question_search" WHERE "rowid" = (SELECT "docKey" FROM "question_search_source" WHERE "questionId" = OLD."questionId");
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT "docKey", "heading", "question", "answer", "asker", "answerer", "department", "meeting"
      FROM "question_search_source" WHERE "questionId" = OLD."questionId";
END;

CREATE TRIGGER "question_search_answer_meeting_ai" AFTER INSERT ON "AnswerMeeting" BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerVersion" a WHERE a."id" = NEW."answerId"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerVersion" a WHERE a."id" = NEW."answerId");
END;

CREATE TRIGGER "question_search_answer_meeting_au" AFTER UPDATE ON "AnswerMeeting" BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerVersion" a WHERE a."id" IN (OLD."answerId", NEW."answerId")));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerVersion" a WHERE a."id" IN (OLD."answerId", NEW."answerId"));
END;

CREATE TRIGGER "question_search_answer_meeting_ad" AFTER DELETE ON "AnswerMeeting" BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerVersion" a WHERE a."id" = OLD."answerId"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerVersion" a WHERE a."id" = OLD."answerId");
END;

CREATE TRIGGER "question_search_meeting_au" AFTER UPDATE OF "title", "place" ON "Meeting" BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerMeeting" am JOIN "AnswerVersion" a ON a."id" = am."answerId" WHERE am."meetingId" = NEW."id"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerMeeting" am JOIN "AnswerVersion" a ON a."id" = am."answerId" WHERE am."meetingId" = NEW."id");
END;

CREATE TRIGGER "question_search_member_au" AFTER UPDATE OF "displayName" ON "Member" BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT q."id" FROM "Question" q WHERE q."askingMemberId" = NEW."id" UNION SELECT a."questionId" FROM "AnswerVersion" a WHERE a."answeringMemberId" = NEW."id"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT q."id" FROM "Question" q WHERE q."askingMemberId" = NEW."id" UNION SELECT a."questionId" FROM "AnswerVersion" a WHERE a."answeringMemberId" = NEW."id");
END;

CREATE TRIGGER "question_search_department_au" AFTER UPDATE OF "name", "shortName" ON "Department" BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT q."id" FROM "Question" q WHERE q."departmentId" = NEW."id"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT q."id" FROM "Question" q WHERE q."departmentId" = NEW."id");
END;
