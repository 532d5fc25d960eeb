import { memberFeedRoute } from '@/server/feeds/feed-response';

/** RSS feed of the member's questions and answers. */
export const GET = memberFeedRoute('rss');
