-- DropIndex
DROP INDEX "Question_state_departmentId_dateDue_idx";

-- CreateIndex
CREATE INDEX "Question_state_departmentId_dateDue_isNamedDay_idx" ON "Question"("state", "departmentId", "dateDue", "isNamedDay");
