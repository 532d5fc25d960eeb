import type { TextMatch } from '../text-match';

/** SQLite: Prisma's `contains`/`startsWith` are LIKE, which ignores the case of ASCII letters by default. */
export const sqliteTextMatch: TextMatch = {
  contains: (text) => ({ contains: text }),
  startsWith: (text) => ({ startsWith: text }),
};
