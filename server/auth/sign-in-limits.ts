import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { prisma } from '@/server/db';

/**
 * Limits on failed sign-ins (rate-limiter-flexible, counters in the database's RateLimiterFlexible table,
 * so every server process shares them — a counter per process would multiply the limit by the number of
 * cores). The library's "login endpoint protection" pattern:
 *   - 5 failures in a row for one email from one address block that pair for 15 minutes;
 *   - 20 failures for one email from anywhere in an hour block the email for an hour (slow, spread-out guessing);
 *   - 100 failures from one address in a day block the address for a day (trying many emails).
 * They count unknown emails exactly like known ones, so the limit reveals nothing about which accounts exist.
 */
const store = { storeClient: prisma, tableName: 'rateLimiterFlexible', clearExpiredByTimeout: false };

const byEmailAndIp = new RateLimiterPrisma({ ...store, keyPrefix: 'signin_email_ip', points: 5, duration: 60 * 60, blockDuration: 15 * 60 });
const byEmail = new RateLimiterPrisma({ ...store, keyPrefix: 'signin_email', points: 20, duration: 60 * 60, blockDuration: 60 * 60 });
const byIp = new RateLimiterPrisma({ ...store, keyPrefix: 'signin_ip', points: 100, duration: 24 * 60 * 60, blockDuration: 24 * 60 * 60 });

const keys = (email: string, ip: string) => ({ pair: `${email.toLowerCase()}_${ip}`, email: email.toLowerCase(), ip });

/** Seconds until this email may try again from this address, or 0 when it may try now. */
export async function signInBlockedFor(email: string, ip: string): Promise<number> {
  const k = keys(email, ip);
  const [pair, mail, addr] = await Promise.all([byEmailAndIp.get(k.pair), byEmail.get(k.email), byIp.get(k.ip)]);
  const wait = (res: RateLimiterRes | null, points: number) => (res && res.consumedPoints > points ? res.msBeforeNext : 0);
  const ms = Math.max(wait(pair, 5), wait(mail, 20), wait(addr, 100));
  return Math.ceil(ms / 1000);
}

/** Counts a failed attempt against all three limits. */
export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  const k = keys(email, ip);
  // consume() rejects with a RateLimiterRes once a limit is passed (and starts the block): expected here.
  // The failure that uses the last point starts the block at once, so "5 failures" means the 6th attempt is
  // refused, right password or not (the library itself would only block on the 6th failure).
  const count = (limiter: RateLimiterPrisma, key: string) =>
    limiter.consume(key).then(
      (res) => (res.remainingPoints === 0 ? limiter.block(key, limiter.blockDuration).then(() => undefined) : undefined),
      (res: unknown) => {
        if (!(res instanceof RateLimiterRes)) throw res;
      },
    );
  await Promise.all([count(byEmailAndIp, k.pair), count(byEmail, k.email), count(byIp, k.ip)]);
}

/** A successful sign-in clears the consecutive-failure count for that email and address. */
export async function clearFailedSignIns(email: string, ip: string): Promise<void> {
  await byEmailAndIp.delete(keys(email, ip).pair);
}
