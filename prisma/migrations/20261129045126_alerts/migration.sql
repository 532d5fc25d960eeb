-- CreateTable
CREATE TABLE "Follow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "frequency" TEXT NOT NULL DEFAULT 'immediate',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "followId" INTEGER,
    "eventKey" TEXT NOT NULL,
    "questionId" INTEGER NOT NULL,
    "frequency" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "messageKey" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    CONSTRAINT "AlertDelivery_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AlertState" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL DEFAULT 0,
    "holder" TEXT,
    "heldUntil" DATETIME
);

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
