-- The question_search update triggers re-index a question only when an indexed value really changed.
-- Prisma's updates name every field they are given, so "AFTER UPDATE OF heading" also fired for
-- writes that set the same heading again (an idempotent seed, a form saved unchanged), rewriting the
-- document and leaving FTS5 tombstones for nothing. Same statements as before, plus a WHEN clause.

DROP TRIGGER "question_search_question_au";
CREATE TRIGGER "question_search_question_au" AFTER UPDATE OF "heading", "text", "dateTabled", "askingMemberId", "departmentId", "id" ON "Question"
    WHEN OLD."heading" IS NOT NEW."heading" OR OLD."text" IS NOT NEW."text" OR OLD."dateTabled" IS NOT NEW."dateTabled"
    OR OLD."askingMemberId" IS NOT NEW."askingMemberId" OR OLD."departmentId" IS NOT NEW."departmentId" OR OLD."id" IS NOT NEW."id"
BEGIN
    DELETE FROM "question_search" WHERE "rowid" = ((OLD."dateTabled" / 86400000) + 100000) * 4294967296 + OLD."id";
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT "docKey", "heading", "question", "answer", "asker", "answerer", "department", "meeting"
      FROM "question_search_source" WHERE "questionId" = NEW."id";
END;

DROP TRIGGER "question_search_answer_au";
CREATE TRIGGER "question_search_answer_au" AFTER UPDATE OF "textPlain", "questionId", "answeringMemberId" ON "AnswerVersion"
    WHEN OLD."textPlain" IS NOT NEW."textPlain" OR OLD."questionId" IS NOT NEW."questionId" OR OLD."answeringMemberId" IS NOT NEW."answeringMemberId"
BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (SELECT "docKey" FROM "question_search_source" WHERE "questionId" IN (OLD."questionId", NEW."questionId"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT "docKey", "heading", "question", "answer", "asker", "answerer", "department", "meeting"
      FROM "question_search_source" WHERE "questionId" IN (OLD."questionId", NEW."questionId");
END;

DROP TRIGGER "question_search_answer_meeting_au";
CREATE TRIGGER "question_search_answer_meeting_au" AFTER UPDATE ON "AnswerMeeting"
    WHEN OLD."answerId" IS NOT NEW."answerId" OR OLD."meetingId" IS NOT NEW."meetingId"
BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerVersion" a WHERE a."id" IN (OLD."answerId", NEW."answerId")));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerVersion" a WHERE a."id" IN (OLD."answerId", NEW."answerId"));
END;

DROP TRIGGER "question_search_meeting_au";
CREATE TRIGGER "question_search_meeting_au" AFTER UPDATE OF "title", "place" ON "Meeting"
    WHEN OLD."title" IS NOT NEW."title" OR OLD."place" IS NOT NEW."place"
BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerMeeting" am JOIN "AnswerVersion" a ON a."id" = am."answerId" WHERE am."meetingId" = NEW."id"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT a."questionId" FROM "AnswerMeeting" am JOIN "AnswerVersion" a ON a."id" = am."answerId" WHERE am."meetingId" = NEW."id");
END;

DROP TRIGGER "question_search_member_au";
CREATE TRIGGER "question_search_member_au" AFTER UPDATE OF "displayName" ON "Member"
    WHEN OLD."displayName" IS NOT NEW."displayName"
BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT q."id" FROM "Question" q WHERE q."askingMemberId" = NEW."id" UNION SELECT a."questionId" FROM "AnswerVersion" a WHERE a."answeringMemberId" = NEW."id"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT q."id" FROM "Question" q WHERE q."askingMemberId" = NEW."id" UNION SELECT a."questionId" FROM "AnswerVersion" a WHERE a."answeringMemberId" = NEW."id");
END;

DROP TRIGGER "question_search_department_au";
CREATE TRIGGER "question_search_department_au" AFTER UPDATE OF "name", "shortName" ON "Department"
    WHEN OLD."name" IS NOT NEW."name" OR OLD."shortName" IS NOT NEW."shortName"
BEGIN
    DELETE FROM "question_search" WHERE "rowid" IN (
        SELECT s."docKey" FROM "question_search_source" s WHERE s."questionId" IN (SELECT q."id" FROM "Question" q WHERE q."departmentId" = NEW."id"));
    INSERT INTO "question_search" ("rowid", "heading", "question", "answer", "asker", "answerer", "department", "meeting")
    SELECT s."docKey", s."heading", s."question", s."answer", s."asker", s."answerer", s."department", s."meeting"
      FROM "question_search_source" s WHERE s."questionId" IN (SELECT q."id" FROM "Question" q WHERE q."departmentId" = NEW."id");
END;
