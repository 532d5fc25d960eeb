import { questionFeedRoute } from '@/server/feeds/feed-response';

/** Atom feed of one question: tabled, holding answer, answered, corrected, withdrawn. */
export const GET = questionFeedRoute('atom');
