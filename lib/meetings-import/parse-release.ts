/**
 * A GOV.UK ministers' meetings or overseas-travel CSV, read into rows that can become meetings and rows
 * that cannot, each with its spreadsheet row number (the header is usually row 1) and the reason. Pure: no
 * database; ministers are matched to members later (match-ministers.ts).
 *
 * What the releases do, and what happens to it here:
 * - a title line above the header → skipped ("above the table");
 * - a blank Minister cell → the minister of the row above (marked as repeated);
 * - "Nil return" in any cell → skipped and counted;
 * - blank rows and blank trailing columns → ignored (blank rows counted);
 * - notes under the table (one cell of text, after a blank row or starting with a footnote mark) → skipped;
 * - anything else that is not a complete row → rejected, with why.
 */
import { parse } from 'csv-parse/sync';
import { decodeRelease, type ReleaseEncoding } from './decode';
import { COLUMN_LABELS, REQUIRED_COLUMNS, TEMPLATE_COLUMNS, isHeaderRow, kindOfColumns, mapColumns, type Column, type ColumnMap, type ReleaseKind } from './columns';
import { parseReleaseDate, quarterFromFileName, quarterOf, type ReleaseDate, type ReleaseQuarter } from './release-dates';

export interface ReleaseRow {
  /** The row number a spreadsheet shows (1-based; the header is usually row 1). */
  row: number;
  minister: string;
  /** True when the Minister cell was blank and the row above's minister was used. */
  ministerRepeated: boolean;
  date: ReleaseDate;
  /** Last day of travel (travel files); null otherwise. */
  endDate: Date | null;
  /** Who the meeting was with (meetings files). */
  organisation: string | null;
  purpose: string | null;
  /** Where the minister travelled (travel files). */
  destination: string | null;
  /** The other columns (costs, transport…), as "header: value", so nothing in the file is dropped. */
  extra: { label: string; value: string }[];
}

export interface SkippedRow {
  row: number;
  reason: 'Nil return' | 'Note under the table' | 'Above the table';
  text: string;
}

export interface RejectedRow {
  row: number;
  reason: string;
}

export interface ParsedRelease {
  kind: ReleaseKind;
  encoding: ReleaseEncoding;
  /** The quarter used for month-only dates (given, else from the file's dates or its name); null if unknown. */
  quarter: ReleaseQuarter | null;
  rows: ReleaseRow[];
  skipped: SkippedRow[];
  rejected: RejectedRow[];
  blankRows: number;
}

export interface ParseOptions {
  /** The kind the user chose; otherwise detected from the header. */
  kind?: ReleaseKind;
  quarter?: ReleaseQuarter;
  fileName?: string;
}

/** A file that cannot be read at all (no table, unknown kind): nothing in it can be imported. */
export class ReleaseFileError extends Error {}

const clean = (cell: string | undefined) => (cell ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const NIL = /^nil(\s+return)?\.?$/i;
const FOOTNOTE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]|\(?\d{1,2}\)|notes?\b|source\b)/i;
const HEADER_SEARCH_ROWS = 15;
const MAX_TEXT = 2000;

