import { viewFeedRoute } from '@/server/feeds/feed-response';

/** RSS feed of a questions-table view: the table's address with /feed.rss (server/feeds/feed-data.ts). */
export const GET = viewFeedRoute('rss');
