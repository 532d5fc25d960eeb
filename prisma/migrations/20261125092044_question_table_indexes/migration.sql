-- CreateIndex
CREATE INDEX "Question_house_dateTabled_idx" ON "Question"("house", "dateTabled");

-- CreateIndex
CREATE INDEX "Question_uin_idx" ON "Question"("uin");

-- CreateIndex
CREATE INDEX "Question_daysToAnswer_idx" ON "Question"("daysToAnswer");
