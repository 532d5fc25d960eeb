/**
 * Inserting a run's delivery rows in one statement (PostgreSQL): the rows go in as one JSON array read by
 * jsonb_to_recordset, the counterpart of SQLite's json_each (server/alerts/sqlite/sqlite-delivery-insert.ts says
 * why not createMany). Types are the columns' own; `createdAt` is UTC,
 * as Prisma stores every DateTime (timestamp(3) without time zone).
 */
import type { Prisma } from '@/generated/prisma/client';
import type { PlannedDelivery } from '../match';

export async function insertDeliveries(tx: Prisma.TransactionClient, rows: readonly PlannedDelivery[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 20_000) {
    const chunk = rows.slice(i, i + 20_000).map((d) => ({ key: d.key, userId: d.userId, followId: d.followId, eventKey: d.eventKey, questionId: d.questionId, frequency: d.frequency }));
    await tx.$executeRawUnsafe(
      `INSERT INTO "AlertDelivery" ("key", "userId", "followId", "eventKey", "questionId", "frequency", "status", "attempts", "createdAt")
       SELECT r."key", r."userId", r."followId", r."eventKey", r."questionId", r."frequency", 'pending', 0, (now() AT TIME ZONE 'UTC')::timestamp(3)
         FROM jsonb_to_recordset($1::jsonb) AS r("key" text, "userId" text, "followId" integer, "eventKey" text, "questionId" integer, "frequency" text)`,
      JSON.stringify(chunk),
    );
  }
}
