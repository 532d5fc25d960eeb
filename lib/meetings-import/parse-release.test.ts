import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '@/lib/dates';
import { decodeRelease } from './decode';
import { ReleaseFileError, parseRelease, type ParsedRelease } from './parse-release';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/meetings-csv');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const summary = (r: ParsedRelease) =>
  r.rows.map((row) => [row.row, row.minister, row.ministerRepeated, toIsoDate(row.date.date), row.date.precision, row.organisation, row.purpose]);

describe('parseRelease: the meetings CSV', () => {
  it('reads the standard template: CRLF, blank Minister cells repeat the row above, nil returns and notes skipped, blank rows and columns ignored', () => {
    const r = parseRelease(fixture('meetings-standard.csv'));
    expect(r.kind).toBe('meetings');
    expect(r.encoding).toBe('utf-8');
    expect(summary(r)).toEqual([
      [2, 'Rt Hon Alex Fixture MP', false, '2025-01-07', 'DAY', 'Fixture Industries Ltd', 'Discuss supply chains (fixture)'],
      [3, 'Rt Hon Alex Fixture MP', true, '2025-01-14', 'DAY', 'Example Trade Association (fixture)', 'Introductory meeting'],
      [4, 'Rt Hon Alex Fixture MP', true, '2025-01-14', 'DAY', 'Sample Union, Fixture Branch', 'Pay and conditions, fixture'],
      [6, 'Baroness Sample', false, '2025-02-03', 'DAY', 'Fixture Research Institute', 'Research funding (fixture)'],
    ]);
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [5, 'Nil return'],
      [9, 'Note under the table'],
      [10, 'Note under the table'],
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.blankRows).toBe(3);
    expect(r.quarter).toEqual({ year: 2025, quarter: 1 });
  });

  it('reads header variants with a byte-order mark, a title line above the table, stray spaces, capitals and a footnote mark', () => {
    const r = parseRelease(fixture('meetings-variants-bom.csv'));
    expect(r.encoding).toBe('utf-8 with byte-order mark');
    expect(r.skipped).toEqual([{ row: 1, reason: 'Above the table', text: "Fixture Department: ministers' meetings January to March 2025" }]);
    expect(summary(r)).toEqual([
      [3, 'Rt Hon Alex Fixture MP', false, '2025-02-01', 'DAY', 'Fixture Industries Ltd', 'Factory visit (fixture)'],
      [4, 'Rt Hon Alex Fixture MP', false, '2025-03-11', 'DAY', 'Fixture Ports Authority', 'Port investment (fixture)'],
      [5, 'Rt Hon Alex Fixture MP', true, '2025-03-11', 'DAY', 'Fixture Ports Authority', 'Port investment (fixture)'],
    ]);
  });

  it('reads a Windows-1252 file: "£" and "é" come out right', () => {
    const r = parseRelease(fixture('meetings-windows-1252.csv'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.rows[0]).toMatchObject({ organisation: 'Café Fixture Société', purpose: '£5m fixture investment' });
  });

  it('keeps month-only dates as months: the year from the release quarter, a month after the quarter from the year before', () => {
    const r = parseRelease(fixture('meetings-month-only.csv'), { fileName: 'fixture-ministers-meetings-july-to-september-2025.csv' });
    expect(r.quarter).toEqual({ year: 2025, quarter: 3 });
    expect(summary(r).map(([row, , , date, precision]) => [row, date, precision])).toEqual([
      [2, '2025-07-01', 'MONTH'],
      [3, '2025-07-01', 'MONTH'],
      [4, '2025-08-01', 'MONTH'],
      [5, '2024-12-01', 'MONTH'],
    ]);
  });

  it('refuses a month without a year when the quarter cannot be known, row by row, and accepts it once the quarter is given', () => {
    const unknown = parseRelease(fixture('meetings-month-only.csv'));
    expect(unknown.rows.map((r) => r.row)).toEqual([4]); // "August 2025" names its year
    expect(unknown.rejected.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(unknown.rejected[0]!.reason).toMatch(/month without a year.*quarter/);
    const given = parseRelease(fixture('meetings-month-only.csv'), { quarter: { year: 2026, quarter: 1 } });
    expect(given.rows.map((r) => toIsoDate(r.date.date))).toEqual(['2025-07-01', '2025-07-01', '2025-08-01', '2025-12-01']);
  });

  it('counts a release of nil returns and creates nothing', () => {
    const r = parseRelease(fixture('meetings-nil-return.csv'));
    expect(r.rows).toEqual([]);
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([[2, 'Nil return'], [3, 'Nil return']]);
  });

  it('reports each row that cannot become a meeting with its row number and why', () => {
    const r = parseRelease(fixture('meetings-bad-rows.csv'));
    expect(r.skipped).toEqual([{ row: 1, reason: 'Above the table', text: '07/01/2025 Orphan Fixture Org No minister above this row' }]);
    expect(r.rejected).toEqual([
      { row: 3, reason: 'The Minister cell is blank and no row above names a minister' },
      { row: 4, reason: expect.stringMatching(/“31\/02\/2025” is not a date/) },
      { row: 5, reason: expect.stringMatching(/“soon” is not a date/) },
      { row: 6, reason: 'The “Name of organisation or individual” cell is blank' },
    ]);
    // A name that matches no member is a good row here: matching reports it (match-ministers.ts).
    expect(r.rows.map((row) => row.row)).toEqual([7, 8]);
  });
});

describe('parseRelease: the overseas-travel CSV', () => {
  it('reads start and end dates, destination and purpose, and keeps the other columns as detail', () => {
    const r = parseRelease(fixture('travel.csv'));
    expect(r.kind).toBe('travel');
    expect(r.encoding).toBe('windows-1252');
    expect(r.rows.map((row) => [row.row, row.minister, toIsoDate(row.date.date), row.endDate && toIsoDate(row.endDate), row.destination, row.purpose])).toEqual([
      [2, 'Rt Hon Alex Fixture MP', '2025-03-10', '2025-03-12', 'Fixtureville, Exampleland', "Fixture defence ministers' meeting"],
      [3, 'Baroness Sample', '2025-02-24', null, 'Sampleton', 'Fixture trade visit'], // one day: no end date
    ]);
    expect(r.rows[0]!.extra).toContainEqual({ label: 'Total cost including all visas, accommodation, travel, subsistence and other expenses for the minister only (£)', value: '£1,234' });
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([[4, 'Nil return']]);
  });

  it('refuses an end date before the start date', () => {
    const csv = 'Minister,Start date,End date,Destination,Purpose of trip\nAlex Fixture,12/03/2025,10/03/2025,Fixtureville,Visit\n';
    expect(parseRelease(new TextEncoder().encode(csv)).rejected).toEqual([{ row: 2, reason: 'The end date is before the start date' }]);
  });
});

describe('parseRelease: the kind of file', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('refuses a file with no recognisable header unless the kind is chosen; then reads the standard column order', () => {
    const headless = 'Alex Fixture,07/01/2025,Fixture Industries Ltd,Talks\n';
    expect(() => parseRelease(bytes(headless))).toThrow(ReleaseFileError);
    expect(() => parseRelease(fixture('not-a-release.csv'))).toThrow(/No header row with a Minister and a Date column/);
    const chosen = parseRelease(bytes(headless), { kind: 'meetings' });
    expect(chosen.rows[0]).toMatchObject({ row: 1, minister: 'Alex Fixture', organisation: 'Fixture Industries Ltd', purpose: 'Talks' });
  });

  it('refuses the wrong kind chosen for a file whose columns say otherwise', () => {
    expect(() => parseRelease(fixture('travel.csv'), { kind: 'meetings' })).toThrow(/looks like an overseas-travel file/);
  });

  it('names the missing column when a header lacks one the kind needs', () => {
    expect(() => parseRelease(bytes('Minister,Date,Purpose of meeting\nA,07/01/2025,x\n'))).toThrow(/choose the kind of file/);
    expect(() => parseRelease(bytes('Minister,Date,Purpose of meeting\nA,07/01/2025,x\n'), { kind: 'meetings' })).toThrow(/no “Name of organisation or individual” column/);
  });

  it('keeps line breaks inside a quoted cell in one row, and the row numbers after it right', () => {
    const csv = 'Minister,Date,Name of organisation,Purpose\nAlex Fixture,07/01/2025,"Fixture\nIndustries",Talks\nAlex Fixture,08/01/2025,Other Fixture,Talks\n';
    expect(parseRelease(bytes(csv)).rows.map((r) => [r.row, r.organisation])).toEqual([[2, 'Fixture Industries'], [3, 'Other Fixture']]);
  });
});

describe('decodeRelease', () => {
  it('reads UTF-8, UTF-8 with a byte-order mark (dropped) and Windows-1252', () => {
    expect(decodeRelease(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8 with byte-order mark' });
    expect(decodeRelease(new TextEncoder().encode('£é'))).toEqual({ text: '£é', encoding: 'utf-8' });
    expect(decodeRelease(new Uint8Array([0xa3, 0xe9, 0x92]))).toEqual({ text: '£é’', encoding: 'windows-1252' });
  });
});
