/**
 * `npm run alerts:send`: match new events to follows (outbox.ts), then send what is due, exactly once.
 *
 * Claim → send → mark, one email at a time:
 *   1. claim: one transaction moves the email's deliveries from "pending" to "sending" and gives them
 *      the email's key (its own key for an immediate alert, digest:<user>:<date> for a digest);
 *   2. send: SMTP, with a Message-ID derived from that key;
 *   3. mark: one statement moves the email's rows from "sending" to "sent".
 * Only one sender runs at a time (a lock row with a lease, renewed as it works), so rows left in
 * "sending" when a run starts belong to a sender that died. Killed before or during step 2, the email
 * was never accepted and the next run sends it. Killed after the SMTP server's "250 accepted" but
 * before step 3 commits — the only window, a few milliseconds, since step 3 is one local write and
 * emails go one at a time, so at most one email is ever in doubt — the next run cannot know and
 * sends it again, with the same Message-ID: mail clients that de-duplicate by Message-ID (Gmail,
 * Thunderbird) show it once. Sending nothing in doubt instead would lose alerts; we prefer the resend.
 * A delivery whose follow was removed, or whose user is disabled or unverified, is cancelled, not sent;
 * one the mail server refuses for good (5xx) is marked failed, so one bad address never blocks the rest.
 */
import { hostname } from 'node:os';
import type { DatabaseTarget } from '@/lib/db/database-url';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { formatDate, londonToday, toIsoDate } from '@/lib/dates';
import { unsubscribeToken } from '@/lib/alerts/unsubscribe-token';
import { KIND_LABELS, type FollowKind } from '@/lib/alerts/follow';
import type { Mailer } from '@/server/mail/mailer';
import { composeAlert, type AlertItem } from './compose';
import { describeEvents } from './describe';
import { matchNewEvents, type MatchOutcome } from './outbox';

export interface SenderOptions {
  db: PrismaClient;
  /** The database `db` is on (saved searches' words are matched through a connection of their own). */
  database: DatabaseTarget;
  mailer: Mailer;
  /** Where links point (PUBLIC_URL). */
  baseUrl: string;
  /** Signs unsubscribe links. */
  secret: string;
  now?: () => Date;
  /** Send daily digests: "auto" once a day after DIGEST_HOUR (London), "now" regardless, "off" never. */
  digest?: 'auto' | 'now' | 'off';
  /** Called after each email is marked sent (the tests' hook). */
  onSent?: (messageKey: string) => void;
}

export interface SendOutcome extends MatchOutcome {
  sent: number;
  resent: number;
  cancelled: number;
}

/** Digests go out from 07:00 London time, covering the day before and anything since. */
export const DIGEST_HOUR = 7;
const LEASE_MS = 10 * 60_000;
const LOCK = 'lock';

const holderId = () => `${hostname()}:${process.pid}`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the sender lock: free, expired, or held by a dead process on this machine. */
async function takeLock(db: PrismaClient, now: Date): Promise<boolean> {
  await db.alertState.upsert({ where: { name: LOCK }, create: { name: LOCK }, update: {} });
  const current = await db.alertState.findUniqueOrThrow({ where: { name: LOCK } });
  const [host, pid] = (current.holder ?? '').split(':');
  const free = !current.holder || !current.heldUntil || current.heldUntil.getTime() < now.getTime() || (host === hostname() && !isAlive(Number(pid)));
  if (!free) return false;
  const taken = await db.alertState.updateMany({
    where: { name: LOCK, holder: current.holder, heldUntil: current.heldUntil },
    data: { holder: holderId(), heldUntil: new Date(now.getTime() + LEASE_MS) },
  });
  return taken.count === 1;
}

async function renewLock(db: PrismaClient, now: Date): Promise<void> {
  const renewed = await db.alertState.updateMany({ where: { name: LOCK, holder: holderId() }, data: { heldUntil: new Date(now.getTime() + LEASE_MS) } });
  if (renewed.count !== 1) throw new Error('The alert sender lost its lock: stopping.');
}

async function releaseLock(db: PrismaClient): Promise<void> {
  await db.alertState.updateMany({ where: { name: LOCK, holder: holderId() }, data: { holder: null, heldUntil: null } });
}

/** The Message-ID for an email key: the same key always gives the same id. */
export function messageIdFor(messageKey: string, baseUrl: string): string {
  const host = new URL(baseUrl).hostname || 'answerable.invalid';
  return `<${messageKey.replace(/[^A-Za-z0-9.-]/g, '.')}@${host}>`;
}

function followBecause(follow: { kind: string; label: string }): string {
  return `You follow ${follow.kind === 'search' ? 'the search' : (KIND_LABELS[follow.kind as FollowKind] ?? '').toLowerCase()} “${follow.label}”`;
}

