/** bench:write on SQLite (bench-write-target.ts): targets and the direct save through better-sqlite3, in an IMMEDIATE transaction. */
import Database from 'better-sqlite3';
import { londonToday } from '../../../lib/dates';
import { htmlToPlainText, sanitizeAnswerHtml } from '../../../lib/sanitize-html';
import type { BenchWriteTarget } from '../bench-write-target';
import { ANSWER_HTML, toTargets, type Target } from '../write-common';

export function openSqliteBenchWrite(file: string): BenchWriteTarget {
  const raw = new Database(file, { timeout: 5000 });
  raw.pragma('journal_mode = WAL');
  const memberId = raw.prepare('SELECT id FROM Member WHERE slug = ?');
  const nextSeq = raw.prepare('SELECT coalesce(max(sequence), 0) + 1 AS n FROM AnswerVersion WHERE questionId = ?');
  const insertVersion = raw.prepare(
    `INSERT INTO AnswerVersion (questionId, sequence, kind, answeringMemberId, answeredOn, textHtml, textPlain, source, createdAt) VALUES (?, ?, 'SUBSTANTIVE', ?, ?, ?, ?, 'STAFF', ?)`,
  );
  const updateQuestion = raw.prepare(`UPDATE Question SET state = 'ANSWERED', dateAnswered = ?, daysToAnswer = ?, updatedAt = ? WHERE id = ?`);
  const insertLog = raw.prepare(`INSERT INTO ChangeLog (at, actor, actorId, entityType, entityId, action, summary, after) VALUES (?, 'Bench Editor', 'bench-editor', 'AnswerVersion', ?, 'create', 'bench', ?)`);
  const direct = raw.transaction((t: Target) => {
    const html = sanitizeAnswerHtml(ANSWER_HTML);
    const plain = htmlToPlainText(html);
    const now = Date.now();
    const today = londonToday().getTime();
    const member = (memberId.get(t.memberSlug) as { id: number }).id;
    const seq = (nextSeq.get(t.id) as { n: number }).n;
    const version = insertVersion.run(t.id, seq, member, today, html, plain, now).lastInsertRowid;
    updateQuestion.run(today, Math.round((today - t.dateTabled.getTime()) / 86_400_000), now, t.id);
    insertLog.run(now, String(version), JSON.stringify({ html, plain }));
  });
  return {
    directName: 'better-sqlite3',
    pickTargets: async (count) =>
      toTargets(
        raw
          .prepare(
            `SELECT q.id, q.house, q.uin, q.dateTabled,
                    (SELECT m.slug FROM MemberRole r JOIN Member m ON m.id = r.memberId WHERE r.departmentId = q.departmentId LIMIT 1) AS slug
               FROM Question q WHERE q.state = 'AWAITING' AND q.withdrawnAt IS NULL
              ORDER BY (q.id * 2654435761) % 1000003 LIMIT ?`,
          )
          .all(count) as never,
        (raw.prepare('SELECT slug FROM Member LIMIT 1').get() as { slug: string }).slug,
      ),
    directSave: async (t) => {
      direct.immediate(t);
    },
    close: async () => {
      raw.close();
    },
  };
}
