/** Builds `path?query` from a parameter record, dropping empty values; arrays repeat the key. */
export function hrefWith(path: string, params: Record<string, string | number | readonly string[] | undefined | null>, hash?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else search.set(key, String(value));
  }
  const query = search.toString();
  return `${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}
