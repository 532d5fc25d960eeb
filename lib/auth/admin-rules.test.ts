import { describe, expect, it } from 'vitest';
import { selfLockoutRefusal } from './admin-rules';

describe('an admin cannot lock the site out of administration', () => {
  it('refuses removing one’s own admin role or disabling oneself', () => {
    expect(selfLockoutRefusal('a', 'a', { kind: 'role', role: 'editor' })).toMatch(/cannot remove your own admin role/);
    expect(selfLockoutRefusal('a', 'a', { kind: 'role', role: 'viewer' })).toMatch(/cannot remove your own admin role/);
    expect(selfLockoutRefusal('a', 'a', { kind: 'disable' })).toMatch(/cannot disable your own account/);
  });

  it('allows the same changes to other accounts, and keeping one’s own admin role', () => {
    expect(selfLockoutRefusal('a', 'b', { kind: 'role', role: 'viewer' })).toBeNull();
    expect(selfLockoutRefusal('a', 'b', { kind: 'disable' })).toBeNull();
    expect(selfLockoutRefusal('a', 'a', { kind: 'role', role: 'admin' })).toBeNull();
  });
});
