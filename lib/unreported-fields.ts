/**
 * `unreportedFields` holds the names of fields whose stored values are labelled placeholders
 * ("uin,dateTabled,dateDue"): the source did not report them, so the UI must say so.
 */
export function unreportedSet(value: string | null | undefined): Set<string> {
  if (!value) return new Set();
  return new Set(value.split(',').map((field) => field.trim()).filter(Boolean));
}

export function isUnreported(record: { unreportedFields?: string | null }, field: string): boolean {
  return unreportedSet(record.unreportedFields).has(field);
}
