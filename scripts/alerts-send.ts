/**
 * npm run alerts:send                 match new events to follows and send what is due, once
 * npm run alerts:send -- --every 5m   keep doing so every 5 minutes (s, m or h), until stopped
 * npm run alerts:send -- --digest now send daily digests now, whatever the hour (or "off": never)
 * Needs SMTP_HOST, MAIL_FROM (lib/mail/mail-settings.ts) and PUBLIC_URL (links in the emails).
 * How each alert goes out exactly once, even if this is killed: server/alerts/sender.ts.
 */
import { parseArgs } from 'node:util';
import { readAuthSettings } from '../lib/auth/auth-settings';
import { databaseTarget } from '../lib/db/database-url';
import { createPrismaClient } from '../lib/db/prisma-client';
import { readMailSettings } from '../lib/mail/mail-settings';
import { readPublicUrl } from '../lib/site-url';
import { authSecret } from '../server/auth/auth-secret';
import { runAlertSender } from '../server/alerts/sender';
import { smtpMailer } from '../server/mail/mailer';

function parseEvery(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = /^(\d+)(s|m|h)$/.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new Error(`--every takes a period such as 30s, 5m or 1h; got “${value}”.`);
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { every: { type: 'string' }, digest: { type: 'string' } } });
  const every = parseEvery(values.every);
  const digest = values.digest ?? 'auto';
  if (digest !== 'auto' && digest !== 'now' && digest !== 'off') throw new Error(`--digest takes now or off; got “${digest}”.`);
  const mail = readMailSettings();
  if (!mail) throw new Error('Mail is not set up: set SMTP_HOST and MAIL_FROM (README, "Alerts").');
  const baseUrl = readPublicUrl();
  if (!baseUrl) throw new Error('Set PUBLIC_URL: links in alert emails need the site’s public address.');
  const target = databaseTarget();
  const db = createPrismaClient(target);
  const mailer = smtpMailer(mail);
  const secret = authSecret(readAuthSettings().secret);
  let stop = false;
  const onSignal = () => {
    stop = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    do {
      const started = Date.now();
      try {
        const outcome = await runAlertSender({ db, database: target, mailer, baseUrl, secret, digest });
        if (outcome === null) console.log('Another alert sender is running: nothing done.');
        else console.log(`${new Date().toISOString()} events ${outcome.events}, deliveries ${outcome.deliveries}, emails sent ${outcome.sent}, resent after a crash ${outcome.resent}`);
      } catch (error) {
        // Run once: fail loudly. Every few minutes: say so and try again next time (the mail server may be back).
        if (every === null) throw error;
        console.error(`${new Date().toISOString()} alert run failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
      }
      while (every !== null && !stop && Date.now() - started < every) await new Promise((r) => setTimeout(r, Math.min(1000, every)));
    } while (every !== null && !stop);
  } finally {
    mailer.close();
    await db.$disconnect();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
