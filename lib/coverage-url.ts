/**
 * One address per article. The same article reaches staff as many spellings of its address (a campaign's
 * utm_ tags, a #comments fragment, a trailing slash, a capitalised host), so addresses are stored and
 * compared in one normal form: that is what lets the coverage form notice an article already logged, and
 * the unique index on Coverage.url refuse a second copy.
 */
export function normaliseArticleUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Only re-serialise the query when a tracking tag was dropped: URLSearchParams rewrites escapes.
  const tracking = [...url.searchParams.keys()].filter((key) => /^utm_/i.test(key));
  for (const key of tracking) url.searchParams.delete(key);
  const search = url.search === '?' ? '' : url.search;
  const path = url.pathname.replace(/\/+$/, '');
  const userinfo = url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  // URL has already lower-cased the scheme and host and dropped a default port.
  return `${url.protocol}//${userinfo}${url.host}${path}${search}`;
}
