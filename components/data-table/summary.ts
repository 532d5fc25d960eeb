/** Counts and ranges for table summaries, in British English number format. */
const numberFormat = new Intl.NumberFormat('en-GB');

export const formatNumber = (n: number) => numberFormat.format(n);

/** "1 question", "5,987 questions". */
export function formatCount(n: number, noun: { one: string; other: string }): string {
  return `${formatNumber(n)} ${n === 1 ? noun.one : noun.other}`;
}

/** "Showing 51–100 of 5,987 questions"; "No questions" for an empty list. */
export function rangeSummary(page: number, size: number, rowsOnPage: number, total: number, noun: { one: string; other: string }): string {
  if (total === 0) return `No ${noun.other}`;
  if (rowsOnPage === 0) return `${formatCount(total, noun)} in all`;
  const first = (page - 1) * size + 1;
  const last = first + rowsOnPage - 1;
  if (total === 1) return `Showing 1 ${noun.one}`;
  return `Showing ${formatNumber(first)}–${formatNumber(last)} of ${formatCount(total, noun)}`;
}
