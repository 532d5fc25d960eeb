/**
 * Which column is which. Departments label the same columns differently from one quarter to the next
 * ("Minister" / "Name of Minister", "Date" / "Date of meeting", "Purpose of meeting²" with a footnote mark,
 * stray spaces and capitals), so headers are compared after normalising, against patterns, not strings.
 */
export type ReleaseKind = 'meetings' | 'travel';
export type Column = 'minister' | 'date' | 'organisation' | 'purpose' | 'startDate' | 'endDate' | 'destination';

/** A header without footnote marks, punctuation at the ends, brackets' contents or repeated spaces, in lower case. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC') // "²" becomes "2" here, so footnote digits are stripped below
    .toLowerCase()
    .replace(/\(note[^)]*\)|\[note[^\]]*\]/g, ' ')
    .replace(/[*†‡:;.]+/g, ' ')
    .replace(/(?<=[a-z)])\d+\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const PATTERNS: [Column, RegExp][] = [
  ['minister', /^(name of (the )?)?minister(s|'s name| name)?$/],
  ['startDate', /^(start date|date of departure|departure date|date travel (began|started)|start date of trip|dates? of (trip|travel|visit)|date\(s\) of (trip|travel|visit))$/],
  ['endDate', /^(end date|date of return|return date|date travel (ended|finished)|end date of trip)$/],
  ['date', /^(date|dates|date of meeting|date\(s\) of meeting|meeting date|month|date\(s\))$/],
  ['destination', /^(destination|destinations|destination\(s\)|country|countries visited|location)$/],
  ['organisation', /(organisation|organization|individual|meeting was with|who (the )?meeting was with)/],
  ['purpose', /^purpose( of (the )?(meeting|trip|visit|travel))?$/],
];

/** The column a header names, or null for a column kept only as extra detail (costs, transport…). */
export function columnOf(header: string): Column | null {
  const h = normaliseHeader(header);
  return PATTERNS.find(([, re]) => re.test(h))?.[0] ?? null;
}

export type ColumnMap = Partial<Record<Column, number>>;

/** Each known column's index in a header row (the first of each, left to right). */
export function mapColumns(cells: string[]): ColumnMap {
  const map: ColumnMap = {};
  cells.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && map[column] === undefined) map[column] = i;
  });
  return map;
}

/** A header row names the minister and a date (or a start date). */
export function isHeaderRow(map: ColumnMap): boolean {
  return map.minister !== undefined && (map.date !== undefined || map.startDate !== undefined);
}

/** Travel files have a destination or a start date; meetings files a date and who the meeting was with. */
export function kindOfColumns(map: ColumnMap): ReleaseKind | null {
  if (map.destination !== undefined || map.startDate !== undefined) return 'travel';
  if (map.date !== undefined && map.organisation !== undefined) return 'meetings';
  return null;
}

/** The standard templates' column order, for a file with no header row whose kind the user named. */
export const TEMPLATE_COLUMNS: Record<ReleaseKind, ColumnMap> = {
  meetings: { minister: 0, date: 1, organisation: 2, purpose: 3 },
  travel: { minister: 0, startDate: 1, endDate: 2, destination: 3, purpose: 4 },
};

/** What each kind needs: a row without one of these is refused. */
export const REQUIRED_COLUMNS: Record<ReleaseKind, Column[]> = {
  meetings: ['minister', 'date', 'organisation'],
  travel: ['minister', 'startDate', 'destination'],
};

export const COLUMN_LABELS: Record<Column, string> = {
  minister: 'Minister',
  date: 'Date',
  organisation: 'Name of organisation or individual',
  purpose: 'Purpose',
  startDate: 'Start date',
  endDate: 'End date',
  destination: 'Destination',
};
