/**
 * The filter names of a view (member, department and topic addresses, party names) looked up on the
 * search's own read-only connection: one prepared statement each, ~0.01 ms, where the same lookup
 * through Prisma costs ~0.5 ms, more than a rare-word search itself. Same answers as
 * prismaNameResolver (resolve-filters.ts), which the tests hold it to.
 */
import type Database from 'better-sqlite3';
import { slugify } from '@/lib/search/slugify';
import type { NamedRecord, NameResolver } from '../resolve-filters';

// json_each turns one JSON array parameter into the IN list, so each lookup is one prepared statement.
const BY_SLUG = {
  members: 'SELECT "id", "slug", "displayName" AS name FROM "Member" WHERE "slug" IN (SELECT value FROM json_each(?))',
  departments: 'SELECT "id", "slug", "name" FROM "Department" WHERE "slug" IN (SELECT value FROM json_each(?))',
  topics: 'SELECT "id", "slug", "name" FROM "Topic" WHERE "slug" IN (SELECT value FROM json_each(?))',
} as const;

export function sqliteNameResolver(db: Database.Database): NameResolver {
  const statements = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = db.prepare(sql);
      statements.set(sql, prepared);
    }
    return prepared;
  };
  const bySlug = (sql: string) => async (slugs: string[]) => statement(sql).all(JSON.stringify(slugs)) as NamedRecord[];
  return {
    members: bySlug(BY_SLUG.members),
    departments: bySlug(BY_SLUG.departments),
    topics: bySlug(BY_SLUG.topics),
    parties: async () => (statement('SELECT "id", "name" FROM "Party"').all() as { id: number; name: string }[]).map((p) => ({ ...p, slug: slugify(p.name) })),
  };
}
