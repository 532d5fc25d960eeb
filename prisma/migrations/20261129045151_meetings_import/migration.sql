-- Ministers' meetings import (issue 10): a meeting's date precision (a release may give only the month),
-- the last day of overseas travel, and the stable key of the release row it came from (a second import of
-- the same file creates nothing). Written by hand as ADD COLUMN: the generated script rebuilt the Meeting
-- table, which would have dropped the search index's trigger on it (question_search_meeting_au).
ALTER TABLE "Meeting" ADD COLUMN "datePrecision" TEXT NOT NULL DEFAULT 'DAY';
ALTER TABLE "Meeting" ADD COLUMN "endDate" DATETIME;
ALTER TABLE "Meeting" ADD COLUMN "importKey" TEXT;
CREATE UNIQUE INDEX "Meeting_importKey_key" ON "Meeting"("importKey");
