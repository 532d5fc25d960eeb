/**
 * Ordering and paging for the bounded entity lists (members, departments, topics): the server reads
 * the filtered records' sort keys (a few thousand at most), orders them here and reads the details
 * of one page. Doing the order in code keeps the rules the same for every key and database: a missing
 * value (no party, never asked a question) comes last in both directions, names compare as a reader
 * expects (case and accents aside), and ties fall back to the name so a page never shuffles.
 */
import type { SortDirection } from './validation/table-state';

export type SortValue = string | number | Date | null;

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Compares two values of one key ascending; null only ever meets null here. */
function compareValues(a: Exclude<SortValue, null>, b: Exclude<SortValue, null>): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  const x = a instanceof Date ? a.getTime() : Number(a);
  const y = b instanceof Date ? b.getTime() : Number(b);
  return x - y;
}

export interface OrderedRecord {
  id: number;
  /** The name ties are broken by, always A to Z. */
  name: string;
}

/**
 * Orders `records` by `key` in `dir`, missing values last whatever the direction, then by name A to Z,
 * then by id (two records may share a name).
 */
export function orderRecords<R extends OrderedRecord>(records: readonly R[], key: (record: R) => SortValue, dir: SortDirection): R[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...records].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const primary = compareValues(x, y);
      if (primary !== 0) return sign * primary;
    }
    return collator.compare(a.name, b.name) || a.id - b.id;
  });
}

/** The records on 1-based `page` of `size`; empty past the end. */
export function pageOf<R>(records: readonly R[], page: number, size: number): R[] {
  const start = (page - 1) * size;
  return records.slice(start, start + size);
}
