-- CreateIndex
CREATE INDEX "Question_state_departmentId_dateDue_idx" ON "Question"("state", "departmentId", "dateDue");
