/**
 * bench:write on PostgreSQL (bench-write-target.ts): targets and the direct save through node-postgres,
 * statements prepared once (named), in one transaction that takes the app's write lock first
 * (server/writes/postgres/postgres-write-lock.ts's advisory lock), as the app's save does.
 */
import pg from 'pg';
import { londonToday } from '../../../lib/dates';
import { htmlToPlainText, sanitizeAnswerHtml } from '../../../lib/sanitize-html';
import { WRITE_LOCK_KEY } from '../../../server/writes/postgres/postgres-write-lock';
import type { BenchWriteTarget } from '../bench-write-target';
import { ANSWER_HTML, toTargets } from '../write-common';

const STATEMENTS = {
  lock: `SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`,
  member: 'SELECT "id" FROM "Member" WHERE "slug" = $1',
  nextSeq: 'SELECT coalesce(max("sequence"), 0) + 1 AS n FROM "AnswerVersion" WHERE "questionId" = $1',
  insertVersion: `INSERT INTO "AnswerVersion" ("questionId", "sequence", "kind", "answeringMemberId", "answeredOn", "textHtml", "textPlain", "source", "createdAt")
    VALUES ($1, $2, 'SUBSTANTIVE', $3, $4, $5, $6, 'STAFF', $7) RETURNING "id"`,
  updateQuestion: `UPDATE "Question" SET "state" = 'ANSWERED', "dateAnswered" = $1, "daysToAnswer" = $2, "updatedAt" = $3 WHERE "id" = $4`,
  insertLog: `INSERT INTO "ChangeLog" ("at", "actor", "actorId", "entityType", "entityId", "action", "summary", "after")
    VALUES ($1, 'Bench Editor', 'bench-editor', 'AnswerVersion', $2, 'create', 'bench', $3)`,
};

/** A timestamp(3) column's value: UTC without a zone, as Prisma stores it. */
const utc = (date: Date) => date.toISOString().slice(0, 23);

export function openPostgresBenchWrite(url: string): BenchWriteTarget {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  const run = async (name: keyof typeof STATEMENTS, values: unknown[]) => (await client.query({ name, text: STATEMENTS[name], values })).rows as Record<string, unknown>[];
  return {
    directName: 'node-postgres',
    pickTargets: async (count) => {
      await connected;
      const rows = (
        await client.query(
          `SELECT q."id", q."house", q."uin", (extract(epoch FROM q."dateTabled") * 1000)::float8 AS "dateTabled",
                  (SELECT m."slug" FROM "MemberRole" r JOIN "Member" m ON m."id" = r."memberId" WHERE r."departmentId" = q."departmentId" ORDER BY r."id" LIMIT 1) AS slug
             FROM "Question" q WHERE q."state" = 'AWAITING' AND q."withdrawnAt" IS NULL
            ORDER BY (q."id"::bigint * 2654435761) % 1000003 LIMIT $1`,
          [count],
        )
      ).rows as never;
      const anyMember = String((await client.query('SELECT "slug" FROM "Member" ORDER BY "id" LIMIT 1')).rows[0]?.slug);
      return toTargets(rows, anyMember);
    },
    directSave: async (t) => {
      await connected;
      const html = sanitizeAnswerHtml(ANSWER_HTML);
      const plain = htmlToPlainText(html);
      const now = new Date();
      const today = londonToday();
      await client.query('BEGIN');
      try {
        await run('lock', []);
        const member = (await run('member', [t.memberSlug]))[0]!.id;
        const seq = (await run('nextSeq', [t.id]))[0]!.n;
        const version = (await run('insertVersion', [t.id, seq, member, utc(today), html, plain, utc(now)]))[0]!.id;
        await run('updateQuestion', [utc(today), Math.round((today.getTime() - t.dateTabled.getTime()) / 86_400_000), utc(now), t.id]);
        await run('insertLog', [utc(now), String(version), JSON.stringify({ html, plain })]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    close: () => client.end(),
  };
}
