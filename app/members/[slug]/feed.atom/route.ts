import { memberFeedRoute } from '@/server/feeds/feed-response';

/** Atom feed of the member's questions and answers. */
export const GET = memberFeedRoute('atom');
