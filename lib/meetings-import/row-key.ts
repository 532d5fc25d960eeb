/**
 * The stable key of a release row, stored in Meeting.importKey (unique): importing the same file again,
 * or a later release that repeats a row, finds the meeting instead of creating another.
 *
 * The key is what identifies the meeting in the release, normalised so re-exports do not change it: the
 * kind of file, the member (not the spelling of their name: "Rt Hon X MP" and "X" are one minister), the
 * date with its precision (and a trip's end date), who the meeting was with (or the destination), and the
 * purpose; case, spacing, accents and punctuation at the ends are ignored. Two rows identical in all of
 * these (two "General discussion" meetings with one organisation in one month) are two meetings: the
 * second gets occurrence 2, so they stay two on every import. A key is a hash (fixed length; the parts
 * can be long), prefixed so it says what it is.
 */
import { createHash } from 'node:crypto';
import { toIsoDate } from '@/lib/dates';
import type { ReleaseKind } from './columns';
import type { ReleaseDate } from './release-dates';

export interface KeyParts {
  kind: ReleaseKind;
  memberId: number;
  date: ReleaseDate;
  endDate: Date | null;
  /** The organisation or individual (meetings) or the destination (travel). */
  counterpart: string;
  purpose: string | null;
}

/** Text as the key compares it. */
export function keyText(value: string | null): string {
  return (value ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.,;:–—-]+|[\s.,;:–—-]+$/g, '');
}

function baseKey(parts: KeyParts): string {
  const date = parts.date.precision === 'MONTH' ? toIsoDate(parts.date.date).slice(0, 7) : toIsoDate(parts.date.date);
  return JSON.stringify([parts.kind, parts.memberId, date, parts.endDate ? toIsoDate(parts.endDate) : null, keyText(parts.counterpart), keyText(parts.purpose)]);
}

/** Keys for rows in file order: the nth row with the same parts gets occurrence n. */
export function rowKeys(rows: KeyParts[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((parts) => {
    const base = baseKey(parts);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const hash = createHash('sha256').update(`${base}#${occurrence}`).digest('hex').slice(0, 40);
    return `govuk-${parts.kind}:${hash}`;
  });
}

/** The SHA-256 of a file's bytes, hex: the preview names it and the import refuses any other file. */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
