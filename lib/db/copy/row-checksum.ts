/**
 * A table's rows as a count and a checksum that does not depend on row order: the sum, modulo 2^128, of
 * each row's SHA-256 (first 128 bits) over its values in a canonical form. Both databases' rows are put in
 * that form (dates as Unix milliseconds, booleans as true/false), so equal checksums mean every value
 * arrived as it was, whatever order each database returns rows in.
 */
import { createHash } from 'node:crypto';

const MODULUS = 1n << 128n;

export type CanonicalValue = string | number | boolean | null;

export class TableChecksum {
  rows = 0;
  private sum = 0n;

  add(values: readonly CanonicalValue[]): void {
    const digest = createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 32);
    this.sum = (this.sum + BigInt(`0x${digest}`)) % MODULUS;
    this.rows += 1;
  }

  get hex(): string {
    return this.sum.toString(16).padStart(32, '0');
  }
}
