import { describe, expect, it } from 'vitest';
import { formatMeetingDate, meetingDateTime } from './meeting-dates';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatMeetingDate', () => {
  it('shows a month-only date as the month, never a day', () => {
    expect(formatMeetingDate({ date: utc('2025-07-01'), precision: 'MONTH' })).toBe('July 2025');
    expect(formatMeetingDate({ date: utc('2025-07-01'), precision: 'MONTH' }, true)).toBe('Jul 2025');
    expect(meetingDateTime({ date: utc('2025-07-01'), precision: 'MONTH' })).toBe('2025-07');
  });

  it('shows a day, and a trip from its first to its last day', () => {
    expect(formatMeetingDate({ date: utc('2025-03-11'), precision: 'DAY' })).toBe('11 March 2025');
    expect(formatMeetingDate({ date: utc('2025-03-10'), precision: 'DAY', endDate: utc('2025-03-12') })).toBe('10 March 2025 to 12 March 2025');
    expect(meetingDateTime({ date: utc('2025-03-11'), precision: 'DAY' })).toBe('2025-03-11');
  });
});
