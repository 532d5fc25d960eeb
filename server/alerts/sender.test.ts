import { spawn } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { DIALECTS, useTestDatabase, type TestDatabase } from '@/test/test-database';
import { readMailSettings } from '@/lib/mail/mail-settings';
import { alertWorld, createReader, follow, syncAnswer, syncQuestion, withdraw } from '@/test/alert-world';
import { startSmtpSink, type SmtpSink } from '@/test/smtp-sink';
import { smtpMailer } from '@/server/mail/mailer';
import { readCursor } from './outbox';
import { runAlertSender } from './sender';

const BASE = 'https://answerable.example.org';
const SECRET = 'test-secret-that-is-long-enough-0123456789';

let sink: SmtpSink;
let db: TestDatabase;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());
describe.each(DIALECTS)('on %s', (dialect) => {
  // One database per dialect for the file, emptied before each test.
  const database = useTestDatabase(dialect);
  beforeEach(async () => {
    db = database.current;
    sink.messages.length = 0;
    await readCursor(db.prisma); // the sender starts here: nothing before counts
  });

  const env = () => ({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_SECURE: 'false', MAIL_FROM: 'Answerable <alerts@answerable.example.org>' });

  async function send(digest: 'auto' | 'now' | 'off' = 'off') {
    const mailer = smtpMailer(readMailSettings(env())!);
    try {
      return await runAlertSender({ db: db.prisma, database: parseDatabaseUrl(db.url), mailer, baseUrl: BASE, secret: SECRET, digest });
    } finally {
      mailer.close();
    }
  }

  /** Readers following a department, and a question tabled there: one event, an alert for each. */
  async function followersOfNewQuestion(names: string[], uin: string) {
    const w = await alertWorld(db.prisma);
    const readers = await Promise.all(names.map((n) => createReader(db.prisma, `${n}@example.org`)));
    for (const r of readers) await follow(db.prisma, r.id, 'department', w.department.id);
    await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, uin });
    return readers;
  }

  /**
   * `npm run alerts:send` in a process of its own, on this database: one process (node with tsx's
   * loader), so a kill reaches the sender itself.
   */
  const senderProcess = (stdout: 'inherit' | 'pipe') =>
    spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/alerts-send.ts', '--digest', 'off'], {
      env: { ...process.env, ...env(), DATABASE_URL: db.url, PUBLIC_URL: BASE, AUTH_SECRET: SECRET },
      stdio: ['ignore', stdout, 'inherit'],
    });

  /** Long header lines come folded (RFC 5322): unfold them to read each header whole. */
  const unfold = (raw: string) => raw.replace(/\r\n[ \t]+/g, ' ');
  const inbox = (email: string) => sink.messages.filter((m) => m.envelopeTo.includes(email));

  describe('alert emails through a real SMTP server', () => {
    it('sends each event once to the right followers, with text and HTML parts and one-click unsubscribe headers', async () => {
      const w = await alertWorld(db.prisma);
      const ann = await createReader(db.prisma, 'ann@example.org');
      const bob = await createReader(db.prisma, 'bob@example.org');
      await createReader(db.prisma, 'cat@example.org'); // follows nothing
      const q = await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, heading: 'Drones <script>alert(1)</script> & procurement', uin: '8024', dateTabled: '2025-03-03' });
      await send(); // its "tabled" event: nobody follows anything yet
      await follow(db.prisma, ann.id, 'question', q.id);
      await follow(db.prisma, ann.id, 'department', w.department.id); // two follows, one email per event
      await follow(db.prisma, bob.id, 'member', w.minister.id);

      await syncAnswer(db.prisma, q.id, 'SUBSTANTIVE', '2025-03-14', w.minister.id);
      const first = await send();
      expect(first).toMatchObject({ events: 1, deliveries: 2, sent: 2 });
      expect(inbox('ann@example.org')).toHaveLength(1);
      expect(inbox('bob@example.org')).toHaveLength(1);
      expect(inbox('cat@example.org')).toHaveLength(0);

      const mail = inbox('ann@example.org')[0]!.parsed;
      expect(mail.subject).toBe('Answered from Maria Answerer on 14 March 2025: Drones <script>alert(1)</script> & procurement');
      expect(mail.text).toContain(`${BASE}/questions/commons/2025-03-03/8024#answer-1`);
      expect(mail.html).toContain('Drones &lt;script&gt;alert(1)&lt;/script&gt; &amp; procurement');
      expect(mail.html).not.toContain('<script>');
      expect(mail.messageId).toMatch(/^<u-annexampleorg.answer-\d+@answerable\.example\.org>$/);
      const raw = unfold(inbox('ann@example.org')[0]!.raw);
      expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/answerable\.example\.org\/alerts\/unsubscribe\/one-click\?t=f\d+\.[\w-]{22}>\r$/m);
      expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
      expect(mail.text).toMatch(/Stop alerts for .*: https:\/\/answerable\.example\.org\/alerts\/unsubscribe\?t=/);

      // Run again: nothing new, nothing resent.
      expect(await send()).toMatchObject({ events: 0, sent: 0, resent: 0 });
      expect(sink.messages).toHaveLength(2);
    });

    it('sends tabled, holding, corrected and withdrawn events, and nothing for an unverified account', async () => {
      const w = await alertWorld(db.prisma);
      const ann = await createReader(db.prisma, 'ann@example.org');
      const unverified = await createReader(db.prisma, 'new@example.org', false);
      await follow(db.prisma, ann.id, 'department', w.department.id);
      await follow(db.prisma, unverified.id, 'department', w.department.id);
      const q = await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, dateTabled: '2025-03-03' });
      await syncAnswer(db.prisma, q.id, 'HOLDING', '2025-03-10');
      await syncAnswer(db.prisma, q.id, 'SUBSTANTIVE', '2025-03-14');
      await syncAnswer(db.prisma, q.id, 'CORRECTION', '2025-03-20');
      const q2 = await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, dateTabled: '2025-03-04' });
      await withdraw(db.prisma, q2.id, '2025-03-05');
      await send();
      const subjects = inbox('ann@example.org').map((m) => m.parsed.subject!.split(':')[0]);
      expect(subjects).toEqual([
        'Tabled by Edwina Asker on 3 March 2025',
        'Holding answer on 10 March 2025',
        'Answered on 14 March 2025',
        'Answer corrected on 20 March 2025',
        'Tabled by Edwina Asker on 4 March 2025',
        'Withdrawn on 5 March 2025',
      ]);
      expect(inbox('new@example.org')).toHaveLength(0);
    });

    it('collects daily follows into one digest, sent once, apart from immediate alerts', async () => {
      const w = await alertWorld(db.prisma);
      const ann = await createReader(db.prisma, 'ann@example.org');
      const bob = await createReader(db.prisma, 'bob@example.org');
      await follow(db.prisma, ann.id, 'department', w.department.id, 'immediate');
      await follow(db.prisma, bob.id, 'department', w.department.id, 'daily', 'Ministry of Alerts');
      for (const uin of ['1', '2', '3']) await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, uin });

      await send('off');
      expect(inbox('ann@example.org')).toHaveLength(3);
      expect(inbox('bob@example.org')).toHaveLength(0);

      await send('now');
      const digests = inbox('bob@example.org');
      expect(digests).toHaveLength(1);
      expect(digests[0]!.parsed.subject).toMatch(/^Answerable daily digest, .*: 3 updates$/);
      expect(digests[0]!.parsed.text!.match(/Tabled by/g)).toHaveLength(3);
      expect(unfold(digests[0]!.raw)).toMatch(/^List-Unsubscribe: <.*\?t=du-bobexampleorg\.[\w-]{22}>\r$/m);

      // The same day, later: today's digest has gone; a new event waits for tomorrow's.
      await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, uin: '4' });
      await send('now');
      expect(inbox('bob@example.org')).toHaveLength(1);
      expect(inbox('ann@example.org')).toHaveLength(4);
    });

    it('a mailbox the server refuses for good is marked failed and does not hold up the others', async () => {
      const w = await alertWorld(db.prisma);
      const gone = await createReader(db.prisma, 'gone@bounce.invalid');
      const ann = await createReader(db.prisma, 'ann@example.org');
      await follow(db.prisma, gone.id, 'department', w.department.id);
      await follow(db.prisma, ann.id, 'department', w.department.id);
      await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id });
      expect(await send()).toMatchObject({ sent: 1 });
      expect(inbox('ann@example.org')).toHaveLength(1);
      expect(await db.prisma.alertDelivery.findMany({ where: { userId: gone.id }, select: { status: true } })).toEqual([{ status: 'failed' }]);
      expect(await send()).toMatchObject({ sent: 0, resent: 0 });
    });

    // Words mean what the question search makes of them, on either database (server/alerts/alert-dialect.ts).
    it('matches saved searches against the new questions only: words and filters', async () => {
      const w = await alertWorld(db.prisma);
      const ann = await createReader(db.prisma, 'ann@example.org');
      const bob = await createReader(db.prisma, 'bob@example.org');
      await follow(db.prisma, ann.id, 'search', `q=drone&department=${w.department.slug}`);
      await follow(db.prisma, bob.id, 'search', 'q=heading:tanks');
      await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, heading: 'Military drones', uin: '1' });
      await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.other.id, heading: 'Civil drones', uin: '2' });
      await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, heading: 'Tanks', uin: '3' });
      await send();
      expect(inbox('ann@example.org').map((m) => m.parsed.subject)).toEqual([expect.stringContaining('Military drones')]);
      expect(inbox('bob@example.org').map((m) => m.parsed.subject)).toEqual([expect.stringContaining('Tanks')]);
    });

    it('a sender killed after the server accepted an email but before marking it sent: the next run sends the rest and resends that one with the same Message-ID', async () => {
      const readers = await followersOfNewQuestion(['a', 'b', 'c'], '77');

      const held = sink.holdReply(2);
      const child = senderProcess('inherit');
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await held; // the second email's data is at the server; the sender waits for "250"
      child.kill('SIGKILL');
      await exited;
      expect(sink.messages).toHaveLength(2);
      expect(await db.prisma.alertDelivery.count({ where: { status: 'sending' } })).toBe(1);

      const after = await send();
      expect(after).toMatchObject({ events: 0, resent: 1, sent: 1 });
      const ids = sink.messages.map((m) => m.parsed.messageId);
      expect(new Set(ids).size).toBe(3); // three alerts, each under one Message-ID
      expect(ids[1]).toBe(ids[2]); // the one in doubt went again, under the same id
      for (const r of readers) expect(new Set(inbox(r.email).map((m) => m.parsed.messageId)).size).toBe(1);
      expect(await db.prisma.alertDelivery.count({ where: { status: { not: 'sent' } } })).toBe(0);
      expect(await send()).toMatchObject({ sent: 0, resent: 0 });
      expect(sink.messages).toHaveLength(4);
    }, 60_000);

    it('two senders at once (two app servers on one schedule): the second finds the first at work and does nothing; each alert goes once', async () => {
      const readers = await followersOfNewQuestion(['d', 'e', 'f'], '78');

      const paused = sink.pauseReply(1);
      const first = send(); // this process: holds the lock while its first email waits for the server's "250"
      await paused.arrived;
      const child = senderProcess('pipe'); // as another app server's scheduled run would be
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(code).toBe(0);
      expect(output).toContain('Another alert sender is running: nothing done.');
      expect(sink.messages).toHaveLength(1);

      paused.release();
      expect(await first).toMatchObject({ events: 1, deliveries: 3, sent: 3 });
      for (const r of readers) expect(inbox(r.email)).toHaveLength(1);
      expect(sink.messages).toHaveLength(3);
      expect(await db.prisma.alertDelivery.count({ where: { status: { not: 'sent' } } })).toBe(0);
    }, 60_000);
  });
});
