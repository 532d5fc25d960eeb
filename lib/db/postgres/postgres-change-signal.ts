import pg from 'pg';
import type { ChangeSignal } from '../change-signal';

/**
 * PostgreSQL's change signal: one connection per serving process LISTENs on the channel the tables'
 * statement triggers notify (migration postgres_change_signal), and every notification moves the value
 * on. A commit on any app server reaches every other one within a round trip, with no query per request.
 *
 * While the connection is down, notifications are lost: the value then changes on every read (so the page
 * cache keeps nothing and serves nothing), the connection is retried with a growing delay, and the value
 * moves on again once it is back. A connection that dies without closing (a cable pulled, a firewall
 * forgetting it) is found by a heartbeat query that must answer within its interval.
 * `settled()` is exact where a moment's delay matters (the API's Last-Modified): one round trip on the
 * listening connection, after which every commit finished before the call has been heard.
 */
export const CHANGE_CHANNEL = 'answerable_change';

export interface PostgresChangeSignalOptions {
  /** How often the connection proves it is alive, and how long it may take to answer. */
  heartbeatMs?: number;
  /** The first delay before reconnecting; it doubles up to `maxRetryMs`. */
  minRetryMs?: number;
  maxRetryMs?: number;
  /** Told when the connection is lost and when it is back (the server logs them). */
  onState?: (listening: boolean, error?: Error) => void;
}

export async function postgresChangeSignal(url: string, options: PostgresChangeSignalOptions = {}): Promise<ChangeSignal> {
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const minRetryMs = options.minRetryMs ?? 250;
  const maxRetryMs = options.maxRetryMs ?? 5_000;
  const onState = options.onState ?? defaultLog;

  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let generation = 0;
  let offlineReads = 0;
  let retryMs = minRetryMs;
  let retryTimer: NodeJS.Timeout | null = null;
  let heartbeat: NodeJS.Timeout | null = null;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url, keepAlive: true, query_timeout: heartbeatMs, application_name: 'answerable change signal' });
    next.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && client === next) generation++;
    });
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('the connection closed')));
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      lost(next, error as Error);
      throw error;
    }
    if (client !== next || closed) {
      await next.end().catch(() => {}); // closed, or given up on, while it connected
      return;
    }
    // Whatever was committed while no one listened has been missed: move on once more.
    generation++;
    listening = true;
    retryMs = minRetryMs;
    heartbeat = setInterval(() => {
      next.query('SELECT 1').catch((error: Error) => lost(next, error));
    }, heartbeatMs);
    heartbeat.unref();
  }

  function lost(which: pg.Client, error: Error): void {
    if (client !== which) return;
    client = null;
    const wasListening = listening;
    listening = false;
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    which.end().catch(() => {});
    if (closed) return;
    if (wasListening) onState(false, error);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().then(
        () => listening && onState(true),
        () => {},
      );
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, maxRetryMs);
  }

  try {
    await connect();
  } catch (error) {
    if (retryTimer) clearTimeout(retryTimer);
    throw new Error(`Cannot listen for changes on the PostgreSQL database (${(error as Error).message}). Is DATABASE_URL right and the server running?`, { cause: error });
  }

  const current = () => (listening ? `pg:${generation}` : `pg-offline:${++offlineReads}`);
  return {
    current,
    // A commit signals every listening backend before it returns to its writer, and a backend hands
    // its pending notifications to its client before answering the next query: so once a query on the
    // listening connection is answered, every commit that finished before it was sent has been heard.
    async settled() {
      const open = listening ? client : null;
      if (!open) return current();
      try {
        await open.query('SELECT 1');
      } catch (error) {
        lost(open, error as Error);
      }
      return current();
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (heartbeat) clearInterval(heartbeat);
      const open = client;
      client = null;
      listening = false;
      await open?.end().catch(() => {});
    },
  };
}

function defaultLog(listening: boolean, error?: Error): void {
  if (listening) console.error('Listening for database changes again: the page cache is back on.');
  else console.error(`Lost the connection that listens for database changes (${error?.message}): pages are not cached until it is back.`);
}
