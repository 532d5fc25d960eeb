import { questionFeedRoute } from '@/server/feeds/feed-response';

/** RSS feed of one question: tabled, holding answer, answered, corrected, withdrawn. */
export const GET = questionFeedRoute('rss');
