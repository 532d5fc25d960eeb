/**
 * A submitted form as a plain object for the shared zod schemas: a field sent once is a string, a field
 * sent several times (checkboxes, pickers' hidden inputs) an array, and a name ending in `[]` is always an
 * array. Next's own `$ACTION_…` fields and files are left out (uploads are read separately).
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [rawKey, value] of formData.entries()) {
    if (rawKey.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') continue;
    const isList = rawKey.endsWith('[]');
    const key = isList ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (existing === undefined) out[key] = isList ? [value] : value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
