-- The counters behind the API's rate limit and the fair sharing of searches and exports on PostgreSQL
-- (hand-written: the table is rate-limiter-flexible's RateLimiterPostgres layout, which Prisma's schema does
-- not describe; listed in lib/db/external-tables.ts). With several app servers on one database, a limit is
-- one limit only if every server counts in one place (lib/db/postgres/postgres-rate-limiter.ts).
-- UNLOGGED: every API request and search writes here; counters need no crash safety (a crash empties the
-- table, forgiving whoever was counted) and, written outside the write-ahead log, they do not move the log
-- position that stamps API responses' Last-Modified (lib/db/postgres/postgres-change-stamp.ts).
-- No change-signal trigger: no page shows these counts.
CREATE UNLOGGED TABLE rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
CREATE INDEX rate_limits_expire_idx ON rate_limits (expire);
