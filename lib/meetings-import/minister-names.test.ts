import { describe, expect, it } from 'vitest';
import { MemberIndex, matchMinister, type CandidateMember } from './match-ministers';
import { nameCandidates, normaliseName } from './minister-names';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const onDay = (iso: string) => ({ date: utc(iso), precision: 'DAY' as const });
const inMonth = (iso: string) => ({ date: utc(iso), precision: 'MONTH' as const });

describe('normaliseName', () => {
  it.each([
    ['Rt Hon James Cartlidge MP', 'james cartlidge'],
    ['The Rt. Hon. the Lord Coaker', 'lord coaker'],
    ['Baroness Chapman of Darlington', 'baroness chapman of darlington'],
    ['Dr  Jane Fixture-Smith MP', 'jane fixture smith'],
    ['Sir Alex Fixture KC MP', 'alex fixture'],
    ['Rt Hon Zoë O’Fixture CBE MP', 'zoe ofixture'],
  ])('%s → %s', (cell, expected) => expect(normaliseName(cell)).toBe(expected));

  it('offers the name without a post written beside it', () => {
    expect(nameCandidates('Alex Fixture MP (Minister for Fixtures)')).toContain('alex fixture');
    expect(nameCandidates('Minister of State for Fixtures – Rt Hon Alex Fixture MP')).toContain('alex fixture');
    expect(nameCandidates('Alex Fixture, Parliamentary Under-Secretary of State')).toContain('alex fixture');
  });
});

describe('matchMinister', () => {
  const FIXTURES = 7;
  const OTHER = 8;
  const members: CandidateMember[] = [
    { id: 1, displayName: 'Alex Fixture', slug: 'alex-fixture', roles: [{ title: 'Minister for Fixtures', departmentId: FIXTURES, startDate: utc('2024-07-08'), endDate: null }] },
    { id: 2, displayName: 'Lord Fixture of Testbridge', slug: 'lord-fixture', roles: [] },
    { id: 3, displayName: 'Baroness Sample', slug: 'baroness-sample', roles: [{ title: 'Lords Minister (Other)', departmentId: OTHER, startDate: utc('2025-01-01'), endDate: utc('2025-06-30') }] },
    // Two members share a name: the one in post at the release's department is meant.
    { id: 4, displayName: 'Sam Twin', slug: 'sam-twin-a', roles: [{ title: 'Fixtures Whip', departmentId: FIXTURES, startDate: utc('2025-01-01'), endDate: null }] },
    { id: 5, displayName: 'Sam Twin', slug: 'sam-twin-b', roles: [] },
    { id: 6, displayName: 'Kim Double', slug: 'kim-double-a', roles: [] },
    { id: 7, displayName: 'Kim Double', slug: 'kim-double-b', roles: [] },
    // A post in the second half of a month only.
    { id: 9, displayName: 'Late Starter', slug: 'late-starter', roles: [{ title: 'Minister for Lateness', departmentId: FIXTURES, startDate: utc('2025-07-20'), endDate: null }] },
  ];
  const index = new MemberIndex(members);

  it('matches names written with honorifics, and names the post held on the date (the answering department first)', () => {
    expect(matchMinister(index, 'Rt Hon Alex Fixture MP', onDay('2025-01-07'), FIXTURES)).toEqual({
      status: 'matched', member: { id: 1, displayName: 'Alex Fixture', slug: 'alex-fixture' }, roleTitle: 'Minister for Fixtures',
    });
    expect(matchMinister(index, 'Alex Fixture', onDay('2024-01-07'), FIXTURES)).toMatchObject({ status: 'matched', roleTitle: null });
  });

  it('matches a peer named with or without the territorial part', () => {
    expect(matchMinister(index, 'Lord Fixture', onDay('2025-01-07'), null)).toMatchObject({ status: 'matched', member: { id: 2 } });
    expect(matchMinister(index, 'The Rt Hon the Lord Fixture of Testbridge', onDay('2025-01-07'), null)).toMatchObject({ status: 'matched', member: { id: 2 } });
    expect(matchMinister(index, 'Baroness Sample of Exampleton', onDay('2025-02-03'), null)).toMatchObject({ status: 'matched', member: { id: 3 }, roleTitle: 'Lords Minister (Other)' });
  });

  it('tells two members with one name apart by who held a post in the department, and refuses to guess otherwise', () => {
    expect(matchMinister(index, 'Sam Twin MP', onDay('2025-03-01'), FIXTURES)).toMatchObject({ status: 'matched', member: { id: 4 } });
    const twins = matchMinister(index, 'Kim Double', onDay('2025-03-01'), FIXTURES);
    expect(twins).toEqual({ status: 'unmatched', reason: expect.stringMatching(/2 members have this name/) });
  });

  it('reports a name no member has', () => {
    expect(matchMinister(index, 'Unknown Fixture Person MP', onDay('2025-01-08'), FIXTURES)).toEqual({ status: 'unmatched', reason: 'No member has this name' });
  });

  it('reads the post of a month-only meeting on the first day of the month, else the last', () => {
    expect(matchMinister(index, 'Late Starter', inMonth('2025-07-01'), FIXTURES)).toMatchObject({ roleTitle: 'Minister for Lateness' });
    expect(matchMinister(index, 'Late Starter', onDay('2025-07-01'), FIXTURES)).toMatchObject({ roleTitle: null });
  });
});
