import { topicFeedRoute } from '@/server/feeds/feed-response';

/** Atom feed of the topic's questions and answers. */
export const GET = topicFeedRoute('atom');
