/**
 * Inserting a run's delivery rows in one statement (SQLite): the rows go in as one JSON array read by
 * json_each. Prisma's createMany here costs about half a millisecond a row, which at a busy day's
 * hundred thousand deliveries would be most of the alert-matching budget (BENCHMARKS.md, "Alerts").
 * PostgreSQL's form: server/alerts/postgres/postgres-delivery-insert.ts.
 */
import type { Prisma } from '@/generated/prisma/client';
import type { PlannedDelivery } from '../match';

export async function insertDeliveries(tx: Prisma.TransactionClient, rows: readonly PlannedDelivery[]): Promise<void> {
  const now = Date.now();
  for (let i = 0; i < rows.length; i += 20_000) {
    const chunk = rows.slice(i, i + 20_000).map((d) => [d.key, d.userId, d.followId, d.eventKey, d.questionId, d.frequency]);
    await tx.$executeRawUnsafe(
      `INSERT INTO "AlertDelivery" ("key", "userId", "followId", "eventKey", "questionId", "frequency", "status", "attempts", "createdAt")
       SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, 'pending', 0, ?
         FROM json_each(?)`,
      now,
      JSON.stringify(chunk),
    );
  }
}
