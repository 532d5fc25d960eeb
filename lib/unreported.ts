/**
 * `unreportedFields` holds the names of fields whose stored values are placeholders because the source
 * did not report them ("uin,dateTabled,dateDue"). The UI labels those values instead of showing them as fact.
 */
export function parseUnreportedFields(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
}
