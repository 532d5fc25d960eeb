import type { Prisma } from '../../../generated/prisma/client';
import type { TextMatch } from '../text-match';

/**
 * PostgreSQL: `mode: 'insensitive'` makes Prisma write ILIKE. The option exists on PostgreSQL's generated
 * client only; the filter is handed to the data layer under SQLite's client type (lib/db/prisma-client.ts
 * says why one type serves both), hence the cast.
 */
const insensitive = (filter: Prisma.StringFilter): Prisma.StringFilter => ({ ...filter, mode: 'insensitive' }) as Prisma.StringFilter;

export const postgresTextMatch: TextMatch = {
  contains: (text) => insensitive({ contains: text }),
  startsWith: (text) => insensitive({ startsWith: text }),
};
