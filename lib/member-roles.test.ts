import { describe, expect, it } from 'vitest';
import { roleOnDate } from './member-roles';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('roleOnDate', () => {
  const roles = [
    { title: 'Minister for Veterans', departmentId: 11, startDate: d('2023-01-01'), endDate: d('2024-07-05') },
    { title: 'Minister of State for Defence Procurement', departmentId: 11, startDate: d('2024-07-09'), endDate: null },
    { title: 'Member of the Privy Council', departmentId: null, startDate: null, endDate: null },
  ];

  it('picks the post held on the day, in the answering department first', () => {
    expect(roleOnDate(roles, d('2024-01-15'), 11)).toBe('Minister for Veterans');
    expect(roleOnDate(roles, d('2025-03-20'), 11)).toBe('Minister of State for Defence Procurement');
  });

  it('counts the start and end days as held and falls back to an undated post between posts', () => {
    expect(roleOnDate(roles, d('2024-07-05'), 11)).toBe('Minister for Veterans');
    expect(roleOnDate(roles, d('2024-07-07'), 11)).toBe('Member of the Privy Council');
  });

  it('takes an undated post as held (a source named it without dates) and returns null with no posts', () => {
    expect(roleOnDate([{ title: 'Defence Minister', departmentId: 11, startDate: null, endDate: null }], d('2025-03-20'), 11)).toBe('Defence Minister');
    expect(roleOnDate([], d('2025-03-20'), 11)).toBeNull();
  });
});
