import 'server-only';
import type { ChangeStamp } from '@/lib/db/change-stamp';
import { postgresChangeStamp } from '@/lib/db/postgres/postgres-change-stamp';
import { clientDialect } from '@/lib/db/prisma-client';
import { databasePath } from '@/lib/db/database-path';
import { SqliteDataVersion } from '@/lib/db/sqlite-data-version';
import { londonToday } from '@/lib/dates';
import { prisma } from '@/server/db';

/**
 * Last-Modified for API responses: the moment this process first saw the database as it is now
 * (its change stamp, lib/db/change-stamp.ts) or the London date turn (statuses such as
 * overdue change with it). The time is taken when the change is first noticed, so it is never
 * earlier than the change itself: an If-Modified-Since answered 304 is always right. Each new value is
 * at least a second after the last (HTTP dates have whole seconds). ETags, from the body itself, are
 * the exact validator; Last-Modified is for clients that only keep dates.
 */
const globalForFresh = globalThis as unknown as { answerableApiFreshness?: { stamp: ChangeStamp | null; seen: string; at: number } };

export async function lastModified(): Promise<Date> {
  return new Date((await refresh()).at);
}

function openStamp(): ChangeStamp | null {
  if (clientDialect(prisma) === 'postgresql') return postgresChangeStamp(prisma);
  try {
    const version = new SqliteDataVersion(databasePath());
    return { current: async () => String(version.current()) };
  } catch {
    return null; // no database file yet: every response is new
  }
}

async function refresh(): Promise<{ at: number }> {
  const state = (globalForFresh.answerableApiFreshness ??= { stamp: openStamp(), seen: '', at: 0 });
  const seen = `${state.stamp ? await state.stamp.current() : Math.random()}|${londonToday().getTime()}`;
  if (seen !== state.seen) {
    state.seen = seen;
    state.at = Math.max(Math.ceil(Date.now() / 1000) * 1000, state.at + 1000);
  }
  return state;
}
