-- CreateIndex
CREATE INDEX "Question_state_dateAnswered_idx" ON "Question"("state", "dateAnswered");

-- CreateIndex
CREATE INDEX "Question_state_dateTabled_idx" ON "Question"("state", "dateTabled");
