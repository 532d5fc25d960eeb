import { topicFeedRoute } from '@/server/feeds/feed-response';

/** RSS feed of the topic's questions and answers. */
export const GET = topicFeedRoute('rss');
