-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RecordSource" AS ENUM ('ARTICLE', 'PARLIAMENT', 'STAFF', 'DEMO', 'GOVUK');

-- CreateEnum
CREATE TYPE "House" AS ENUM ('COMMONS', 'LORDS');

-- CreateEnum
CREATE TYPE "QuestionState" AS ENUM ('AWAITING', 'HOLDING', 'ANSWERED', 'CORRECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AnswerKind" AS ENUM ('HOLDING', 'SUBSTANTIVE', 'CORRECTION');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('BILATERAL', 'MULTILATERAL', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH');

-- CreateEnum
CREATE TYPE "FollowUpOrigin" AS ENUM ('TEXT', 'STAFF', 'SOURCE');

-- CreateTable
CREATE TABLE "Party" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "abbreviation" TEXT NOT NULL,
    "colour" TEXT,
    "source" "RecordSource" NOT NULL DEFAULT 'DEMO',

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" SERIAL NOT NULL,
    "parliamentId" INTEGER,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "source" "RecordSource" NOT NULL DEFAULT 'DEMO',

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "parliamentId" INTEGER,
    "displayName" TEXT NOT NULL,
    "listName" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "house" "House" NOT NULL,
    "partyId" INTEGER,
    "constituency" TEXT,
    "source" "RecordSource" NOT NULL DEFAULT 'DEMO',

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberRole" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "departmentId" INTEGER,
    "startDate" TIMESTAMP(3),
    "endDate" TIMESTAMP(3),
    "source" "RecordSource" NOT NULL DEFAULT 'DEMO',

    CONSTRAINT "MemberRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" SERIAL NOT NULL,
    "parliamentId" INTEGER,
    "house" "House" NOT NULL,
    "uin" TEXT NOT NULL,
    "dateTabled" TIMESTAMP(3) NOT NULL,
    "dateDue" TIMESTAMP(3) NOT NULL,
    "isNamedDay" BOOLEAN NOT NULL DEFAULT false,
    "askingMemberId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "memberHasInterest" BOOLEAN NOT NULL DEFAULT false,
    "withdrawnAt" TIMESTAMP(3),
    "state" "QuestionState" NOT NULL DEFAULT 'AWAITING',
    "dateAnswered" TIMESTAMP(3),
    "daysToAnswer" INTEGER,
    "source" "RecordSource" NOT NULL DEFAULT 'DEMO',
    "unreportedFields" TEXT,
    "sourceNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerVersion" (
    "id" SERIAL NOT NULL,
    "questionId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" "AnswerKind" NOT NULL,
    "answeringMemberId" INTEGER,
    "answeredOn" TIMESTAMP(3) NOT NULL,
    "textHtml" TEXT NOT NULL,
    "textPlain" TEXT NOT NULL,
    "source" "RecordSource" NOT NULL DEFAULT 'DEMO',
    "unreportedFields" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "answerId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "fileType" TEXT,
    "sizeBytes" INTEGER,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "kind" "MeetingKind" NOT NULL DEFAULT 'OTHER',
    "description" TEXT,
    "sourceUrl" TEXT,
    "source" "RecordSource" NOT NULL DEFAULT 'DEMO',
    "unreportedFields" TEXT,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "endDate" TIMESTAMP(3),
    "importKey" TEXT,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER,
    "name" TEXT,
    "role" TEXT,
    "organisation" TEXT,
    "country" TEXT,

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerMeeting" (
    "answerId" INTEGER NOT NULL,
    "meetingId" INTEGER NOT NULL,

    CONSTRAINT "AnswerMeeting_pkey" PRIMARY KEY ("answerId","meetingId")
);

