/**
 * The bytes of a release as text. GOV.UK releases are exported from spreadsheets by each department: most
 * are UTF-8 (some with a byte-order mark), some are Windows-1252 ("£", "é", curly quotes as single bytes).
 * A strict UTF-8 decode fails on any byte sequence that is not UTF-8, which a Windows-1252 file with one
 * accented letter or pound sign always contains; then the file is read as Windows-1252, which maps every
 * byte. A pure-ASCII file is the same in both.
 */
export type ReleaseEncoding = 'utf-8' | 'utf-8 with byte-order mark' | 'windows-1252';

export function decodeRelease(bytes: Uint8Array): { text: string; encoding: ReleaseEncoding } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // TextDecoder drops a leading byte-order mark by default (ignoreBOM: false).
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: bom ? 'utf-8 with byte-order mark' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252's bytes 0x80–0x9F (curly quotes, dashes, the euro sign…). Node 20's TextDecoder decodes the
// 'windows-1252' label as Latin-1 and leaves these as control characters, so they are mapped here; the
// five bytes Windows-1252 leaves undefined stay as they are.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
}
