import { departmentFeedRoute } from '@/server/feeds/feed-response';

/** Atom feed of the department's questions and answers. */
export const GET = departmentFeedRoute('atom');
