-- The change signal behind the page cache on PostgreSQL (hand-written: Prisma cannot describe triggers).
-- SQLite's page cache asks `PRAGMA data_version`, which only sees one file on one machine. Here every
-- commit that changes what a page may show sends NOTIFY answerable_change; every serving process of every
-- app server LISTENs on its own connection (lib/db/postgres/postgres-change-signal.ts) and drops its
-- pages when one arrives. NOTIFY is transactional: it is delivered at commit, and not at all after a
-- rollback, and the notifications of one transaction collapse into one.
--
-- One statement-level trigger per table (not per row: a bulk insert of 100,000 rows notifies once),
-- on whatever writes it: the app, the sync, imports, db:copy, or psql by hand. Tables no anonymous
-- page shows, written on every sign-in, limit check or sync heartbeat, have none: "Account",
-- "Session", "Verification", "RateLimiterFlexible", "SyncLock". A table added later needs its trigger
-- in its own migration: lib/db/postgres/postgres-change-signal.test.ts fails until it has one.
CREATE FUNCTION answerable_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('answerable_change', '');
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'AlertDelivery', 'AlertState', 'AnswerMeeting', 'AnswerVersion', 'Attachment', 'ChangeLog', 'Coverage',
    'CoverageMember', 'CoverageQuestion', 'CoverageTopic', 'Department', 'Follow', 'Meeting',
    'MeetingParticipant', 'MeetingTopic', 'Member', 'MemberRole', 'ParliamentQuestionRecord', 'Party',
    'Question', 'QuestionAssignment', 'QuestionFollowUp', 'QuestionGroupLink', 'QuestionTopic', 'SyncRun',
    'Topic', 'User'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION answerable_notify_change()',
      t || '_notify_change', t);
  END LOOP;
END
$$;