export function parseRelease(bytes: Uint8Array, options: ParseOptions = {}): ParsedRelease {
  const { text, encoding } = decodeRelease(bytes);
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false }) as string[][];
  } catch (error) {
    throw new ReleaseFileError(`This file is not a readable CSV: ${(error as Error).message}`);
  }
  const cells = records.map((record) => record.map(clean));
  // Row numbers as a spreadsheet shows them: one per record (a quoted cell's line breaks stay in its row).
  const rowNumbers = records.map((_, i) => i + 1);

  const headerIndex = cells.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeaderRow(mapColumns(r)));
  let map: ColumnMap;
  let kind: ReleaseKind;
  let headers: string[] = [];
  if (headerIndex >= 0) {
    headers = cells[headerIndex]!;
    map = mapColumns(headers);
    const detected = kindOfColumns(map);
    kind = options.kind ?? detected ?? fail('The header row names a minister and a date, but neither who the meeting was with nor a destination: choose the kind of file.');
    if (options.kind && detected && options.kind !== detected) {
      fail(`This looks like ${detected === 'travel' ? 'an overseas-travel' : 'a meetings'} file (its columns are ${headers.filter(Boolean).join(', ')}), not ${options.kind === 'travel' ? 'an overseas-travel' : 'a meetings'} file.`);
    }
    if (kind === 'travel' && map.startDate === undefined && map.date !== undefined) map = { ...map, startDate: map.date };
    const missing = REQUIRED_COLUMNS[kind].filter((c) => map[c] === undefined);
    if (missing.length) fail(`The header row has no ${missing.map((c) => `“${COLUMN_LABELS[c]}”`).join(' or ')} column (its columns are ${headers.filter(Boolean).join(', ')}).`);
  } else {
    if (!options.kind) fail('No header row with a Minister and a Date column was found in the first rows, so the kind of file cannot be told: choose it (the columns are then read in the standard order).');
    kind = options.kind;
    map = TEMPLATE_COLUMNS[kind];
  }

  const dataStart = headerIndex + 1;
  const known = new Set(Object.values(map));
  const extraColumns = headers.map((h, i) => ({ h, i })).filter(({ h, i }) => h && !known.has(i));
  const at = (row: string[], column: Column) => (map[column] === undefined ? '' : (row[map[column]!] ?? ''));

  // The release's quarter: given, else the latest full date in the file, else the file's name.
  const quarter = options.quarter ?? inferQuarter(cells.slice(dataStart), map, kind) ?? (options.fileName ? quarterFromFileName(options.fileName) : null);

  const result: ParsedRelease = { kind, encoding, quarter, rows: [], skipped: [], rejected: [], blankRows: 0 };
  for (let i = 0; i < dataStart; i++) {
    if (cells[i]!.some(Boolean) && i !== headerIndex) result.skipped.push({ row: rowNumbers[i]!, reason: 'Above the table', text: cells[i]!.filter(Boolean).join(' ') });
  }
  let lastMinister: string | null = null;
  let afterBlank = false;
  for (let i = dataStart; i < cells.length; i++) {
    const row = cells[i]!;
    const rowNumber = rowNumbers[i]!;
    const filled = row.filter(Boolean);
    if (filled.length === 0) {
      result.blankRows++;
      afterBlank = result.rows.length + result.rejected.length > 0 || afterBlank;
      continue;
    }
    if (filled.some((c) => NIL.test(c))) {
      if (at(row, 'minister')) lastMinister = at(row, 'minister');
      result.skipped.push({ row: rowNumber, reason: 'Nil return', text: filled.join(' ') });
      continue;
    }
    if (filled.length === 1 && (FOOTNOTE.test(filled[0]!) || (afterBlank && !at(row, 'minister')) || (afterBlank && row[0] === filled[0] && filled[0]!.length > 40))) {
      result.skipped.push({ row: rowNumber, reason: 'Note under the table', text: filled[0]! });
      continue;
    }
    const own = at(row, 'minister');
    const minister = own || lastMinister;
    if (own) lastMinister = own;
    const reject = (reason: string) => result.rejected.push({ row: rowNumber, reason });
    if (!minister) {
      reject('The Minister cell is blank and no row above names a minister');
      continue;
    }
    const tooLong = row.find((c) => c.length > MAX_TEXT);
    if (tooLong) {
      reject(`A cell is longer than ${MAX_TEXT.toLocaleString('en-GB')} characters (“${tooLong.slice(0, 40)}…”)`);
      continue;
    }
    const date = parseReleaseDate(at(row, kind === 'travel' ? 'startDate' : 'date'), quarter);
    if (!date.ok) {
      reject(kind === 'travel' ? `Start date: ${date.reason}` : date.reason);
      continue;
    }
    let endDate: Date | null = null;
    if (kind === 'travel' && at(row, 'endDate')) {
      const end = parseReleaseDate(at(row, 'endDate'), quarter);
      if (!end.ok) {
        reject(`End date: ${end.reason}`);
        continue;
      }
      if (end.value.date.getTime() < date.value.date.getTime()) {
        reject('The end date is before the start date');
        continue;
      }
      if (end.value.precision === 'DAY' && end.value.date.getTime() !== date.value.date.getTime()) endDate = end.value.date;
    }
    const organisation = at(row, 'organisation') || null;
    const destination = at(row, 'destination') || null;
    if (kind === 'meetings' && !organisation) {
      reject('The “Name of organisation or individual” cell is blank');
      continue;
    }
    if (kind === 'travel' && !destination) {
      reject('The Destination cell is blank');
      continue;
    }
    result.rows.push({
      row: rowNumber,
      minister,
      ministerRepeated: !own,
      date: date.value,
      endDate,
      organisation: kind === 'meetings' ? organisation : null,
      purpose: at(row, 'purpose') || null,
      destination: kind === 'travel' ? destination : null,
      extra: extraColumns.filter(({ i }) => row[i]).map(({ h, i }) => ({ label: h.replace(/\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, ''), value: row[i]! })),
    });
  }
  return result;
}

function fail(message: string): never {
  throw new ReleaseFileError(message);
}

/** The quarter of the latest full date in the file (most rows of a release fall in its quarter). */
function inferQuarter(rows: string[][], map: ColumnMap, kind: ReleaseKind): ReleaseQuarter | null {
  const column = kind === 'travel' ? (map.startDate ?? map.date) : map.date;
  if (column === undefined) return null;
  let latest: Date | null = null;
  for (const row of rows) {
    const parsed = parseReleaseDate(row[column] ?? '', null);
    if (parsed.ok && parsed.value.precision === 'DAY' && (!latest || parsed.value.date > latest)) latest = parsed.value.date;
  }
  return latest ? quarterOf(latest) : null;
}