-- CreateTable
CREATE TABLE "Coverage" (
    "id" SERIAL NOT NULL,
    "outlet" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedOn" TIMESTAMP(3),
    "author" TEXT,
    "summary" TEXT,
    "source" "RecordSource" NOT NULL DEFAULT 'DEMO',
    "unreportedFields" TEXT,

    CONSTRAINT "Coverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoverageQuestion" (
    "coverageId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,

    CONSTRAINT "CoverageQuestion_pkey" PRIMARY KEY ("coverageId","questionId")
);

-- CreateTable
CREATE TABLE "CoverageMember" (
    "coverageId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,

    CONSTRAINT "CoverageMember_pkey" PRIMARY KEY ("coverageId","memberId")
);

-- CreateTable
CREATE TABLE "QuestionFollowUp" (
    "followUpId" INTEGER NOT NULL,
    "earlierId" INTEGER NOT NULL,
    "earlierAnswerId" INTEGER,
    "origin" "FollowUpOrigin" NOT NULL,

    CONSTRAINT "QuestionFollowUp_pkey" PRIMARY KEY ("followUpId","earlierId")
);

-- CreateTable
CREATE TABLE "QuestionGroupLink" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,

    CONSTRAINT "QuestionGroupLink_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "source" "RecordSource" NOT NULL DEFAULT 'DEMO',

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionTopic" (
    "questionId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    CONSTRAINT "QuestionTopic_pkey" PRIMARY KEY ("questionId","topicId")
);

-- CreateTable
CREATE TABLE "MeetingTopic" (
    "meetingId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    CONSTRAINT "MeetingTopic_pkey" PRIMARY KEY ("meetingId","topicId")
);

-- CreateTable
CREATE TABLE "CoverageTopic" (
    "coverageId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    CONSTRAINT "CoverageTopic_pkey" PRIMARY KEY ("coverageId","topicId")
);

-- CreateTable
CREATE TABLE "ChangeLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "actorId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "summary" TEXT,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "ChangeLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionAssignment" (
    "questionId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedById" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionAssignment_pkey" PRIMARY KEY ("questionId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "role" TEXT DEFAULT 'viewer',
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "impersonatedBy" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ParliamentQuestionRecord" (
    "parliamentId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "listHash" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParliamentQuestionRecord_pkey" PRIMARY KEY ("parliamentId")
);

