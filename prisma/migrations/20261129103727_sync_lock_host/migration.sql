-- AlterTable
ALTER TABLE "SyncLock" ADD COLUMN "host" TEXT;

-- AlterTable
ALTER TABLE "SyncRun" ADD COLUMN "host" TEXT;
