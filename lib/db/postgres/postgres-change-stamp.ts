import type { PrismaClient } from '../../../generated/prisma/client';
import type { ChangeStamp } from '../change-stamp';

/**
 * PostgreSQL's change stamp: the write-ahead log's insert position. Every committed write is in the log
 * before its commit returns, so a read after it sees a later position, on whichever app server reads it;
 * other databases on the server and maintenance move it too, which only makes a response look new.
 * A read replica has no insert position of its own: there the position it has replayed up to serves.
 */
export function postgresChangeStamp(db: PrismaClient): ChangeStamp {
  return {
    async current() {
      const [row] = await db.$queryRawUnsafe<{ lsn: string }[]>(
        'SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_insert_lsn() END)::text AS "lsn"',
      );
      return row?.lsn ?? '';
    },
  };
}
