/**
 * A feed as Atom 1.0 or RSS 2.0 (the `feed` package). Every item is one event on a question — tabled,
 * holding answer, answered, corrected, withdrawn — with an id that never changes (a tag: URI naming the
 * event, the timeline's own id), so feed readers show each event once however often they poll.
 */
import { Feed } from 'feed';

export type FeedFormat = 'atom' | 'rss';

export interface FeedItemData {
  /** The timeline's event id ("answer-12", "question-5-tabled"). */
  eventId: string;
  date: Date;
  title: string;
  summary: string;
  /** The question page (site-relative). */
  path: string;
}

export interface FeedData {
  title: string;
  description: string;
  /** The HTML page the feed follows (site-relative, with its query). */
  pagePath: string;
  /** The feed's own address without its extension: `/questions/feed` + query goes `/questions/feed.atom?…`. */
  feedPath: { pathname: string; search: string };
  items: FeedItemData[];
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
};

/** A tag: URI (RFC 4151) for an event: stable for as long as the site keeps its address. */
export function eventTagUri(baseUrl: string, eventId: string): string {
  return `tag:${new URL(baseUrl).hostname},2025:${eventId}`;
}

export function feedUrl(baseUrl: string, feedPath: FeedData['feedPath'], format: FeedFormat): string {
  return `${baseUrl}${feedPath.pathname}.${format}${feedPath.search}`;
}

/** XML 1.0 cannot carry most control characters at all, even escaped: drop them. */
const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

export function renderFeed(data: FeedData, baseUrl: string, format: FeedFormat): string {
  const newest = data.items.reduce<Date | null>((max, i) => (max && max >= i.date ? max : i.date), null);
  const feed = new Feed({
    id: `${baseUrl}${data.pagePath}`,
    title: xmlSafe(data.title),
    description: xmlSafe(data.description),
    link: `${baseUrl}${data.pagePath}`,
    language: 'en-GB',
    updated: newest ?? new Date(0),
    generator: 'Answerable',
    copyright: 'Parliamentary material: Open Parliament Licence',
    feedLinks: { atom: feedUrl(baseUrl, data.feedPath, 'atom'), rss: feedUrl(baseUrl, data.feedPath, 'rss') },
  });
  for (const item of data.items) {
    const id = eventTagUri(baseUrl, item.eventId);
    feed.addItem({ id, guid: id, title: xmlSafe(item.title), link: `${baseUrl}${item.path}`, date: item.date, description: xmlSafe(item.summary) });
  }
  return format === 'atom' ? feed.atom1() : feed.rss2();
}
