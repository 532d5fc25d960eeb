-- DropIndex
DROP INDEX "Question_daysToAnswer_idx";

-- DropIndex
DROP INDEX "Question_dateAnswered_idx";

-- CreateIndex
CREATE INDEX "Question_dateAnswered_dateTabled_idx" ON "Question"("dateAnswered", "dateTabled");

-- CreateIndex
CREATE INDEX "Question_daysToAnswer_dateTabled_idx" ON "Question"("daysToAnswer", "dateTabled");
