/**
 * bench:search on PostgreSQL (bench-search-target.ts): the app's PostgresQuestionSearch and name lookups
 * on the benchmark database (without the deadline, as SQLite's); the node-postgres yardstick
 * of postgres-direct-search.ts on pools of its own; exports in the process (the app has no export
 * threads on PostgreSQL). CPU time counts the server processes too: PostgreSQL does most of the work.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { searchSessionOptions } from '../../../server/search/postgres/postgres-pool';
import { postgresNameResolver } from '../../../server/search/postgres/postgres-names';
import { PostgresQuestionSearch } from '../../../server/search/postgres/postgres-search';
import { exportStream } from '../../../server/search/question-export';
import type { BenchSearchTarget } from '../bench-search-target';
import { postgresDirectSearch } from './postgres-direct-search';
import { PG_DEPARTMENT_ID, TABLE_DEPARTMENT } from '../queries';

const TICKS_PER_MS = 100 / 1000; // USER_HZ is 100 on Linux

/** The last CPU time read for each server process: a session that has ended keeps its total. */
const lastCpuMs = new Map<number, number>();

/** utime + stime of a process in ms (the last reading once it has gone, so the sum never goes back). */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS;
    lastCpuMs.set(pid, ms);
    return ms;
  } catch {
    return lastCpuMs.get(pid) ?? 0;
  }
}

async function tableDepartmentId(pool: pg.Pool): Promise<number> {
  const row = (await pool.query('SELECT "id" FROM "Department" WHERE "slug" = $1', [TABLE_DEPARTMENT])).rows[0] as { id: number } | undefined;
  if (!row) throw new Error(`The benchmark database has no department “${TABLE_DEPARTMENT}”.`);
  return row.id;
}

/** `countCache` false: every search counts (the first search of a view, or one after any change). */
export function openPostgresBenchSearch(url: string, countCache = true): BenchSearchTarget {
  // No deadline, as SQLite's bench backend has none: a search is timed to its end, however long.
  const backend = new PostgresQuestionSearch(url, countCache ? {} : { countCache: 0 });
  const deps = { backend, names: postgresNameResolver(backend.pool) };
  // The yardstick's sessions: JIT off as the app's (compiling costs a common word's count ~40 ms), and a
  // plan made for each run's word: a prepared statement otherwise switches to a generic plan after five
  // runs, which cannot tell a rare word from a common one (quillfeather: 473 ms against 258 planned anew).
  // The app's session settings (server/search/postgres/postgres-pool.ts), so the yardstick plans with the same
  // memory and, like the app, makes its pages without parallel workers and its counts with them.
  const options = (parallel: boolean) => `${searchSessionOptions({ parallel })} -c plan_cache_mode=force_custom_plan`;
  const directPool = new pg.Pool({ connectionString: url, max: 2, options: options(false) });
  const directCountPool = new pg.Pool({ connectionString: url, max: 2, options: options(true) });
  const label = new URL(url);
  label.password = label.password ? '***' : '';
  let serverPids: number[] = [];
  let departmentId: Promise<number> | undefined;
  return {
    label: `${label.toString()} (PostgreSQL, count cache ${countCache ? 'on, as the app runs: repeated searches reuse their total' : 'off: every search counts'})`,
    directName: 'node-postgres',
    deps,
    questions: async () => Number((await backend.pool.query('SELECT count(*) AS n FROM "Question"')).rows[0]?.n ?? 0),
    direct: (query) => async () => {
      const where = query.postgres.where?.replaceAll(PG_DEPARTMENT_ID, String(await (departmentId ??= tableDepartmentId(directPool))));
      return postgresDirectSearch(directPool, directCountPool, { ...query.postgres, where });
    },
    exportPlaces: [{ label: 'in the process (node-postgres waits without holding the event loop)', stream: (view, format, options) => exportStream(view, backend, format, options) }],
    cpuMs: () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000 + serverPids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
    },
    settle: async () => {
      // The sessions of this process on the benchmark database (parallel workers, which come and go, are not counted).
      const rows = (await directPool.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'")).rows as { pid: number }[];
      serverPids = rows.map((r) => r.pid);
    },
    close: async () => {
      await Promise.all([backend.close(), directPool.end(), directCountPool.end()]);
    },
  };
}
