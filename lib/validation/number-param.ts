/**
 * The one way a whole number is read from a URL (a search parameter or a path segment). `Number()`
 * and `z.coerce.number()` read far more than people type: `0x10` is 16, `1e3` is 1000, `+5`, ` 7 `
 * and `0b11` are numbers too, and each page used to draw its own line. Here a number is decimal
 * digits only (surrounding spaces are forgiven, as a pasted link may carry them), within the
 * parameter's own bounds, and the message names the parameter and its range.
 */
import { z } from './zod';

export interface WholeNumberBounds {
  /** How the message names the parameter: “Page”, “limit”, “answersPage”. */
  label: string;
  min: number;
  max: number;
}

const DIGITS = /^\d{1,16}$/;

/** The largest record id a URL may name (ids are SQLite integers; no table comes near 2^31). */
export const MAX_RECORD_ID = 2 ** 31;

const formatted = (n: number) => n.toLocaleString('en-GB');

/** The sentence for a value outside `bounds` or not a whole number. */
export function wholeNumberMessage({ label, min, max }: WholeNumberBounds): string {
  return `${label} must be a whole number from ${formatted(min)} to ${formatted(max)}`;
}

/**
 * A zod schema for a whole-number URL parameter: a string of decimal digits within [min, max],
 * output as a number. Anything else (hex, exponents, signs, decimals, words) fails with one message
 * naming the parameter and its range, so the reader knows what to type.
 */
export function wholeNumberParam(bounds: WholeNumberBounds) {
  const message = wholeNumberMessage(bounds);
  return z
    .string({ message })
    .trim()
    .regex(DIGITS, message)
    .transform(Number)
    .pipe(z.number().int(message).min(bounds.min, message).max(bounds.max, message));
}

/** Parses one value with the rules above: the number, or the message for the reader. */
export function parseWholeNumber(value: string, bounds: WholeNumberBounds): { ok: true; value: number } | { ok: false; message: string } {
  const parsed = wholeNumberParam(bounds).safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? wholeNumberMessage(bounds) };
}
