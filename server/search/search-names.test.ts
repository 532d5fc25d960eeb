import { describe, expect, it } from 'vitest';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { DIALECTS } from '@/test/test-database';
import { prismaNameResolver } from './resolve-filters';

const bySlug = <T extends { slug: string }>(rows: T[]) => [...rows].sort((a, b) => a.slug.localeCompare(b.slug));

// Each dialect's own name lookups (sqlite-names.ts, postgres-names.ts) against Prisma's.
describe.each(DIALECTS)('the name lookups on %s', (dialect) => {
  const db = setUpDialectSearchDb(dialect);

  it('find what the Prisma lookups find, and nothing for an address no record has', async () => {
    const own = db.names;
    const prisma = prismaNameResolver(db.prisma);
    const members = (await db.prisma.member.findMany({ select: { slug: true } })).map((m) => m.slug);
    const departments = (await db.prisma.department.findMany({ select: { slug: true } })).map((d) => d.slug);
    const topics = (await db.prisma.topic.findMany({ select: { slug: true } })).map((t) => t.slug);
    expect(members.length * departments.length * topics.length).toBeGreaterThan(0);
    for (const slugs of [members, members.slice(0, 1), [...members.slice(0, 2), 'no-such-member'], ['no-such-member'], []]) {
      expect(bySlug(await own.members(slugs))).toEqual(bySlug(await prisma.members(slugs)));
    }
    expect(bySlug(await own.departments([...departments, 'nowhere']))).toEqual(bySlug(await prisma.departments(departments)));
    expect(bySlug(await own.topics(topics))).toEqual(bySlug(await prisma.topics(topics)));
    expect(bySlug(await own.parties())).toEqual(bySlug(await prisma.parties()));
    expect(await own.members(['edward-morello'])).toEqual([expect.objectContaining({ slug: 'edward-morello', name: 'Edward Morello' })]);
  });

  it('treat an address as text, never as SQL or JSON syntax', async () => {
    expect(await db.names.members(['"]', "x' OR '1'='1", '%', '[1]', '{a,b}'])).toEqual([]);
  });
});
