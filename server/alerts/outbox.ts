/**
 * The outbox's first half: new change-log entries → delivery rows, exactly once. Matching reads only
 * (ten thousand saved searches must not hold the database's write lock); then one short transaction
 * inserts the rows and moves the committed cursor, compare-and-set on its old value, so a crash before
 * the commit leaves both untouched (the next run matches the same entries again) and after it leaves both
 * written. `AlertDelivery.key` is unique per (user, event) as a second guard.
 *
 * The cursor is the change log's id, so no entry may ever appear below it. On SQLite one writer commits
 * at a time, in id order. PostgreSQL takes ids from a sequence before commit, so two writers could commit
 * out of id order; every writer of the log therefore takes the write lock first and holds it to its
 * commit (server/writes/write-lock.ts), which hands ids out in commit order there too.
 */
import type { DatabaseTarget } from '@/lib/db/database-url';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { prismaNameResolver } from '@/server/search/resolve-filters';
import { readEventsAfter } from './events';
import { matchEvents } from './match';
import { loadQuestionFacts } from './question-facts';
import { alertDialect } from './alert-dialect';
import { cachedNameResolver } from './cached-names';

const CURSOR = 'cursor';
const BATCH = 5000;

export interface MatchOutcome {
  events: number;
  deliveries: number;
  cursor: number;
}

/** The committed cursor; the first run starts at the newest entry (no alerts for the past). */
export async function readCursor(db: PrismaClient): Promise<number> {
  const row = await db.alertState.findUnique({ where: { name: CURSOR } });
  if (row) return row.value;
  const newest = await db.changeLog.aggregate({ _max: { id: true } });
  const start = newest._max.id ?? 0;
  await db.alertState.upsert({ where: { name: CURSOR }, create: { name: CURSOR, value: start }, update: {} });
  return (await db.alertState.findUniqueOrThrow({ where: { name: CURSOR } })).value;
}

/**
 * Matches every entry since the cursor, a batch at a time, and commits deliveries with the cursor.
 * `database` is the database `db` is on: saved searches' words are matched on a connection of their own.
 */
export async function matchNewEvents(db: PrismaClient, options: { database: DatabaseTarget; today: Date }): Promise<MatchOutcome> {
  let cursor = await readCursor(db);
  const dialect = alertDialect(db);
  let events = 0;
  let deliveries = 0;
  const names = cachedNameResolver(prismaNameResolver(db));
  for (;;) {
    const batch = await readEventsAfter(db, cursor, BATCH);
    if (batch.lastId === cursor) break;
    const facts = await loadQuestionFacts(db, [...new Set(batch.events.map((e) => e.questionId))]);
    const matched = await matchEvents(db, { events: batch.events, facts, names, today: options.today, text: () => dialect.questionText(options.database, [...facts.keys()]) });
    const from = cursor;
    await db.$transaction(async (tx) => {
      const moved = await tx.alertState.updateMany({ where: { name: CURSOR, value: from }, data: { value: batch.lastId } });
      if (moved.count !== 1) throw new Error('Another alert sender moved the cursor: stopping this run.');
      if (matched.deliveries.length > 0) {
        await dialect.insertDeliveries(tx, matched.deliveries);
      }
    });
    cursor = batch.lastId;
    events += batch.events.length;
    deliveries += matched.deliveries.length;
  }
  return { events, deliveries, cursor };
}
