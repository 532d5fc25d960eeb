/**
 * Attachment sizes as staff type them from Parliament's site or a file browser: "245 KB", "1.2 MB",
 * "12,345 bytes" or a bare number of bytes. Decimal units (1 KB = 1,000 bytes), as lib/labels.ts shows them.
 */
const UNITS: Record<string, number> = { b: 1, byte: 1, bytes: 1, kb: 1e3, k: 1e3, mb: 1e6, m: 1e6, gb: 1e9, g: 1e9 };

/** Bytes, or null when the text is not a size. */
export function parseFileSize(text: string): number | null {
  const match = /^(\d+(?:[.,]\d+)*)\s*([a-z]*)$/i.exec(text.trim());
  if (!match) return null;
  const digits = match[1]!;
  // "12,345" is thousands; "1,5" (a decimal comma) is not used in the UK, so commas are always separators.
  const value = Number(digits.replace(/,/g, ''));
  const unit = UNITS[match[2]!.toLowerCase() || 'b'];
  if (!Number.isFinite(value) || unit === undefined) return null;
  const bytes = Math.round(value * unit);
  return bytes <= 2_000_000_000 ? bytes : null;
}
