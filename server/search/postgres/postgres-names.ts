/**
 * The filter names of a view (member, department and topic addresses, party names) looked up on the
 * PostgreSQL search's pool: one statement each, the same answers as prismaNameResolver and
 * sqliteNameResolver (the tests hold all three to the same fixture).
 */
import type pg from 'pg';
import { slugify } from '@/lib/search/slugify';
import type { NamedRecord, NameResolver } from '../resolve-filters';

const BY_SLUG = {
  members: 'SELECT "id", "slug", "displayName" AS name FROM "Member" WHERE "slug" = ANY($1::text[])',
  departments: 'SELECT "id", "slug", "name" FROM "Department" WHERE "slug" = ANY($1::text[])',
  topics: 'SELECT "id", "slug", "name" FROM "Topic" WHERE "slug" = ANY($1::text[])',
} as const;

export function postgresNameResolver(pool: pg.Pool): NameResolver {
  const bySlug = (text: string) => async (slugs: string[]) => (await pool.query(text, [slugs])).rows as NamedRecord[];
  return {
    members: bySlug(BY_SLUG.members),
    departments: bySlug(BY_SLUG.departments),
    topics: bySlug(BY_SLUG.topics),
    parties: async () => ((await pool.query('SELECT "id", "name" FROM "Party"')).rows as { id: number; name: string }[]).map((p) => ({ ...p, slug: slugify(p.name) })),
  };
}
