/**
 * For tests of generated and seeded posts: every pair of different people holding the same post (same
 * title, same department) on a common day. A missing start or end date (not reported) counts as
 * held on every day that side, as lib/member-roles.ts reads it.
 */
export interface PostSpan {
  holder: string;
  department: string | number;
  title: string;
  startDate: Date | null;
  endDate: Date | null;
}

export function overlappingHolders(posts: PostSpan[]): [PostSpan, PostSpan][] {
  const byPost = new Map<string, PostSpan[]>();
  for (const post of posts) {
    const key = `${post.department}|${post.title}`;
    byPost.set(key, [...(byPost.get(key) ?? []), post]);
  }
  const start = (p: PostSpan) => p.startDate?.getTime() ?? Number.NEGATIVE_INFINITY;
  const end = (p: PostSpan) => p.endDate?.getTime() ?? Number.POSITIVE_INFINITY;
  const clashes: [PostSpan, PostSpan][] = [];
  for (const holders of byPost.values()) {
    holders.forEach((a, i) => {
      for (const b of holders.slice(i + 1)) {
        if (a.holder !== b.holder && start(a) <= end(b) && start(b) <= end(a)) clashes.push([a, b]);
      }
    });
  }
  return clashes;
}
