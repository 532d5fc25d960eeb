/** `<link rel="alternate">` entries for a page's feeds (Next's Metadata `alternates.types`). */
export function feedAlternates(feedPath: string, search = ''): Record<string, string> {
  return { 'application/atom+xml': `${feedPath}.atom${search}`, 'application/rss+xml': `${feedPath}.rss${search}` };
}
