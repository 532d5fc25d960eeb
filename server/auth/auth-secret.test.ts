import { afterEach, describe, expect, it } from 'vitest';
import { authSecret } from './auth-secret';

const original = process.env.DATABASE_URL;
afterEach(() => {
  if (original === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = original;
});

describe('the session-signing secret', () => {
  it('is required on PostgreSQL, where app servers on several machines must share it', () => {
    process.env.DATABASE_URL = 'postgres://app:secret@db.internal:5432/answerable';
    expect(() => authSecret(undefined)).toThrow(/Set AUTH_SECRET .* when DATABASE_URL is PostgreSQL/);
    expect(authSecret('a-configured-secret-of-at-least-32-chars')).toBe('a-configured-secret-of-at-least-32-chars');
  });
});
