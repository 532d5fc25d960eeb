-- CreateTable
CREATE TABLE "Party" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "abbreviation" TEXT NOT NULL,
    "colour" TEXT,
    "source" TEXT NOT NULL DEFAULT 'DEMO'
);

-- CreateTable
CREATE TABLE "Department" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parliamentId" INTEGER,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'DEMO'
);

-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parliamentId" INTEGER,
    "displayName" TEXT NOT NULL,
    "listName" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "house" TEXT NOT NULL,
    "partyId" INTEGER,
    "constituency" TEXT,
    "source" TEXT NOT NULL DEFAULT 'DEMO',
    CONSTRAINT "Member_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemberRole" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "memberId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "departmentId" INTEGER,
    "startDate" DATETIME,
    "endDate" DATETIME,
    "source" TEXT NOT NULL DEFAULT 'DEMO',
    CONSTRAINT "MemberRole_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemberRole_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Question" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parliamentId" INTEGER,
    "house" TEXT NOT NULL,
    "uin" TEXT NOT NULL,
    "dateTabled" DATETIME NOT NULL,
    "dateDue" DATETIME NOT NULL,
    "isNamedDay" BOOLEAN NOT NULL DEFAULT false,
    "askingMemberId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "memberHasInterest" BOOLEAN NOT NULL DEFAULT false,
    "withdrawnAt" DATETIME,
    "state" TEXT NOT NULL DEFAULT 'AWAITING',
    "dateAnswered" DATETIME,
    "daysToAnswer" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'DEMO',
    "unreportedFields" TEXT,
    "sourceNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_askingMemberId_fkey" FOREIGN KEY ("askingMemberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Question_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AnswerVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "questionId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "answeringMemberId" INTEGER,
    "answeredOn" DATETIME NOT NULL,
    "textHtml" TEXT NOT NULL,
    "textPlain" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'DEMO',
    "unreportedFields" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AnswerVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnswerVersion_answeringMemberId_fkey" FOREIGN KEY ("answeringMemberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "answerId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "fileType" TEXT,
    "sizeBytes" INTEGER,
    CONSTRAINT "Attachment_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "AnswerVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "date" DATETIME NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'OTHER',
    "description" TEXT,
    "sourceUrl" TEXT,
    "source" TEXT NOT NULL DEFAULT 'DEMO',
    "unreportedFields" TEXT
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER,
    "name" TEXT,
    "role" TEXT,
    "organisation" TEXT,
    "country" TEXT,
    CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingParticipant_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AnswerMeeting" (
    "answerId" INTEGER NOT NULL,
    "meetingId" INTEGER NOT NULL,

    PRIMARY KEY ("answerId", "meetingId"),
    CONSTRAINT "AnswerMeeting_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "AnswerVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnswerMeeting_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Coverage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "outlet" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedOn" DATETIME,
    "author" TEXT,
    "summary" TEXT,
    "source" TEXT NOT NULL DEFAULT 'DEMO',
    "unreportedFields" TEXT
);

