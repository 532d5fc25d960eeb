import { viewFeedRoute } from '@/server/feeds/feed-response';

/** Atom feed of a questions-table view: the table's address with /feed.atom (server/feeds/feed-data.ts). */
export const GET = viewFeedRoute('atom');
