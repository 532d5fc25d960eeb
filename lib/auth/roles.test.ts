import { describe, expect, it } from 'vitest';
import { hasRole, toRole } from './roles';

describe('roles', () => {
  it('orders viewer < editor < admin', () => {
    expect(hasRole('admin', 'editor')).toBe(true);
    expect(hasRole('editor', 'editor')).toBe(true);
    expect(hasRole('editor', 'admin')).toBe(false);
    expect(hasRole('viewer', 'editor')).toBe(false);
  });
  it('reads an unknown or missing role as the least privileged', () => {
    expect(toRole('superuser')).toBe('viewer');
    expect(toRole(null)).toBe('viewer');
    expect(hasRole('user', 'editor')).toBe(false);
  });
});
