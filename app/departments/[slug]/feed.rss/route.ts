import { departmentFeedRoute } from '@/server/feeds/feed-response';

/** RSS feed of the department's questions and answers. */
export const GET = departmentFeedRoute('rss');
