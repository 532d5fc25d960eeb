import { describe, expect, it } from 'vitest';
import { syncParamsSchema } from '@/lib/parliament/sync-params';
import { startSyncSchema } from './sync-form';

describe('the start-a-sync form', () => {
  it('turns UK dates and choices into the sync parameters, which the sync accepts', () => {
    const parsed = startSyncSchema.parse({ from: '01/01/2025', to: '31 March 2025', house: 'lords', department: '11' });
    expect(parsed).toEqual({ from: '2025-01-01', to: '2025-03-31', house: 'lords', department: 11 });
    expect(syncParamsSchema.safeParse(parsed).success).toBe(true);
  });

  it('with nothing filled in, continues from the last run', () => {
    expect(startSyncSchema.parse({ from: '', to: '', house: '', department: '' })).toEqual({});
  });

  it('says what is wrong with each field', () => {
    const result = startSyncSchema.safeParse({ from: '31/02/2025', house: 'scotland', department: 'defence' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages.from).toMatch(/real date/);
    expect(messages.house).toMatch(/Commons or the Lords/);
    expect(messages.department).toMatch(/department/);
  });

  it('refuses an end date without a start, or before it', () => {
    expect(startSyncSchema.safeParse({ to: '01/02/2025' }).error?.issues[0]?.message).toMatch(/first date/);
    expect(startSyncSchema.safeParse({ from: '02/02/2025', to: '01/02/2025' }).error?.issues[0]?.message).toMatch(/on or before/);
  });
});
