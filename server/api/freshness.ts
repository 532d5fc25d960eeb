import 'server-only';
import { sharedChangeSignal, type ChangeSignal } from '@/lib/db/change-signal';
import { londonToday } from '@/lib/dates';

/**
 * Last-Modified for API responses: the moment this process first saw the database as it is now
 * (its change signal, settled: lib/db/change-signal.ts) or the London date turn (statuses such as
 * overdue change with it). The time is taken when the change is first noticed, so it is never
 * earlier than the change itself: an If-Modified-Since answered 304 is always right. Each new value is
 * at least a second after the last (HTTP dates have whole seconds). ETags, from the body itself, are
 * the exact validator; Last-Modified is for clients that only keep dates.
 */
const globalForFresh = globalThis as unknown as { answerableApiFreshness?: { seen: string; at: number } };

export async function lastModified(): Promise<Date> {
  return new Date((await refresh()).at);
}

async function openSignal(): Promise<ChangeSignal | null> {
  try {
    return await sharedChangeSignal();
  } catch {
    return null; // no database file yet, or PostgreSQL not answering: every response is new
  }
}

async function refresh(): Promise<{ at: number }> {
  const state = (globalForFresh.answerableApiFreshness ??= { seen: '', at: 0 });
  const signal = await openSignal();
  const seen = `${signal ? await signal.settled() : Math.random()}|${londonToday().getTime()}`;
  if (seen !== state.seen) {
    state.seen = seen;
    state.at = Math.max(Math.ceil(Date.now() / 1000) * 1000, state.at + 1000);
  }
  return state;
}
