/**
 * Signed unsubscribe tokens: the link in every alert works without signing in, and nobody can forge one
 * for someone else's alert. A token names what it stops — one follow (`f<id>`) or all of a user's daily
 * digest follows (`d<userId>`) — followed by an HMAC-SHA256 of that scope under the server's secret,
 * truncated to 128 bits (ample against guessing; keeps links short). Tokens do not expire: an old
 * email's link must still work. Removing the follow makes its token harmless (it finds nothing).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type UnsubscribeScope = { kind: 'follow'; followId: number } | { kind: 'digest'; userId: string };

function scopeText(scope: UnsubscribeScope): string {
  return scope.kind === 'follow' ? `f${scope.followId}` : `d${scope.userId}`;
}

function mac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(`answerable-unsubscribe:${text}`).digest('base64url').slice(0, 22);
}

export function unsubscribeToken(secret: string, scope: UnsubscribeScope): string {
  const text = scopeText(scope);
  return `${text}.${mac(secret, text)}`;
}

/** The scope a token stands for, or null when it is malformed or its signature does not match. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeScope | null {
  const match = /^(f(\d{1,12})|d([A-Za-z0-9_-]{1,64}))\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(mac(secret, match[1]!));
  const given = Buffer.from(match[4]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return match[2] ? { kind: 'follow', followId: Number(match[2]) } : { kind: 'digest', userId: match[3]! };
}