/** One run: lock, match, resend orphans, send immediate alerts, send digests when due, unlock. */
export async function runAlertSender(options: SenderOptions): Promise<SendOutcome | null> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  if (!(await takeLock(db, now()))) return null;
  try {
    const matched = await matchNewEvents(db, { database: options.database, today: londonToday(now()) });
    const outcome: SendOutcome = { ...matched, sent: 0, resent: 0, cancelled: 0 };

    // Orphans of a killed run: resent under their own key (see the top of this file).
    const orphans = await db.alertDelivery.findMany({ where: { status: 'sending' }, distinct: ['messageKey'], select: { messageKey: true } });
    for (const { messageKey } of orphans) {
      if (messageKey && (await sendMessage(options, messageKey))) outcome.resent++;
    }

    const immediate = await db.alertDelivery.findMany({ where: { status: 'pending', frequency: 'immediate' }, orderBy: { id: 'asc' }, select: { id: true, key: true } });
    for (const d of immediate) {
      await renewLock(db, now());
      const claimed = await db.alertDelivery.updateMany({ where: { id: d.id, status: 'pending' }, data: { status: 'sending', messageKey: d.key, claimedAt: now(), attempts: { increment: 1 } } });
      if (claimed.count === 1 && (await sendMessage(options, d.key))) outcome.sent++;
    }

    const digest = options.digest ?? 'auto';
    const london = londonToday(now());
    const londonHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' }).format(now()));
    if (digest === 'now' || (digest === 'auto' && londonHour >= DIGEST_HOUR)) {
      const users = await db.alertDelivery.findMany({ where: { status: 'pending', frequency: 'daily' }, distinct: ['userId'], select: { userId: true } });
      for (const { userId } of users) {
        const messageKey = `digest:${userId}:${toIsoDate(london)}`;
        // One digest a day: what arrives after today's has gone waits for tomorrow's.
        if (await db.alertDelivery.findFirst({ where: { messageKey }, select: { id: true } })) continue;
        await renewLock(db, now());
        await db.alertDelivery.updateMany({ where: { userId, status: 'pending', frequency: 'daily' }, data: { status: 'sending', messageKey, claimedAt: now(), attempts: { increment: 1 } } });
        if (await sendMessage(options, messageKey)) outcome.sent++;
      }
    }
    outcome.cancelled = await db.alertDelivery.count({ where: { status: 'cancelled' } });
    return outcome;
  } finally {
    await releaseLock(db);
  }
}

/** Steps 2 and 3 for the deliveries claimed under `messageKey`. Returns whether an email went out. */
async function sendMessage(options: SenderOptions, messageKey: string): Promise<boolean> {
  const { db } = options;
  const rows = await db.alertDelivery.findMany({
    where: { messageKey, status: 'sending' },
    orderBy: { id: 'asc' },
    select: { id: true, eventKey: true, userId: true, frequency: true, follow: { select: { id: true, kind: true, label: true } } },
  });
  if (rows.length === 0) return false;
  const user = await db.user.findUnique({ where: { id: rows[0]!.userId }, select: { email: true, emailVerified: true, banned: true } });
  const described = await describeEvents(db, rows.map((r) => r.eventKey));
  const items: AlertItem[] = [];
  const cancel: number[] = [];
  for (const r of rows) {
    const event = described.get(r.eventKey);
    if (!event || !r.follow || !user || user.banned || !user.emailVerified) cancel.push(r.id);
    else items.push({ ...event, url: `${options.baseUrl}${event.path}`, because: followBecause(r.follow) });
  }
  if (cancel.length > 0) await db.alertDelivery.updateMany({ where: { id: { in: cancel } }, data: { status: 'cancelled' } });
  if (items.length === 0 || !user) return false;

  const isDigest = messageKey.startsWith('digest:');
  const token = isDigest ? unsubscribeToken(options.secret, { kind: 'digest', userId: rows[0]!.userId }) : unsubscribeToken(options.secret, { kind: 'follow', followId: rows[0]!.follow!.id });
  const unsubscribeUrl = `${options.baseUrl}/alerts/unsubscribe?t=${encodeURIComponent(token)}`;
  const oneClickUrl = `${options.baseUrl}/alerts/unsubscribe/one-click?t=${encodeURIComponent(token)}`;
  const mail = composeAlert(items, {
    digestDate: isDigest ? formatDate(new Date(`${messageKey.slice(-10)}T00:00:00Z`)) : undefined,
    manageUrl: `${options.baseUrl}/alerts`,
    unsubscribeUrl,
    unsubscribeWhat: isDigest ? 'daily digests' : `alerts for “${rows[0]!.follow!.label}”`,
  });
  try {
    await options.mailer.send({
      to: user.email,
      ...mail,
      messageId: messageIdFor(messageKey, options.baseUrl),
      // RFC 8058 one-click: mail providers POST "List-Unsubscribe=One-Click" to this address.
      headers: { 'List-Unsubscribe': `<${oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  } catch (error) {
    // A permanent refusal of this one email (5xx: no such mailbox…) must not block everyone else's alerts:
    // it is marked failed and the run goes on. Anything else (server down, timeout) stops the run; the
    // email stays claimed and the next run sends it again, under the same Message-ID.
    const code = Number((error as { responseCode?: unknown }).responseCode);
    if (code >= 500 && code < 600) {
      await db.alertDelivery.updateMany({ where: { messageKey, status: 'sending' }, data: { status: 'failed' } });
      console.error(`Alert ${messageKey} refused by the mail server (${code}): not retried.`);
      return false;
    }
    throw error;
  }
  await db.alertDelivery.updateMany({ where: { messageKey, status: 'sending' }, data: { status: 'sent', sentAt: new Date() } });
  options.onSent?.(messageKey);
  return true;
}