-- CreateTable
CREATE TABLE "SyncRun" (
    "id" SERIAL NOT NULL,
    "status" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "pid" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "phase" TEXT,
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "cursor" TEXT,
    "errors" TEXT NOT NULL DEFAULT '[]',
    "highWaterMark" TIMESTAMP(3),
    "message" TEXT,

    CONSTRAINT "SyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncLock" (
    "id" INTEGER NOT NULL,
    "runId" INTEGER NOT NULL,
    "pid" INTEGER NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SyncLock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Follow" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "frequency" TEXT NOT NULL DEFAULT 'immediate',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "followId" INTEGER,
    "eventKey" TEXT NOT NULL,
    "questionId" INTEGER NOT NULL,
    "frequency" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "messageKey" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertState" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,
    "holder" TEXT,
    "heldUntil" TIMESTAMP(3),

    CONSTRAINT "AlertState_pkey" PRIMARY KEY ("name")
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
CREATE INDEX "Question_state_departmentId_dateDue_isNamedDay_idx" ON "Question"("state", "departmentId", "dateDue", "isNamedDay");

-- CreateIndex
CREATE INDEX "Question_departmentId_dateTabled_idx" ON "Question"("departmentId", "dateTabled");

-- CreateIndex
CREATE INDEX "Question_askingMemberId_dateTabled_idx" ON "Question"("askingMemberId", "dateTabled");

-- CreateIndex
CREATE INDEX "Question_dateAnswered_dateTabled_idx" ON "Question"("dateAnswered", "dateTabled");

-- CreateIndex
CREATE INDEX "Question_dateDue_idx" ON "Question"("dateDue");

-- CreateIndex
CREATE INDEX "Question_house_dateTabled_idx" ON "Question"("house", "dateTabled");

-- CreateIndex
CREATE INDEX "Question_uin_idx" ON "Question"("uin");

-- CreateIndex
CREATE INDEX "Question_daysToAnswer_dateTabled_idx" ON "Question"("daysToAnswer", "dateTabled");

-- CreateIndex
CREATE INDEX "Question_state_dateAnswered_idx" ON "Question"("state", "dateAnswered");

-- CreateIndex
CREATE INDEX "Question_state_dateTabled_idx" ON "Question"("state", "dateTabled");

-- CreateIndex
CREATE UNIQUE INDEX "Question_house_uin_dateTabled_key" ON "Question"("house", "uin", "dateTabled");

-- CreateIndex
CREATE INDEX "AnswerVersion_answeringMemberId_answeredOn_idx" ON "AnswerVersion"("answeringMemberId", "answeredOn");

-- CreateIndex
CREATE INDEX "AnswerVersion_answeredOn_idx" ON "AnswerVersion"("answeredOn");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerVersion_questionId_sequence_key" ON "AnswerVersion"("questionId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_importKey_key" ON "Meeting"("importKey");

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
CREATE INDEX "ChangeLog_entityType_entityId_id_idx" ON "ChangeLog"("entityType", "entityId", "id");

-- CreateIndex
CREATE INDEX "ChangeLog_at_idx" ON "ChangeLog"("at");

-- CreateIndex
CREATE INDEX "ChangeLog_actorId_at_idx" ON "ChangeLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "QuestionAssignment_userId_idx" ON "QuestionAssignment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "ParliamentQuestionRecord_questionId_key" ON "ParliamentQuestionRecord"("questionId");

-- CreateIndex
CREATE INDEX "SyncRun_status_startedAt_idx" ON "SyncRun"("status", "startedAt");

-- CreateIndex
CREATE INDEX "Follow_kind_targetId_idx" ON "Follow"("kind", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_kind_targetId_key" ON "Follow"("userId", "kind", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "AlertDelivery_key_key" ON "AlertDelivery"("key");

-- CreateIndex
CREATE INDEX "AlertDelivery_status_frequency_userId_idx" ON "AlertDelivery"("status", "frequency", "userId");

-- CreateIndex
CREATE INDEX "AlertDelivery_messageKey_idx" ON "AlertDelivery"("messageKey");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRole" ADD CONSTRAINT "MemberRole_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRole" ADD CONSTRAINT "MemberRole_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_askingMemberId_fkey" FOREIGN KEY ("askingMemberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerVersion" ADD CONSTRAINT "AnswerVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerVersion" ADD CONSTRAINT "AnswerVersion_answeringMemberId_fkey" FOREIGN KEY ("answeringMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "AnswerVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerMeeting" ADD CONSTRAINT "AnswerMeeting_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "AnswerVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerMeeting" ADD CONSTRAINT "AnswerMeeting_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageQuestion" ADD CONSTRAINT "CoverageQuestion_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "Coverage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageQuestion" ADD CONSTRAINT "CoverageQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageMember" ADD CONSTRAINT "CoverageMember_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "Coverage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageMember" ADD CONSTRAINT "CoverageMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionFollowUp" ADD CONSTRAINT "QuestionFollowUp_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionFollowUp" ADD CONSTRAINT "QuestionFollowUp_earlierId_fkey" FOREIGN KEY ("earlierId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionFollowUp" ADD CONSTRAINT "QuestionFollowUp_earlierAnswerId_fkey" FOREIGN KEY ("earlierAnswerId") REFERENCES "AnswerVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionGroupLink" ADD CONSTRAINT "QuestionGroupLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionGroupLink" ADD CONSTRAINT "QuestionGroupLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionTopic" ADD CONSTRAINT "QuestionTopic_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionTopic" ADD CONSTRAINT "QuestionTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTopic" ADD CONSTRAINT "MeetingTopic_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTopic" ADD CONSTRAINT "MeetingTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageTopic" ADD CONSTRAINT "CoverageTopic_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "Coverage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageTopic" ADD CONSTRAINT "CoverageTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionAssignment" ADD CONSTRAINT "QuestionAssignment_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionAssignment" ADD CONSTRAINT "QuestionAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow"("id") ON DELETE SET NULL ON UPDATE CASCADE;