-- CreateTable
CREATE TABLE "CoverageQuestion" (
    "coverageId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,

    PRIMARY KEY ("coverageId", "questionId"),
    CONSTRAINT "CoverageQuestion_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "Coverage" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CoverageQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoverageMember" (
    "coverageId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,

    PRIMARY KEY ("coverageId", "memberId"),
    CONSTRAINT "CoverageMember_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "Coverage" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CoverageMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionFollowUp" (
    "followUpId" INTEGER NOT NULL,
    "earlierId" INTEGER NOT NULL,
    "earlierAnswerId" INTEGER,
    "origin" TEXT NOT NULL,

    PRIMARY KEY ("followUpId", "earlierId"),
    CONSTRAINT "QuestionFollowUp_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionFollowUp_earlierId_fkey" FOREIGN KEY ("earlierId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionFollowUp_earlierAnswerId_fkey" FOREIGN KEY ("earlierAnswerId") REFERENCES "AnswerVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionGroupLink" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,

    PRIMARY KEY ("fromId", "toId"),
    CONSTRAINT "QuestionGroupLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionGroupLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "source" TEXT NOT NULL DEFAULT 'DEMO'
);

-- CreateTable
CREATE TABLE "QuestionTopic" (
    "questionId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    PRIMARY KEY ("questionId", "topicId"),
    CONSTRAINT "QuestionTopic_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingTopic" (
    "meetingId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    PRIMARY KEY ("meetingId", "topicId"),
    CONSTRAINT "MeetingTopic_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoverageTopic" (
    "coverageId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    PRIMARY KEY ("coverageId", "topicId"),
    CONSTRAINT "CoverageTopic_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "Coverage" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CoverageTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChangeLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Party_name_key" ON "Party"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Department_parliamentId_key" ON "Department"("parliamentId");

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Department_slug_key" ON "Department"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Member_parliamentId_key" ON "Member"("parliamentId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_slug_key" ON "Member"("slug");

-- CreateIndex
CREATE INDEX "Member_listName_idx" ON "Member"("listName");

-- CreateIndex
CREATE INDEX "Member_partyId_idx" ON "Member"("partyId");

-- CreateIndex
CREATE INDEX "MemberRole_memberId_startDate_idx" ON "MemberRole"("memberId", "startDate");

-- CreateIndex
CREATE INDEX "MemberRole_departmentId_startDate_idx" ON "MemberRole"("departmentId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Question_parliamentId_key" ON "Question"("parliamentId");

-- CreateIndex
CREATE INDEX "Question_dateTabled_idx" ON "Question"("dateTabled");

-- CreateIndex
CREATE INDEX "Question_state_dateDue_idx" ON "Question"("state", "dateDue");

-- CreateIndex
CREATE INDEX "Question_departmentId_dateTabled_idx" ON "Question"("departmentId", "dateTabled");

-- CreateIndex
CREATE INDEX "Question_askingMemberId_dateTabled_idx" ON "Question"("askingMemberId", "dateTabled");

-- CreateIndex
CREATE INDEX "Question_dateAnswered_idx" ON "Question"("dateAnswered");

-- CreateIndex
CREATE INDEX "Question_dateDue_idx" ON "Question"("dateDue");

-- CreateIndex
CREATE UNIQUE INDEX "Question_house_uin_dateTabled_key" ON "Question"("house", "uin", "dateTabled");

-- CreateIndex
CREATE INDEX "AnswerVersion_answeringMemberId_answeredOn_idx" ON "AnswerVersion"("answeringMemberId", "answeredOn");

-- CreateIndex
CREATE INDEX "AnswerVersion_answeredOn_idx" ON "AnswerVersion"("answeredOn");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerVersion_questionId_sequence_key" ON "AnswerVersion"("questionId", "sequence");

-- CreateIndex
CREATE INDEX "Meeting_date_idx" ON "Meeting"("date");

-- CreateIndex
CREATE INDEX "MeetingParticipant_meetingId_idx" ON "MeetingParticipant"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_memberId_idx" ON "MeetingParticipant"("memberId");

-- CreateIndex
CREATE INDEX "AnswerMeeting_meetingId_idx" ON "AnswerMeeting"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "Coverage_url_key" ON "Coverage"("url");

-- CreateIndex
CREATE INDEX "Coverage_publishedOn_idx" ON "Coverage"("publishedOn");

-- CreateIndex
CREATE INDEX "CoverageQuestion_questionId_idx" ON "CoverageQuestion"("questionId");

-- CreateIndex
CREATE INDEX "CoverageMember_memberId_idx" ON "CoverageMember"("memberId");

-- CreateIndex
CREATE INDEX "QuestionFollowUp_earlierId_idx" ON "QuestionFollowUp"("earlierId");

-- CreateIndex
CREATE INDEX "QuestionGroupLink_toId_idx" ON "QuestionGroupLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_name_key" ON "Topic"("name");

-- CreateIndex
CREATE INDEX "QuestionTopic_topicId_idx" ON "QuestionTopic"("topicId");

-- CreateIndex
CREATE INDEX "MeetingTopic_topicId_idx" ON "MeetingTopic"("topicId");

-- CreateIndex
CREATE INDEX "CoverageTopic_topicId_idx" ON "CoverageTopic"("topicId");

-- CreateIndex
CREATE INDEX "ChangeLog_entityType_entityId_at_idx" ON "ChangeLog"("entityType", "entityId", "at");
