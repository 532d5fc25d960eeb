-- Status tags in the search index. A status filter with search words still joined every FTS match to
-- Question: "support" with status overdue took 0.6 s at a million questions (BENCHMARKS.md), five
-- times a department filter. The hidden "tags" column (see the filter-tags migration) now also holds
--   s<state>   the stored state: sawaiting, sholding, sanswered, scorrected, swithdrawn;
--   due<day>   for AWAITING questions only, the due date as whole days since 1970 (dateDue is a UTC
--              midnight), e.g. due20417.
-- "Overdue" depends on today, so it cannot be a stored tag; but only the few awaiting questions due
-- from today on are not overdue, and their due days are a handful of distinct values. So
--   overdue  = sawaiting NOT due(any day from today on that an awaiting question is due)
--   awaiting = due(any of those days)
-- and every status filter is a doclist operation inside FTS5 (server/search/sqlite-status-sql.ts
-- lists the days through the (state, dateDue) index, a seek per distinct day).
--
-- Question.state changes when answers are logged (server/question-state.ts), so the question update
-- trigger now also fires on "state" and "dateDue". Its other statements, the other triggers and the
-- columns are as before: only the view (the one definition of a document) and this trigger change.
-- Then the index is emptied ('delete-all' keeps the table, its rank setting and its tokenizer),
-- refilled from the view in document-key order, as the filter-tags migration did, and merged into one
-- b-tree ('optimize', what optimizeQuestionSearch runs after a bulk load; a rebuild is one). At a
-- million questions on two cores: about 24 s to refill, 3 s to merge.

DROP TRIGGER "question_search_question_au";
DROP VIEW "question_search_source";

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
      WHERE a."questionId" = q."id") AS "meeting",
    'd' || q."departmentId" || ' h' || lower(q."house") || ' m' || q."askingMemberId"
      || coalesce((SELECT ' p' || m."partyId" FROM "Member" m WHERE m."id" = q."askingMemberId"), '')
      || ' s' || lower(q."state")
      || CASE WHEN q."state" = 'AWAITING' THEN ' due' || (q."dateDue" / 86400000) ELSE '' END AS "tags"
FROM "Question" q;

CREATE TRIGGER "question_search_question_au" AFTER UPDATE OF "heading", "text", "dateTabled", "askingMemberId", "departmentId", "house", "state", "dateDue", "id" ON "Question"
    WHEN OLD."heading" IS NOT NEW."heading" OR OLD."text" IS NOT NEW."text" OR OLD."dateTabled" IS NOT NEW."dateTabled"
    OR OLD."askingMemberId" IS NOT NEW."askingMemberId" OR OLD."departmentId" IS NOT NEW."departmentId" OR OLD."house" IS NOT NEW."house"
    OR OLD."state" IS NOT NEW."state" OR OLD."dateDue" IS NOT NEW."dateDue" OR OLD."id" IS NOT NEW."id"
BEGIN
    DELETE FROM "question_search" WHERE "rowid" = ((OLD."dateTabled" / 86400000) + 100000) * 4294967296 + OLD."id";
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting", "tags")
    SELECT "docKey", "heading", "question", "answer", "asker", "answerer", "department", "meeting", "tags"
      FROM "question_search_source" WHERE "questionId" = NEW."id";
END;

INSERT INTO "question_search" ("question_search") VALUES ('delete-all');

INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting", "tags")
SELECT "docKey", "heading", "question", "answer", "asker", "answerer", "department", "meeting", "tags"
  FROM "question_search_source" ORDER BY "docKey";

INSERT INTO "question_search" ("question_search") VALUES ('optimize');
