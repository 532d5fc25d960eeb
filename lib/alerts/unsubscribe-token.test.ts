import { describe, expect, it } from 'vitest';
import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('unsubscribe tokens', () => {
  it('round-trips a follow and a digest scope', () => {
    expect(verifyUnsubscribeToken(SECRET, unsubscribeToken(SECRET, { kind: 'follow', followId: 42 }))).toEqual({ kind: 'follow', followId: 42 });
    expect(verifyUnsubscribeToken(SECRET, unsubscribeToken(SECRET, { kind: 'digest', userId: 'u-Abc_9' }))).toEqual({ kind: 'digest', userId: 'u-Abc_9' });
  });

  it('refuses a token for another scope, another secret, or a malformed one', () => {
    const token = unsubscribeToken(SECRET, { kind: 'follow', followId: 42 });
    const mac = token.split('.')[1];
    expect(verifyUnsubscribeToken(SECRET, `f43.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken('another-secret-of-thirty-two-characters!', token)).toBeNull();
    for (const bad of ['', 'f42', 'f42.', `x42.${mac}`, `${token}x`, `f42.${mac!.slice(1)}`, 'f1.AAAAAAAAAAAAAAAAAAAAAA']) expect(verifyUnsubscribeToken(SECRET, bad)).toBeNull();
  });
});
