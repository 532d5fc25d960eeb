/**
 * `unreportedFields` holds the names of fields whose stored values are labelled placeholders
 * ("uin,dateTabled,dateDue"): the source did not report them, so the UI must say so instead of
 * presenting them as fact.
 */
export function parseUnreportedFields(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
}

export function unreportedSet(value: string | null | undefined): Set<string> {
  return new Set(parseUnreportedFields(value));
}

export function isUnreported(record: { unreportedFields?: string | null }, field: string): boolean {
  return unreportedSet(record.unreportedFields).has(field);
}
