import 'server-only';
import { databasePath } from '@/lib/db/database-path';
import { SqliteDataVersion } from '@/lib/db/sqlite-data-version';
import { londonToday } from '@/lib/dates';

/**
 * Last-Modified for API responses: the moment this process first saw the database as it is now
 * (its data version, lib/db/sqlite-data-version.ts) or the London date turn (statuses such as
 * overdue change with it). The time is taken when the change is first noticed, so it is never
 * earlier than the change itself: an If-Modified-Since answered 304 is always right. Each new value is
 * at least a second after the last (HTTP dates have whole seconds). ETags, from the body itself, are
 * the exact validator; Last-Modified is for clients that only keep dates.
 */
const globalForFresh = globalThis as unknown as { answerableApiFreshness?: { version: SqliteDataVersion | null; stamp: string; at: number } };

export function lastModified(): Date {
  return new Date(refresh().at);
}

function refresh(): { stamp: string; at: number } {
  let state = globalForFresh.answerableApiFreshness;
  if (!state) {
    let version: SqliteDataVersion | null = null;
    try {
      version = new SqliteDataVersion(databasePath());
    } catch {
      version = null; // no database file yet: every response is new
    }
    state = globalForFresh.answerableApiFreshness = { version, stamp: '', at: 0 };
  }
  const stamp = `${state.version?.current() ?? Math.random()}|${londonToday().getTime()}`;
  if (stamp !== state.stamp) {
    state.stamp = stamp;
    state.at = Math.max(Math.ceil(Date.now() / 1000) * 1000, state.at + 1000);
  }
  return state;
}
